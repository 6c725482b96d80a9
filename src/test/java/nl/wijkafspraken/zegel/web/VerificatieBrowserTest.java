package nl.wijkafspraken.zegel.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import nl.wijkafspraken.support.BrowserTest;
import nl.wijkafspraken.support.Testgegevens;
import nl.wijkafspraken.zegel.Verzegeling;
import nl.wijkafspraken.zegel.VerzegeldeDocumenten;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A resident who got the signed afspraken by e-mail checks them on the public page, without logging in: the
 * original is recognised with its signers, a tampered copy is not.
 */
class VerificatieBrowserTest extends BrowserTest {

    private static final String PARTIJ = "Wijkoverleg Kudelstaart";

    @Autowired
    Testgegevens gegevens;
    @Autowired
    VerzegeldeDocumenten register;

    @TempDir
    Path map;

    @Test
    void eenBewonerUploadtDeVerzegeldeAfsprakenEnZietWieOndertekende() throws Exception {
        var gemeente = gegevens.gemeente();
        var document = register.verzegelEnBewaar(gemeente.id(), "ronde/1/wijkoverleg/1", UUID.randomUUID(),
                Verzegeling.pdf(PARTIJ), Verzegeling.beschrijving(PARTIJ));
        var origineel = Files.write(map.resolve("afspraken.pdf"), register.pdf(gemeente.id(), document.id()));

        page.navigate(url("/login"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Document controleren").setExact(true))
                .click();
        assertThat(page.locator("h1")).hasText("Document controleren");
        assertGeenToegankelijkheidsproblemen(page);
        schermafdruk("leeg");

        page.getByLabel("PDF-bestand").setInputFiles(origineel);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Bestand controleren").setExact(true))
                .click();
        var uitkomst = page.locator("section.verificatie");
        assertThat(uitkomst).containsText("Herkend: dit is een origineel document.");
        assertThat(uitkomst.locator("dl")).containsText(PARTIJ);
        assertThat(uitkomst.locator("dl")).containsText("Samenwerkingsafspraken Wijkoverleggen Aalsmeer");
        assertThat(uitkomst.locator("dl")).containsText(document.sha256());
        assertThat(uitkomst.locator("tbody tr")).hasCount(3);
        assertThat(uitkomst.locator("tbody tr").first()).containsText("Anna de Vries-Oosterhout");
        assertThat(uitkomst.locator("tbody tr").first()).containsText("Voorzitter");
        assertThat(uitkomst.locator("tbody tr").first()).containsText("4 mei 2026, 14:03");
        assertThat(uitkomst.locator("tbody tr").last()).containsText("Wethouder participatie");
        assertGeenToegankelijkheidsproblemen(page);
        schermafdruk("herkend");

        var download = page.waitForDownload(() -> page.getByRole(AriaRole.LINK,
                new Page.GetByRoleOptions().setName("Download het verzegelde document (PDF)")).click());
        org.assertj.core.api.Assertions.assertThat(Files.readAllBytes(download.path()))
                .isEqualTo(Files.readAllBytes(origineel));

        var gewijzigd = Files.write(map.resolve("gewijzigd.pdf"),
                Verzegeling.metEenAndereByte(Files.readAllBytes(origineel), PARTIJ));
        page.getByLabel("PDF-bestand").setInputFiles(gewijzigd);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Bestand controleren").setExact(true))
                .click();
        assertThat(uitkomst).containsText("Gewijzigd: dit is niet het originele document.");
        assertThat(uitkomst).not().containsText("Anna de Vries-Oosterhout");
        assertGeenToegankelijkheidsproblemen(page);
        schermafdruk("gewijzigd");
    }

    /**
     * Someone with the paper copy scans its QR code: the document's own page, at 1280 px and on phones (320 and
     * 390 px), without sideways scrolling or axe findings. Then they upload a copy to which a PDF reader added a
     * comment: the sealed revision is intact, with something added.
     */
    @Test
    void deControlepaginaVanHetDocumentEnEenKopieMetEenOpmerking() throws Exception {
        var gemeente = gegevens.gemeente();
        var tekstSha256 = Verzegeling.nieuweTekstSha256();
        var identificatie = register.nieuweIdentificatie();
        var document = register.verzegelEnBewaar(gemeente.id(), "ronde/1/wijkoverleg/1", identificatie,
                Verzegeling.pdf(PARTIJ, register.verificatieUrl(identificatie), tekstSha256),
                Verzegeling.beschrijving(PARTIJ, tekstSha256));

        page.navigate(url("/verifieren/" + identificatie));
        assertThat(page.locator("h1")).hasText("Verzegeld document");
        var gegevensLijst = page.locator("section.verificatie dl");
        assertThat(gegevensLijst).containsText(PARTIJ);
        assertThat(gegevensLijst).containsText("volgens de tijdstempeldienst");
        assertThat(gegevensLijst).containsText(tekstSha256);
        assertThat(page.locator("section.verificatie tbody tr")).hasCount(3);
        assertGeenToegankelijkheidsproblemen(page);
        schermafdruk("document");
        bekijkOpTelefoons("/verifieren/" + identificatie, "document");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Een PDF-bestand controleren")).click();
        var metOpmerking = Files.write(map.resolve("met-opmerking.pdf"),
                Verzegeling.metOpmerking(register.pdf(gemeente.id(), document.id())));
        kiesEnControleer(metOpmerking);
        var uitkomst = page.locator("section.verificatie");
        assertThat(uitkomst).containsText(
                "Het verzegelde document is ongewijzigd, maar er is daarna iets aan toegevoegd.");
        assertThat(uitkomst.locator("dl")).containsText(PARTIJ);
        assertGeenToegankelijkheidsproblemen(page);
        schermafdruk("met-opmerking");
        bekijkOpTelefoons("/verifieren?sha256=" + tekstSha256, "tekst-herkend");
    }

    @Test
    void eenOngeldigeSha256KrijgtEenFoutmeldingBijHetVeldEnBlijftStaan() {
        page.navigate(url("/verifieren"));
        // Looking up by controlecode is for the few who know one: behind a disclosure.
        assertThat(page.getByLabel("SHA-256 van het bestand")).isHidden();
        page.getByText("Voor gevorderden: zoeken op controlecode (SHA-256)").click();
        page.getByLabel("SHA-256 van het bestand").fill("abc123");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Opzoeken").setExact(true)).click();

        assertThat(page.locator("#sha256-fout")).containsText("Dit is geen SHA-256");
        assertThat(page.getByLabel("SHA-256 van het bestand")).hasValue("abc123");
        assertThat(page.getByLabel("SHA-256 van het bestand")).hasAttribute("aria-invalid", "true");
        assertGeenToegankelijkheidsproblemen(page);
        schermafdruk("ongeldig");
    }

    /**
     * Through the real server, whose upload limit (25 MB) lies above the page's own (20 MB): a file between the two
     * gets the message next to the field, a larger one the general Dutch page.
     */
    @Test
    void eenTeGrootBestandKrijgtEenNederlandseFoutmelding() {
        page.navigate(url("/verifieren"));
        kiesEnControleer(pdfVan(21 * 1024 * 1024));
        assertThat(page.locator("#bestand-fout")).hasText("Het bestand is te groot: hoogstens 20 MB.");
        assertThat(page.getByLabel("PDF-bestand")).hasAttribute("aria-invalid", "true");
        assertGeenToegankelijkheidsproblemen(page);

        kiesEnControleer(pdfVan(26 * 1024 * 1024));
        assertThat(page.locator("h1")).hasText("Bestand te groot");
        assertThat(page.locator("main")).containsText("Er is niets opgeslagen of gecontroleerd.");
        schermafdruk("te-groot");
    }

    private void kiesEnControleer(Path bestand) {
        page.getByLabel("PDF-bestand").setInputFiles(bestand);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Bestand controleren").setExact(true))
                .click();
    }

    private void kiesEnControleer(FilePayload bestand) {
        page.getByLabel("PDF-bestand").setInputFiles(bestand);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Bestand controleren").setExact(true))
                .click();
    }

    private static FilePayload pdfVan(int grootte) {
        var inhoud = new byte[grootte];
        var kop = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(kop, 0, inhoud, 0, kop.length);
        return new FilePayload("groot.pdf", "application/pdf", inhoud);
    }
}
