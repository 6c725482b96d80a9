package nl.wijkafspraken.zegel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import nl.wijkafspraken.opmaak.VeraPdf;
import nl.wijkafspraken.zegel.Zegelcontrole.Uitkomst;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * The seal, checked by poppler's pdfsig and by our own check. Without Spring: the key is the generated test
 * certificate in a folder of this class.
 */
class ZegelTest {

    @TempDir
    static Path map;
    private static ZegelService zegel;

    @BeforeAll
    static void sleutel() {
        zegel = new ZegelService(Zegelsleutels.laad(new ZegelEigenschappen(null, null, null,
                map.resolve("sleutel").toString(), true, null, null, null, null)), Tijdstempeldienst.geen(),
                new Validatiebron(Duration.ofSeconds(2)), Clock.systemUTC());
    }

    @Test
    void pdfsigNoemtHetZegelGeldigMetSha256() throws Exception {
        var verzegeld = zegel.verzegel(Testpdf.maak(), "Ondertekende samenwerkingsafspraken", "Aalsmeer");

        assertThat(Pdfsig.controleer(verzegeld, map))
                .contains("Signature is Valid", "SHA-256", "ETSI.CAdES.detached", "Total document signed",
                        "Wijkafspraken zegel (test)");
    }

    @Test
    void eenGewijzigdeByteMaaktHetZegelOngeldigVoorPdfsigEnVoorOnzeControle() throws Exception {
        var verzegeld = zegel.verzegel(Testpdf.maak(), "Ondertekende samenwerkingsafspraken", "Aalsmeer");
        var gewijzigd = verzegeld.clone();
        // One letter of the title in the document information, well inside the signed range: "Oost" becomes "Vost".
        int plek = indexOf(gewijzigd, Testpdf.TITEL.getBytes(StandardCharsets.ISO_8859_1)) + Testpdf.TITEL.indexOf("Oost");
        assertThat(plek).isGreaterThan(eindeVanDeHandtekening(verzegeld));
        gewijzigd[plek] = 'V';

        assertThat(Pdfsig.controleer(gewijzigd, map)).contains("Digest Mismatch").doesNotContain("Signature is Valid");
        assertThat(zegel.controleer(gewijzigd).uitkomst()).isEqualTo(Uitkomst.GEWIJZIGD);
        assertThat(zegel.controleer(verzegeld).uitkomst()).isEqualTo(Uitkomst.GELDIG);
    }

    @Test
    void onzeControleAanvaardtHetOngewijzigdeZegelEnWeigertEenOnverzegeldePdf() {
        var pdf = Testpdf.maak();
        var verzegeld = zegel.verzegel(pdf, "Ondertekende samenwerkingsafspraken", "Aalsmeer");

        var controle = zegel.controleer(verzegeld);
        assertThat(controle.geldig()).isTrue();
        assertThat(controle.sha256()).isEqualTo(zegel.sha256(verzegeld));
        assertThat(controle.ondertekenaar()).contains("CN=Wijkafspraken zegel (test)");

        assertThat(zegel.controleer(pdf).uitkomst()).isEqualTo(Uitkomst.GEEN_ZEGEL);
        assertThat(zegel.controleer("geen pdf".getBytes(StandardCharsets.UTF_8)).uitkomst())
                .isEqualTo(Uitkomst.GEEN_PDF);
    }

    @Test
    void ietsAchterHetZegelAanplakkenMaaktHetGeheelOngeldigMaarLaatDeVerzegeldeVersieHeel() {
        var verzegeld = zegel.verzegel(Testpdf.maak(), "Ondertekende samenwerkingsafspraken", "Aalsmeer");
        var langer = Arrays.copyOf(verzegeld, verzegeld.length + 8);
        System.arraycopy("\n%extra\n".getBytes(StandardCharsets.ISO_8859_1), 0, langer, verzegeld.length, 8);

        var controle = zegel.controleer(langer);
        assertThat(controle.geldig()).isFalse();
        assertThat(controle.uitkomst()).isEqualTo(Uitkomst.GELDIG_MET_TOEVOEGING);
        assertThat(controle.revisieSha256()).isEqualTo(zegel.sha256(verzegeld));
        var korter = Arrays.copyOf(verzegeld, verzegeld.length - 1);
        assertThat(zegel.controleer(korter).uitkomst()).isEqualTo(Uitkomst.GEWIJZIGD);
    }

    @Test
    void eenZegelMetEenAnderCertificaatIsNietHetOnze() {
        var ander = new ZegelService(Zegelsleutels.laad(new ZegelEigenschappen(null, null, null,
                map.resolve("ander").toString(), true, null, null, null, null)), Tijdstempeldienst.geen(),
                new Validatiebron(Duration.ofSeconds(2)), Clock.systemUTC());
        var verzegeldDoorAnder = ander.verzegel(Testpdf.maak(), "Nagemaakt", "Elders");

        assertThat(ander.controleer(verzegeldDoorAnder).geldig()).isTrue();
        assertThat(zegel.controleer(verzegeldDoorAnder).uitkomst()).isEqualTo(Uitkomst.ANDER_CERTIFICAAT);
    }

    @Test
    void deVerzegeldeOndertekendeAfsprakenZijnGeldigVoorPdfsigEnBlijvenPdfA2aEnPdfUa1() throws Exception {
        var verzegeld = zegel.verzegel(Verzegeling.pdf("Wijkoverleg Hornmeer"), "Ondertekende samenwerkingsafspraken",
                "Aalsmeer");

        assertThat(Pdfsig.controleer(verzegeld, map)).contains("Signature is Valid", "SHA-256",
                "Total document signed");
        assertThat(VeraPdf.overtredingen(verzegeld, PDFAFlavour.PDFA_2_A)).isEmpty();
        assertThat(VeraPdf.overtredingen(verzegeld, PDFAFlavour.PDFUA_1)).isEmpty();
    }

    @Test
    void weigertIetsDatGeenPdfIs() {
        assertThatThrownBy(() -> zegel.verzegel(new byte[] {1, 2, 3}, "reden", "plaats"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void sha256InKleineLettersHex() {
        assertThat(zegel.sha256("abc".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    /** Where the /Contents hex ends: the second part of the signed range starts there. */
    private static int eindeVanDeHandtekening(byte[] pdf) {
        var tekst = new String(pdf, StandardCharsets.ISO_8859_1);
        var bereik = java.util.regex.Pattern.compile("/ByteRange \\[0 (\\d+) (\\d+) (\\d+) ?]").matcher(tekst);
        assertThat(bereik.find()).isTrue();
        return Integer.parseInt(bereik.group(2));
    }

    private static int indexOf(byte[] hooiberg, byte[] naald) {
        outer:
        for (int i = 0; i <= hooiberg.length - naald.length; i++) {
            for (int j = 0; j < naald.length; j++) {
                if (hooiberg[i + j] != naald[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new AssertionError("not found");
    }
}
