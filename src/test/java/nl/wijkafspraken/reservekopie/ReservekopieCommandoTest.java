package nl.wijkafspraken.reservekopie;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command's answers to the operator before any database is touched: exit status and a Dutch reason. */
class ReservekopieCommandoTest {

    @TempDir
    Path tmp;

    private final ByteArrayOutputStream uit = new ByteArrayOutputStream();
    private final ByteArrayOutputStream fout = new ByteArrayOutputStream();

    private int voerUit(String... args) {
        return ReservekopieCommando.voerUit(args, new PrintStream(uit, true, StandardCharsets.UTF_8),
                new PrintStream(fout, true, StandardCharsets.UTF_8));
    }

    private String fout() {
        return fout.toString(StandardCharsets.UTF_8);
    }

    @Test
    void herkentAlleenDeTweeOpdrachten() {
        assertThat(ReservekopieCommando.gevraagd(new String[] {"--reservekopie=/tmp/x"})).isTrue();
        assertThat(ReservekopieCommando.gevraagd(new String[] {"--server.port=0", "--terugzetten=/tmp/x"})).isTrue();
        assertThat(ReservekopieCommando.gevraagd(new String[] {"--ketencontrole"})).isFalse();
        assertThat(ReservekopieCommando.gevraagd(new String[] {})).isFalse();
    }

    @Test
    void eenEigenDatabaseGaatMetPgDump() {
        assertThat(voerUit("--reservekopie=" + tmp.resolve("kopie"),
                "--spring.datasource.url=jdbc:postgresql://db/wijkafspraken")).isEqualTo(1);
        assertThat(fout()).startsWith("GEWEIGERD: spring.datasource.url is ingesteld").contains("pg_dump");
        assertThat(tmp.resolve("kopie")).doesNotExist();
    }

    @Test
    void eenMapIsVerplicht() {
        assertThat(voerUit("--reservekopie=")).isEqualTo(1);
        assertThat(fout()).contains("--reservekopie= heeft een map nodig");
    }

    @Test
    void eenDatamapZonderDatabaseWordtGeweigerd() {
        assertThat(voerUit("--reservekopie=" + tmp.resolve("kopie"),
                "--wijkafspraken.embedded-postgres.data-dir=" + tmp.resolve("leeg"))).isEqualTo(1);
        assertThat(fout()).contains("In " + tmp.resolve("leeg") + " staat geen database");
    }

    @Test
    void terugzettenInEenBezetteDatamapWordtGeweigerd() throws Exception {
        var kopie = Files.createDirectories(tmp.resolve("kopie"));
        Files.createDirectories(kopie.resolve(Reservekopie.DATABASE));
        Files.writeString(kopie.resolve(Reservekopie.DATABASE).resolve("PG_VERSION"), "18\n");
        Files.writeString(kopie.resolve(Reservekopie.MAPPEN), "");
        Files.writeString(kopie.resolve(Reservekopie.GEGEVENS), "gemaakt=nu\n");
        Manifest.schrijf(kopie);
        var bezet = Files.createDirectories(tmp.resolve("data/postgres"));
        Files.writeString(bezet.resolve("PG_VERSION"), "18\n");

        assertThat(voerUit("--terugzetten=" + kopie, "--wijkafspraken.embedded-postgres.data-dir=" + bezet,
                "--wijkafspraken.zegel.map=" + tmp.resolve("data"))).isEqualTo(1);
        assertThat(fout()).startsWith("GEWEIGERD: De nieuwe datamap (" + bezet + ") is niet leeg");

        var vrij = tmp.resolve("vrij/postgres");
        assertThat(voerUit("--terugzetten=" + kopie, "--wijkafspraken.embedded-postgres.data-dir=" + vrij,
                "--wijkafspraken.zegel.map=" + tmp.resolve("vrij"))).as(fout()).isZero();
        assertThat(uit.toString(StandardCharsets.UTF_8)).contains("teruggezet in " + vrij);
        assertThat(vrij.resolve("PG_VERSION")).hasContent("18");
    }

    @Test
    void zonderDraaiendeServerIsErGeenPoort() throws Exception {
        var map = Files.createDirectories(tmp.resolve("postgres"));
        assertThat(ReservekopieCommando.draaiendePoort(map)).isNull();
        // a postmaster.pid left by a crash: nobody answers on its port
        Files.writeString(map.resolve("postmaster.pid"), "999999\n" + map + "\n1700000000\n1\n/tmp\nlocalhost\n");
        assertThat(ReservekopieCommando.draaiendePoort(map)).isNull();
    }
}
