package nl.wijkafspraken.zegel.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;
import nl.wijkafspraken.gedeeld.Rol;
import nl.wijkafspraken.support.IntegratieTest;
import nl.wijkafspraken.support.Testgegevens;
import nl.wijkafspraken.support.Testgegevens.TestGemeente;
import nl.wijkafspraken.zegel.VerzegeldDocument;
import nl.wijkafspraken.zegel.Verzegeling;
import nl.wijkafspraken.zegel.VerzegeldeDocumenten;
import nl.wijkafspraken.zegel.ZegelService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** The public verification page over HTTP, without a login: what it recognises, what it refuses, what it never shows. */
@IntegratieTest
class VerificatieSchermTest {

    private static final String PARTIJ = "Wijkoverleg Oosteinde";
    private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+\\.[\\w.-]+");
    private static final Pattern IP = Pattern.compile("\\b\\d{1,3}(\\.\\d{1,3}){3}\\b");

    @Autowired
    MockMvcTester mvc;
    @Autowired
    VerzegeldeDocumenten register;
    @Autowired
    ZegelService zegel;
    @Autowired
    Testgegevens gegevens;

    TestGemeente gemeente;
    VerzegeldDocument document;
    byte[] origineel;

    @BeforeEach
    void verzegeldDocument() {
        gemeente = gegevens.gemeente();
        document = register.verzegelEnBewaar(gemeente.id(), "ronde/1/wijkoverleg/1", UUID.randomUUID(),
                Verzegeling.pdf(PARTIJ), Verzegeling.beschrijving(PARTIJ));
        origineel = register.pdf(gemeente.id(), document.id());
    }

    private MvcTestResult upload(byte[] inhoud, String naam) {
        return mvc.post().uri("/verifieren").multipart()
                .file(new MockMultipartFile("bestand", naam, "application/pdf", inhoud)).with(csrf()).exchange();
    }

    @Test
    void dePaginaIsZonderLoginBereikbaarEnDeLoginpaginaVerwijstErNaar() {
        assertThat(mvc.get().uri("/verifieren")).hasStatusOk().bodyText()
                .contains("Document controleren", "PDF-bestand", "SHA-256 van het bestand",
                        "Een PDF van hoogstens 20 MB.")
                .doesNotContain("Uitkomst", "veld__fout");
        assertThat(mvc.get().uri("/login")).hasStatusOk().bodyText().contains("href=\"/verifieren\"");
    }

    @Test
    void eenUpgeloadOrigineelWordtHerkendMetNamenFunctiesEnTijden() throws Exception {
        var resultaat = upload(origineel, "afspraken.pdf");

        assertThat(resultaat).hasStatusOk().bodyText()
                .contains("Herkend: dit is een origineel document.", "Aalsmeer",
                        "Samenwerkingsafspraken Wijkoverleggen Aalsmeer", PARTIJ, document.sha256(),
                        "Anna de Vries-Oosterhout", "Voorzitter", "4 mei 2026, 14:03", "Jeroen Bakker", "Secretaris",
                        "4 mei 2026, 14:17", "L.M. Visser", "Wethouder participatie", "5 mei 2026, 09:30",
                        "href=\"/verifieren/" + document.sha256() + ".pdf\"",
                        "href=\"/verifieren/" + document.identificatie() + "\"");
        assertThat(resultaat.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .doesNotContainPattern(EMAIL).doesNotContainPattern(IP);
    }

    @Test
    void eenSha256WordtHerkendOokInHoofdletters() throws Exception {
        for (var sha : new String[] {document.sha256(), "  " + document.sha256().toUpperCase(Locale.ROOT) + " "}) {
            var resultaat = mvc.get().uri("/verifieren").param("sha256", sha).exchange();
            assertThat(resultaat).hasStatusOk().bodyText()
                    .contains("Herkend: dit is een origineel document.", PARTIJ, "Anna de Vries-Oosterhout",
                            "Wethouder participatie");
            assertThat(resultaat.getResponse().getContentAsString(StandardCharsets.UTF_8))
                    .doesNotContainPattern(EMAIL).doesNotContainPattern(IP);
        }
    }

    @Test
    void eenKopieMetEenGewijzigdeByteIsGewijzigdEnNietHerkend() {
        var gewijzigd = Verzegeling.metEenAndereByte(origineel, PARTIJ);

        assertThat(upload(gewijzigd, "afspraken.pdf")).hasStatusOk().bodyText()
                .contains("Gewijzigd: dit is niet het originele document.", zegel.sha256(gewijzigd))
                .doesNotContain("Herkend", "Anna de Vries-Oosterhout", document.sha256());
        assertThat(mvc.get().uri("/verifieren").param("sha256", zegel.sha256(gewijzigd))).hasStatusOk().bodyText()
                .contains("Niet herkend.",
                        "Er is geen verzegeld document en geen ondertekende tekst met deze controlecode.")
                .doesNotContain("Anna de Vries-Oosterhout");
    }

    @Test
    void eenOnverzegeldeOfNietGeregistreerdePdfWordtNietHerkend() {
        assertThat(upload(Verzegeling.pdf(PARTIJ), "onverzegeld.pdf")).hasStatusOk().bodyText()
                .contains("Niet herkend.", "heeft geen zegel van de gemeente")
                .doesNotContain("Anna de Vries-Oosterhout");
        var nietGeregistreerd = zegel.verzegel(Verzegeling.pdf(PARTIJ), "Proef", "Aalsmeer");
        assertThat(upload(nietGeregistreerd, "proef.pdf")).hasStatusOk().bodyText()
                .contains("Verzegeld, maar niet in het register.").doesNotContain("Anna de Vries-Oosterhout");
    }

    @Test
    void hetHerkendeDocumentIsPubliekTeDownloaden() {
        var download = mvc.get().uri("/verifieren/" + document.sha256() + ".pdf").exchange();

        assertThat(download).hasStatusOk().hasContentType("application/pdf").hasHeader("Content-Disposition",
                "attachment; filename=\"samenwerkingsafspraken-wijkoverleggen-aalsmeer-versie-2-wijkoverleg-"
                        + "oosteinde.pdf\"");
        assertThat(download.getResponse().getContentAsByteArray()).isEqualTo(origineel);

        var onbekend = "0".repeat(64);
        assertThat(mvc.get().uri("/verifieren/" + onbekend + ".pdf")).hasStatus(404).bodyText()
                .contains("Pagina niet gevonden");
        assertThat(mvc.get().uri("/verifieren/" + document.sha256().toUpperCase(Locale.ROOT) + ".pdf"))
                .hasStatus(404);
        assertThat(mvc.get().uri("/verifieren/niet-hex.pdf")).hasStatus(404);
    }

    @Test
    void geenBestandGeenPdfOfTeGrootGeeftEenFoutBijHetVeld() {
        assertThat(mvc.post().uri("/verifieren").multipart().with(csrf())).hasStatusOk().bodyText()
                .contains("Kies een PDF-bestand om te controleren.", "aria-invalid=\"true\"")
                .doesNotContain("Uitkomst");
        assertThat(upload(new byte[0], "leeg.pdf")).hasStatusOk().bodyText()
                .contains("Kies een PDF-bestand om te controleren.");
        assertThat(upload("<html>geen pdf</html>".getBytes(StandardCharsets.UTF_8), "nep.pdf")).hasStatusOk()
                .bodyText().contains("Dit bestand is geen PDF. Kies een PDF-bestand.").doesNotContain("Uitkomst");
        var teGroot = Arrays.copyOf(origineel, 20 * 1024 * 1024 + 1);
        assertThat(upload(teGroot, "groot.pdf")).hasStatusOk().bodyText()
                .contains("Het bestand is te groot: hoogstens 20 MB.").doesNotContain("Uitkomst");
        var precies = Arrays.copyOf(origineel, 20 * 1024 * 1024);
        assertThat(upload(precies, "precies.pdf")).hasStatusOk().bodyText().contains("Uitkomst")
                .doesNotContain("te groot");
    }

    @Test
    void eenOngeldigeSha256GeeftEenFoutBijHetVeldEnDeInvoerBlijftStaan() {
        assertThat(mvc.get().uri("/verifieren").param("sha256", "")).hasStatusOk().bodyText()
                .contains("Vul de controlecode (SHA-256) van het bestand in.").doesNotContain("Uitkomst");
        for (var fout : new String[] {"abc123", document.sha256().substring(1), "g" + document.sha256().substring(1),
                document.sha256() + "0", "<script>alert(1)</script>"}) {
            var resultaat = mvc.get().uri("/verifieren").param("sha256", fout).exchange();
            assertThat(resultaat).hasStatusOk().bodyText()
                    .contains("Dit is geen SHA-256: vul 64 tekens in", "aria-invalid=\"true\"")
                    .doesNotContain("Uitkomst", "<script>alert(1)");
            assertThat(resultaat).bodyText().contains("value=\"" + fout.replace("<", "&lt;").replace(">", "&gt;")
                    + "\"");
        }
    }

    @Test
    void uploadenZonderCsrfTokenWordtGeweigerd() {
        assertThat(mvc.post().uri("/verifieren").multipart()
                .file(new MockMultipartFile("bestand", "a.pdf", "application/pdf", origineel))).hasStatus(403);
    }

    @Test
    void eenIngelogdeGebruikerZietDezelfdePagina() {
        var ambtenaar = gegevens.account(gemeente.id(), Rol.AMBTENAAR);
        assertThat(mvc.get().uri("/verifieren").param("sha256", document.sha256()).with(user(ambtenaar)))
                .hasStatusOk().bodyText().contains("Herkend: dit is een origineel document.", "Uitloggen");
    }
}
