package nl.wijkafspraken.reservekopie;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a restore refuses before it writes anything, on a small hand-made backup folder: an unfinished backup (no
 * manifest), a changed, added or missing file, a path out of the data folder, a taken data folder, and a key file
 * that exists with other contents. And what it writes: the folders (also empty ones), the files, owner-only rights.
 */
class HerstelTest {

    @TempDir
    Path tmp;
    Path kopie;

    @BeforeEach
    void eenKleineReservekopie() throws Exception {
        kopie = tmp.resolve("kopie");
        var database = Files.createDirectories(kopie.resolve(Reservekopie.DATABASE).resolve("base/5"));
        Files.writeString(kopie.resolve(Reservekopie.DATABASE).resolve("PG_VERSION"), "18\n");
        Files.write(database.resolve("16384"), new byte[] {1, 2, 3, 4});
        Files.write(kopie.resolve(Reservekopie.MAPPEN), "base\nbase/5\npg_wal\npg_wal/archive_status\npg_tblspc\n"
                .getBytes(StandardCharsets.UTF_8));
        Files.createDirectories(kopie.resolve(Reservekopie.ZEGEL));
        Files.writeString(kopie.resolve(Reservekopie.ZEGEL).resolve("zegel.p12"), "sleutel");
        Files.writeString(kopie.resolve(Reservekopie.GEGEVENS), "gemaakt=2026-12-03T16:00:00Z\nstop-lsn=0/3000100\n");
        Manifest.schrijf(kopie);
    }

    @Test
    void zetDeBestandenMappenEnZegelsleutelTerug() throws Exception {
        var datamap = tmp.resolve("nieuw/postgres");
        var verslag = Herstel.zetTerug(kopie, datamap, tmp.resolve("nieuw"), null);

        assertThat(verslag.stopLsn()).isEqualTo("0/3000100");
        assertThat(datamap.resolve("base/5/16384")).hasBinaryContent(new byte[] {1, 2, 3, 4});
        assertThat(datamap.resolve("pg_wal/archive_status")).isDirectory();
        assertThat(datamap.resolve("pg_tblspc")).isEmptyDirectory();
        assertThat(Files.getPosixFilePermissions(datamap)).isEqualTo(PosixFilePermissions.fromString("rwx------"));
        assertThat(tmp.resolve("nieuw/zegel.p12")).hasContent("sleutel");
        assertThat(Files.getPosixFilePermissions(tmp.resolve("nieuw/zegel.p12")))
                .isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(verslag.zegelbestanden()).containsExactly(tmp.resolve("nieuw/zegel.p12"));
    }

    @Test
    void eenIngesteldeKeystoreKrijgtZijnBestandTerugOpZijnPlek() {
        var keystore = tmp.resolve("geheim/zegel.p12");
        Herstel.zetTerug(kopie, tmp.resolve("nieuw/postgres"), tmp.resolve("nieuw"), keystore);

        assertThat(keystore).hasContent("sleutel");
        assertThat(tmp.resolve("nieuw/zegel.p12")).doesNotExist();
    }

    @Test
    void eenReservekopieZonderManifestIsOnvolledig() throws Exception {
        Files.delete(kopie.resolve(Manifest.NAAM));

        assertThatThrownBy(() -> Herstel.zetTerug(kopie, tmp.resolve("nieuw"), tmp, null))
                .isInstanceOf(ReservekopieException.class)
                .hasMessageContaining("is geen volledige reservekopie: manifest.sha256 ontbreekt");
        assertThat(tmp.resolve("nieuw")).doesNotExist();
    }

    @Test
    void eenGewijzigdeByteWordtGevonden() throws Exception {
        Files.write(kopie.resolve(Reservekopie.DATABASE).resolve("base/5/16384"), new byte[] {1, 2, 3, 5});

        assertThatThrownBy(() -> Herstel.zetTerug(kopie, tmp.resolve("nieuw"), tmp, null))
                .isInstanceOf(ReservekopieException.class)
                .hasMessage("De reservekopie is beschadigd: database/base/5/16384 heeft een andere SHA-256 dan in "
                        + "manifest.sha256 (gewijzigd na het maken)");
        assertThat(tmp.resolve("nieuw")).doesNotExist();
    }

    @Test
    void eenToegevoegdOfOntbrekendBestandWordtGevonden() throws Exception {
        Files.writeString(kopie.resolve(Reservekopie.DATABASE).resolve("postgresql.auto.conf"), "archive_command = x");
        assertThatThrownBy(() -> Herstel.zetTerug(kopie, tmp.resolve("nieuw"), tmp, null))
                .isInstanceOf(ReservekopieException.class)
                .hasMessageContaining("database/postgresql.auto.conf staat niet in manifest.sha256");

        Files.delete(kopie.resolve(Reservekopie.DATABASE).resolve("postgresql.auto.conf"));
        Files.delete(kopie.resolve(Reservekopie.ZEGEL).resolve("zegel.p12"));
        assertThatThrownBy(() -> Herstel.zetTerug(kopie, tmp.resolve("nieuw"), tmp, null))
                .isInstanceOf(ReservekopieException.class)
                .hasMessage("De reservekopie is beschadigd: zegel/zegel.p12 ontbreekt");
    }

    @Test
    void eenMapBuitenDeDatamapWordtGeweigerd() throws Exception {
        Files.writeString(kopie.resolve(Reservekopie.MAPPEN), "../ergens-anders\n");
        Manifest.schrijf(kopie);

        assertThatThrownBy(() -> Herstel.zetTerug(kopie, tmp.resolve("nieuw/postgres"), tmp.resolve("nieuw"), null))
                .isInstanceOf(ReservekopieException.class).hasMessageContaining("ligt buiten de datamap");
        assertThat(tmp.resolve("nieuw/ergens-anders")).doesNotExist();
    }

    @Test
    void eenBezetteDatamapWordtGeweigerdEnBlijftZoalsHijWas() throws Exception {
        var bezet = Files.createDirectories(tmp.resolve("bezet"));
        Files.writeString(bezet.resolve("iets"), "van iemand");

        assertThatThrownBy(() -> Herstel.zetTerug(kopie, bezet, tmp.resolve("nieuw"), null))
                .isInstanceOf(ReservekopieException.class)
                .hasMessageContaining("De nieuwe datamap (" + bezet + ") is niet leeg");
        assertThat(bezet.resolve("iets")).hasContent("van iemand");
        assertThat(tmp.resolve("nieuw/zegel.p12")).doesNotExist();
    }

    @Test
    void eenAndereZegelsleutelWordtNietOverschreven() throws Exception {
        var zegelmap = Files.createDirectories(tmp.resolve("nieuw"));
        Files.writeString(zegelmap.resolve("zegel.p12"), "een andere sleutel");

        assertThatThrownBy(() -> Herstel.zetTerug(kopie, zegelmap.resolve("postgres"), zegelmap, null))
                .isInstanceOf(ReservekopieException.class)
                .hasMessageContaining("bestaat al met een andere inhoud dan in de reservekopie");
        assertThat(zegelmap.resolve("zegel.p12")).hasContent("een andere sleutel");
        assertThat(zegelmap.resolve("postgres")).doesNotExist();
    }

    @Test
    void dezelfdeZegelsleutelMagErAlStaan() throws Exception {
        var zegelmap = Files.createDirectories(tmp.resolve("nieuw"));
        Files.writeString(zegelmap.resolve("zegel.p12"), "sleutel");

        Herstel.zetTerug(kopie, zegelmap.resolve("postgres"), zegelmap, null);
        assertThat(zegelmap.resolve("postgres/PG_VERSION")).hasContent("18");
    }

    @Test
    void eenReservekopieZonderDatabaseWordtGeweigerd() throws Exception {
        Files.delete(kopie.resolve(Reservekopie.DATABASE).resolve("PG_VERSION"));
        Manifest.schrijf(kopie);

        assertThatThrownBy(() -> Herstel.zetTerug(kopie, tmp.resolve("nieuw"), tmp, null))
                .isInstanceOf(ReservekopieException.class).hasMessageContaining("bevat geen database");
        assertThat(tmp.resolve("nieuw")).doesNotExist();
    }
}
