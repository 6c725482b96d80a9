package nl.wijkafspraken.reservekopie;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import nl.wijkafspraken.audit.AuditService;
import nl.wijkafspraken.audit.Ketencontrole.Keten;
import nl.wijkafspraken.gedeeld.Rol;
import nl.wijkafspraken.support.Eigenaar;
import nl.wijkafspraken.support.IntegratieTest;
import nl.wijkafspraken.support.Testgegevens;
import nl.wijkafspraken.zegel.VerzegeldeDocumenten;
import nl.wijkafspraken.zegel.Verzegeling;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The round trip of the embedded database's backup: made while the app runs and writes, restored into a fresh folder
 * and started as a separate PostgreSQL, it holds the state of one moment: every table with its rows, the hash chains
 * intact and equal to the original's, and the seal's key byte for byte.
 */
@IntegratieTest
class ReservekopieTest {

    @Autowired
    Testgegevens gegevens;
    @Autowired
    Eigenaar eigenaar;
    @Autowired
    AuditService audit;
    @Autowired
    TransactionTemplate transactie;
    @Autowired
    VerzegeldeDocumenten register;

    @TempDir
    Path tmp;

    @Test
    void eenReservekopieTijdensHetWerkGeeftTeruggezetDeDatabaseVanEenMoment() throws Exception {
        var gemeente = gegevens.gemeente();
        gegevens.account(gemeente.id(), Rol.AMBTENAAR);
        gegevens.wijkoverleg(gemeente.id(), "Wijkoverleg Kopie", Set.of(gemeente.wijkNoord()));
        var document = register.verzegelEnBewaar(gemeente.id(), "ronde/1/wijkoverleg/1", UUID.randomUUID(),
                Verzegeling.pdf("Wijkoverleg Kopie"), Verzegeling.beschrijving("Wijkoverleg Kopie"));
        var zegel = zegelbestanden(tmp.resolve("zegel"));
        var voor = tellingen(eigenaar.jdbc());

        // the app keeps writing evidence while the backup runs
        var stoppen = new AtomicBoolean();
        var eersteRegel = new CountDownLatch(1);
        var schrijver = CompletableFuture.runAsync(() -> {
            for (int i = 0; !stoppen.get(); i++) {
                var samenvatting = "Tijdens de reservekopie " + i;
                transactie.executeWithoutResult(t -> audit.registreer(gemeente.id(), "GEWIJZIGD", "Test", null,
                        samenvatting));
                eersteRegel.countDown();
            }
        });
        assertThat(eersteRegel.await(30, TimeUnit.SECONDS)).isTrue();
        Reservekopie.Verslag verslag;
        try (var verbinding = eigenaar.dataSource().getConnection()) {
            verslag = Reservekopie.maak(verbinding, zegel, tmp.resolve("kopie"));
        } finally {
            stoppen.set(true);
            schrijver.get(30, TimeUnit.SECONDS);
        }
        var na = tellingen(eigenaar.jdbc());
        assertThat(na.get("audit_regel")).isGreaterThan(voor.get("audit_regel"));
        assertThat(verslag.zegelbestanden()).containsExactly("zegel.p12", "zegel.p12.wachtwoord");

        var nieuw = tmp.resolve("nieuw");
        var herstel = Herstel.zetTerug(tmp.resolve("kopie"), nieuw.resolve("postgres"), nieuw, null);
        assertThat(herstel.stopLsn()).isEqualTo(verslag.stopLsn());
        for (var bestand : zegel) {
            assertThat(nieuw.resolve(bestand.getFileName())).hasSameBinaryContentAs(bestand);
        }

        try (var server = EmbeddedPostgres.builder().setDataDirectory(nieuw.resolve("postgres"))
                .setCleanDataDirectory(false).start()) {
            var teruggezet = new JdbcTemplate(server.getPostgresDatabase());
            var tellingen = tellingen(teruggezet);
            assertThat(tellingen.keySet()).isEqualTo(voor.keySet());
            tellingen.forEach((tabel, aantal) -> assertThat(aantal).as(tabel)
                    .isBetween(Math.min(voor.get(tabel), na.get(tabel)), Math.max(voor.get(tabel), na.get(tabel))));
            // at least the lines written before the backup began, never a half transaction
            assertThat(tellingen.get("audit_regel")).isGreaterThan(voor.get("audit_regel"));
            for (var keten : Keten.values()) {
                assertThat(gebrokenSchakels(teruggezet, keten.tabel())).as(keten.tabel()).isZero();
                long laatste = teruggezet.queryForObject("select coalesce(max(keten_nr), 0) from " + keten.tabel(),
                        Long.class);
                assertThat(ketting(teruggezet, keten.tabel(), laatste)).as(keten.tabel())
                        .isEqualTo(ketting(eigenaar.jdbc(), keten.tabel(), laatste));
            }
            assertThat(teruggezet.queryForObject("select sha256 from verzegeld_document where id = ?", String.class,
                    document.id())).isEqualTo(document.sha256());
            assertThat(teruggezet.queryForObject("select count(*) from flyway_schema_history where not success",
                    Long.class)).isZero();
        }
    }

    @Test
    void eenBeschadigdeReservekopieOfEenBezetteMapWordtGeweigerd() throws Exception {
        gegevens.gemeente();
        var kopie = tmp.resolve("kopie");
        zegelbestanden(tmp.resolve("zegel"));
        assertThat(opdracht("--reservekopie=" + kopie, "--wijkafspraken.embedded-postgres.data-dir=" + datamap(),
                "--wijkafspraken.zegel.map=" + tmp.resolve("zegel"))).isZero();

        // a backup is never written over another one
        try (var verbinding = eigenaar.dataSource().getConnection()) {
            assertThatThrownBy(() -> Reservekopie.maak(verbinding, List.of(), kopie))
                    .isInstanceOf(ReservekopieException.class).hasMessageContaining("is niet leeg");
        }

        // restoring into a folder that holds anything: refused, and the folder is left as it was
        var bezet = Files.createDirectories(tmp.resolve("bezet"));
        Files.writeString(bezet.resolve("PG_VERSION"), "18\n");
        assertThatThrownBy(() -> Herstel.zetTerug(kopie, bezet, tmp.resolve("zegel-nieuw"), null))
                .isInstanceOf(ReservekopieException.class)
                .hasMessage("De nieuwe datamap (" + bezet + ") is niet leeg. Er wordt alleen in een nieuwe of lege "
                        + "map geschreven, zodat nooit iets wordt overschreven: kies een andere map of verplaats de "
                        + "inhoud eerst.");
        try (var inhoud = Files.list(bezet)) {
            assertThat(inhoud).containsExactly(bezet.resolve("PG_VERSION"));
        }

        // one byte changed in a table's file: the manifest finds it, nothing is written
        var tabel = kopie.resolve(Reservekopie.DATABASE).resolve(grootsteTabelbestand(kopie));
        var bytes = Files.readAllBytes(tabel);
        bytes[bytes.length / 2] ^= 1;
        Files.write(tabel, bytes);
        var doel = tmp.resolve("nieuw/postgres");
        assertThatThrownBy(() -> Herstel.zetTerug(kopie, doel, tmp.resolve("nieuw"), null))
                .isInstanceOf(ReservekopieException.class)
                .hasMessageStartingWith("De reservekopie is beschadigd: " + Reservekopie.DATABASE + "/")
                .hasMessageContaining("heeft een andere SHA-256 dan in manifest.sha256");
        assertThat(doel).doesNotExist();
    }

    /**
     * The command as the operator runs it: it finds the app's running server through the data folder's
     * postmaster.pid and backs it up online; on a folder where no server runs it starts one itself.
     */
    @Test
    void deOpdrachtVindtDeDraaiendeServerOfStartErZelfEen() throws Exception {
        var gemeente = gegevens.gemeente();
        assertThat(ReservekopieCommando.draaiendePoort(Path.of(datamap()))).isEqualTo(poort());
        zegelbestanden(tmp.resolve("zegel"));
        assertThat(opdracht("--reservekopie=" + tmp.resolve("online"), "--wijkafspraken.embedded-postgres.data-dir="
                + datamap(), "--wijkafspraken.zegel.map=" + tmp.resolve("zegel"))).isZero();
        assertThat(opdracht("--terugzetten=" + tmp.resolve("online"), "--wijkafspraken.embedded-postgres.data-dir="
                + tmp.resolve("gestopt/postgres"), "--wijkafspraken.zegel.map=" + tmp.resolve("gestopt"))).isZero();

        // no server runs on the restored folder: the command starts one for the backup and stops it again
        assertThat(ReservekopieCommando.draaiendePoort(tmp.resolve("gestopt/postgres"))).isNull();
        assertThat(opdracht("--reservekopie=" + tmp.resolve("offline"), "--wijkafspraken.embedded-postgres.data-dir="
                + tmp.resolve("gestopt/postgres"), "--wijkafspraken.zegel.map=" + tmp.resolve("gestopt"))).isZero();
        assertThat(tmp.resolve("gestopt/postgres/postmaster.pid")).doesNotExist();
        assertThat(tmp.resolve("offline/zegel/zegel.p12")).hasSameBinaryContentAs(tmp.resolve("zegel/zegel.p12"));

        Herstel.zetTerug(tmp.resolve("offline"), tmp.resolve("weer/postgres"), tmp.resolve("weer"), null);
        try (var server = EmbeddedPostgres.builder().setDataDirectory(tmp.resolve("weer/postgres"))
                .setCleanDataDirectory(false).start()) {
            assertThat(new JdbcTemplate(server.getPostgresDatabase()).queryForObject("select count(*) from "
                    + "audit_regel where gemeente_id = ?", Long.class, gemeente.id()))
                    .isEqualTo(eigenaar.jdbc().queryForObject("select count(*) from audit_regel where gemeente_id = ?",
                            Long.class, gemeente.id()));
        }
    }

    private int opdracht(String... args) {
        var fout = new java.io.ByteArrayOutputStream();
        int status = ReservekopieCommando.voerUit(args, System.out, new java.io.PrintStream(fout, true,
                java.nio.charset.StandardCharsets.UTF_8));
        assertThat(fout.toString(java.nio.charset.StandardCharsets.UTF_8)).as("foutmelding").isEmpty();
        return status;
    }

    private String datamap() {
        return eigenaar.jdbc().queryForObject("show data_directory", String.class);
    }

    private int poort() {
        return eigenaar.jdbc().queryForObject("show port", Integer.class);
    }

    /** A stand-in for the seal's key files: the backup must carry them byte for byte. */
    private static List<Path> zegelbestanden(Path map) throws Exception {
        Files.createDirectories(map);
        var sleutel = new byte[4096];
        new SecureRandom().nextBytes(sleutel);
        return List.of(Files.write(map.resolve("zegel.p12"), sleutel),
                Files.writeString(map.resolve("zegel.p12.wachtwoord"), UUID.randomUUID() + "\n"));
    }

    private static String grootsteTabelbestand(Path kopie) throws Exception {
        var basis = kopie.resolve(Reservekopie.DATABASE);
        try (var paden = Files.walk(basis.resolve("base"))) {
            return basis.relativize(paden.filter(Files::isRegularFile)
                    .max((a, b) -> Long.compare(a.toFile().length(), b.toFile().length())).orElseThrow()).toString();
        }
    }

    /** The number of rows of every table of the application. */
    private static Map<String, Long> tellingen(JdbcTemplate jdbc) {
        var tellingen = new TreeMap<String, Long>();
        for (var tabel : jdbc.queryForList("select table_name from information_schema.tables where table_schema = "
                + "'public' and table_type = 'BASE TABLE'", String.class)) {
            tellingen.put(tabel, jdbc.queryForObject("select count(*) from \"" + tabel + "\"", Long.class));
        }
        return tellingen;
    }

    /** Links whose hash, previous hash or number does not follow, plus a head that does not match the last row. */
    private static long gebrokenSchakels(JdbcTemplate jdbc, String tabel) {
        long schakels = jdbc.queryForObject("select count(*) from (select t.keten_nr, t.vorige_hash, t.hash, "
                + "keten_hash(t.vorige_hash, to_jsonb(t)) as herberekend, lag(t.hash) over (order by t.keten_nr) as "
                + "vorige, lag(t.keten_nr) over (order by t.keten_nr) as vorig_nr from " + tabel + " t) s where "
                + "hash <> herberekend or vorige_hash <> coalesce(vorige, repeat('0', 64)) "
                + "or keten_nr <> coalesce(vorig_nr, 0) + 1", Long.class);
        // as the verifier: the head is the last row's number and hash, or 0 and the zero hash for an empty chain
        long kop = jdbc.queryForObject("select count(*) from (select 1) x left join keten_kop k on k.tabel = ? "
                + "where (k.laatste_nr, k.laatste_hash) is distinct from ((select coalesce(max(t.keten_nr), 0) from "
                + tabel + " t), coalesce((select t.hash from " + tabel + " t order by t.keten_nr desc limit 1), "
                + "repeat('0', 64)))", Long.class, tabel);
        return schakels + kop;
    }

    private static String ketting(JdbcTemplate jdbc, String tabel, long tot) {
        return jdbc.queryForObject("select coalesce(string_agg(keten_nr || ':' || hash, ',' order by keten_nr), '') "
                + "from " + tabel + " where keten_nr <= ?", String.class, tot);
    }
}
