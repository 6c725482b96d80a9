package nl.wijkafspraken.zegel.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import java.util.UUID;
import java.util.regex.Pattern;
import nl.wijkafspraken.opmaak.OpmaakOndertekendeAfsprakenPdfTest;
import nl.wijkafspraken.support.IntegratieTest;
import nl.wijkafspraken.support.Testgegevens;
import nl.wijkafspraken.support.Testgegevens.TestGemeente;
import nl.wijkafspraken.zegel.Pdfsig;
import nl.wijkafspraken.zegel.Verzegeling;
import nl.wijkafspraken.zegel.VerzegeldDocument;
import nl.wijkafspraken.zegel.VerzegeldeDocumenten;
import nl.wijkafspraken.zegel.ZegelService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.PdfStamper;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Verifiable on paper (issue 13, part 6): the document's own page behind its QR code, the text hash printed on paper
 * as a search key, and a copy with something added after sealing told apart from a changed one.
 */
@IntegratieTest
class VerificatieDocumentTest {

    private static final String PARTIJ = "Wijkoverleg Papier";
    private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+\\.[\\w.-]+");

    @Autowired
    MockMvcTester mvc;
    @Autowired
    VerzegeldeDocumenten register;
    @Autowired
    ZegelService zegel;
    @Autowired
    Testgegevens gegevens;
    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path map;

    TestGemeente gemeente;
    String tekstSha256;
    VerzegeldDocument document;
    byte[] origineel;

    /** As the signing flow does it: the identifier first, printed in the PDF, then sealed under it. */
    @BeforeEach
    void verzegeldDocument() {
        gemeente = gegevens.gemeente();
        tekstSha256 = Verzegeling.nieuweTekstSha256();
        var identificatie = register.nieuweIdentificatie();
        document = register.verzegelEnBewaar(gemeente.id(), "ronde/1/wijkoverleg/1", identificatie,
                Verzegeling.pdf(PARTIJ, register.verificatieUrl(identificatie), tekstSha256),
                Verzegeling.beschrijving(PARTIJ, tekstSha256));
        origineel = register.pdf(gemeente.id(), document.id());
    }

    private MvcTestResult upload(byte[] inhoud) {
        return mvc.post().uri("/verifieren").multipart()
                .file(new MockMultipartFile("bestand", "afspraken.pdf", "application/pdf", inhoud)).with(csrf())
                .exchange();
    }

    @Test
    void deQrCodeLeidtNaarDeEigenPaginaVanHetDocument() throws Exception {
        var adres = "http://localhost:8080/verifieren/" + document.identificatie();

        assertThat(OpmaakOndertekendeAfsprakenPdfTest.qrCodes(origineel)).containsExactly(adres);
        assertThat(document.identificatie().version()).isEqualTo(4);
        var pagina = mvc.get().uri(adres.substring("http://localhost:8080".length())).exchange();
        assertThat(pagina).hasStatusOk().bodyText()
                .contains("Verzegeld document", "Samenwerkingsafspraken Wijkoverleggen Aalsmeer", PARTIJ,
                        "Anna de Vries-Oosterhout", "Voorzitter", "Wethouder participatie", document.sha256(),
                        tekstSha256, "Vertrouwde tijd", "volgens de tijdstempeldienst",
                        "Wijkafspraken test-TSA", "href=\"/verifieren/" + document.sha256() + ".pdf\"");
        assertThat(pagina.getResponse().getContentAsString(StandardCharsets.UTF_8)).doesNotContainPattern(EMAIL);
    }

    @Test
    void eenOnbekendeOfOngeldigeIdentificatieGeeftDezelfde404() throws Exception {
        var onbekend = mvc.get().uri("/verifieren/" + UUID.randomUUID()).exchange();
        assertThat(onbekend).hasStatus(404);
        var verwacht = onbekend.getResponse().getContentAsString(StandardCharsets.UTF_8);
        for (var pad : new String[] {"/verifieren/geen-uuid", "/verifieren/1-2-3-4-5",
                "/verifieren/" + document.identificatie() + "x", "/verifieren/" + document.identificatie().toString()
                        .replace("-", ""),
                "/verifieren/" + "0".repeat(64) + ".pdf"}) {
            var antwoord = mvc.get().uri(pad).exchange();
            assertThat(antwoord).as(pad).hasStatus(404);
            assertThat(antwoord.getResponse().getContentAsString(StandardCharsets.UTF_8)).as(pad).isEqualTo(verwacht);
        }
    }

    /** The public pages change nothing: no writing verb on a document's page, and no upload without CSRF token. */
    @Test
    void deControlepaginaIsAlleenTeLezen() {
        var aantal = jdbc.queryForObject("select count(*) from verzegeld_document", Integer.class);

        assertThat(mvc.post().uri("/verifieren/" + document.identificatie()).with(csrf()).exchange().getResponse()
                .getStatus()).isBetween(400, 499);
        assertThat(mvc.delete().uri("/verifieren/" + document.identificatie()).with(csrf()).exchange().getResponse()
                .getStatus()).isBetween(400, 499);
        assertThat(mvc.post().uri("/verifieren").multipart()
                .file(new MockMultipartFile("bestand", "afspraken.pdf", "application/pdf", origineel)))
                .hasStatus(403);
        assertThat(jdbc.queryForObject("select count(*) from verzegeld_document", Integer.class)).isEqualTo(aantal);
        assertThat(register.opIdentificatie(document.identificatie())).contains(document);
    }

    @Test
    void deVingerafdrukVanDeTekstOpPapierWordtHerkend() {
        assertThat(mvc.get().uri("/verifieren").param("sha256", tekstSha256.toUpperCase(java.util.Locale.ROOT)))
                .hasStatusOk().bodyText()
                .contains("Herkend: dit is de vingerafdruk van een ondertekende tekst.",
                        "href=\"/verifieren/" + document.identificatie() + "\"", PARTIJ)
                .doesNotContain("Niet herkend");
        assertThat(register.verifieer(tekstSha256).metDezeTekst()).containsExactly(document);
    }

    @Test
    void eenOpmerkingNaHetVerzegelenLaatDeVerzegeldeVersieIntact() throws Exception {
        var metOpmerking = Verzegeling.metOpmerking(origineel);
        assertThat(Arrays.copyOf(metOpmerking, origineel.length)).isEqualTo(origineel);

        assertThat(upload(metOpmerking)).hasStatusOk().bodyText()
                .contains("Het verzegelde document is ongewijzigd, maar er is daarna iets aan toegevoegd.", PARTIJ,
                        "Anna de Vries-Oosterhout", document.sha256(), "volgens de tijdstempeldienst")
                .doesNotContain("Gewijzigd: dit is niet het originele document.");
        // pdfsig agrees: the signature holds, but not for the whole file.
        assertThat(Pdfsig.controleer(metOpmerking, map)).contains("Signature is Valid")
                .doesNotContain("Total document signed");
    }

    @Test
    void eenHerschrevenBestandBlijftGewijzigd() throws Exception {
        var uit = new ByteArrayOutputStream();
        var reader = new PdfReader(origineel);
        new PdfStamper(reader, uit).close();
        reader.close();

        assertThat(upload(uit.toByteArray())).hasStatusOk().bodyText()
                .contains("Gewijzigd: dit is niet het originele document.")
                .doesNotContain("Anna de Vries-Oosterhout", "iets aan toegevoegd");
    }

    @Test
    void eenAfgekaptBestandIsGewijzigdEnAangeplakteBytesZijnEenToevoeging() {
        var afgekapt = Arrays.copyOf(origineel, origineel.length - 10);
        assertThat(upload(afgekapt)).hasStatusOk().bodyText()
                .contains("Gewijzigd: dit is niet het originele document.").doesNotContain(PARTIJ);

        // Whatever follows the sealed revision's %%EOF is outside the seal: an addition, never the original.
        var aangeplakt = Arrays.copyOf(origineel, origineel.length + 4);
        System.arraycopy("\0\0xx".getBytes(StandardCharsets.ISO_8859_1), 0, aangeplakt, origineel.length, 4);
        assertThat(upload(aangeplakt)).hasStatusOk().bodyText()
                .contains("Het verzegelde document is ongewijzigd, maar er is daarna iets aan toegevoegd.")
                .doesNotContain("Herkend: dit is een origineel document.");
    }

    @Test
    void onzinOfEenHalvePdfKrijgtEenFoutmeldingOfNietHerkend() {
        var onzin = new byte[4096];
        new Random(13).nextBytes(onzin);
        assertThat(upload(onzin)).hasStatusOk().bodyText().contains("Dit bestand is geen PDF. Kies een PDF-bestand.");

        var half = Arrays.copyOf(origineel, origineel.length / 2);
        assertThat(upload(half)).hasStatusOk().bodyText()
                .containsAnyOf("Gewijzigd: dit is niet het originele document.", "Niet herkend.")
                .doesNotContain("Anna de Vries-Oosterhout");
    }

    /** What a PDF reader does when someone adds a comment and saves: an incremental update after the sealed bytes. */
}
