package nl.wijkafspraken.besluit;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Map;
import java.util.regex.Pattern;
import nl.wijkafspraken.gedeeld.Rol;
import nl.wijkafspraken.opmaak.PdfTekst;
import nl.wijkafspraken.support.Besluitvorming;
import nl.wijkafspraken.support.BrowserTest;
import nl.wijkafspraken.support.Testgegevens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Word in, PDF out: the clipboard HTML that Word 365 puts there is pasted into a section (a real paste event with a
 * DataTransfer, as the browser fires it), previewed, kept as a draft across a reload, saved, and the PDF holds every
 * list item with its letter and every table cell in its row and column.
 */
class WordPlakkenBrowserTest extends BrowserTest {

    private static final String CONCEPTSLEUTEL = "wijkafspraken:concept:/collegevoorstellen/nieuw";

    @Autowired
    Testgegevens gegevens;
    @Autowired
    Besluitvorming besluitvorming;

    private static String fixture(String naam) throws IOException {
        try (var in = WordPlakkenBrowserTest.class.getResourceAsStream("/plakken/" + naam)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private void plak(Locator veld, String html, String tekst) {
        veld.evaluate("""
                (veld, klembord) => {
                    const gegevens = new DataTransfer();
                    gegevens.setData("text/html", klembord.html);
                    gegevens.setData("text/plain", klembord.tekst);
                    veld.focus();
                    veld.dispatchEvent(new ClipboardEvent("paste", {clipboardData: gegevens, bubbles: true, cancelable: true}));
                }""", Map.of("html", html, "tekst", tekst));
    }

    private Locator sectie(String naam) {
        return page.getByLabel(naam, new Page.GetByLabelOptions().setExact(true));
    }

    private void wachtOpConcept(String bevat) {
        page.waitForFunction("([sleutel, tekst]) => (localStorage.getItem(sleutel) || '').includes(tekst)",
                new String[] {CONCEPTSLEUTEL, bevat});
    }

    @Test
    void wordTekstPlakkenVoorbeeldConceptOpslaanEnDePdfHoudtLettersEnTabelcellen() throws IOException {
        var gemeente = gegevens.gemeente().id();
        var ambtenaar = gegevens.account(gemeente, Rol.AMBTENAAR);
        besluitvorming.wethouder(gemeente, "Wendy Plakker");
        login(ambtenaar, Testgegevens.WACHTWOORD);
        page.navigate(url("/collegevoorstellen/nieuw"));

        page.getByLabel("Onderwerp", new Page.GetByLabelOptions().setExact(true)).fill("Geplakt uit Word");
        page.getByLabel("Portefeuillehouder", new Page.GetByLabelOptions().setExact(true))
                .selectOption(new SelectOption().setIndex(1));
        page.locator("input[name=openbaar][value=true]").check();
        page.locator("input[name=naarRaad][value=false]").check();

        // The contents lead to a closed section and open it.
        page.locator(".inhoudsopgave").getByText("Financiën").click();
        var financien = sectie("Financiën");
        assertThat(financien).isVisible();
        plak(financien, fixture("word365-besluit.html") + fixture("word365-financien.html"),
                fixture("word365-financien.txt"));
        assertThat(financien).hasValue(Pattern.compile(
                ".*A\\. de \\*Samenwerkingsafspraken.*\\| Subsidie wijkoverleggen \\| € 477\\.800 \\|.*", Pattern.DOTALL));
        String markdown = financien.inputValue();
        assertThat(markdown).contains("   1. het convenant met Wijkraad Oosteinde;", "D. de 1^e^ evaluatie",
                "| | **2026** | **2027** | **2028** | **2029 e.v.** |");

        // Plain text without tabs is pasted by the browser itself; the page does not get in the way.
        var doel = sectie("Doel");
        page.locator(".inhoudsopgave").getByText("Doel").click();
        doel.fill("Een duidelijke basis voor de samenwerking.");

        // The preview renders as the voorstel page and the PDF do.
        var knop = page.locator("details:has(#sectie-FINANCIEN) [data-voorbeeld-knop]");
        knop.click();
        assertThat(knop).hasAttribute("aria-expanded", "true");
        var voorbeeld = page.locator("#voorbeeld-FINANCIEN");
        assertThat(voorbeeld.locator("ol[type]:not(.lijst--haakje) > li")).hasCount(6);
        assertThat(voorbeeld.locator("ol[type]:not(.lijst--haakje) > li").nth(1).locator("ol > li")).hasCount(3);
        assertThat(voorbeeld.locator("sup").first()).hasText("e");
        assertThat(voorbeeld.locator("tbody tr").nth(1).locator("td").nth(1)).hasText("€ 477.800");
        assertGeenToegankelijkheidsproblemen(page);
        schermafdruk("formulier-1280");

        // The draft survives a reload (a closed tab, a crash) and is offered back.
        wachtOpConcept("Een duidelijke basis");
        page.reload();
        assertThat(page.locator("[data-concept-melding]")).isVisible();
        assertThat(page.locator("[data-concept-melding]")).containsText("Concept hersteld");
        assertThat(sectie("Financiën")).hasValue(markdown);
        assertThat(sectie("Doel")).hasValue("Een duidelijke basis voor de samenwerking.");
        assertThat(page.getByLabel("Onderwerp", new Page.GetByLabelOptions().setExact(true)))
                .hasValue("Geplakt uit Word");
        assertGeenToegankelijkheidsproblemen(page);
        for (int breedte : new int[] {390, 320}) {
            page.setViewportSize(breedte, 800);
            assertGeenZijwaartsScrollen(page);
            schermafdruk("formulier-" + breedte);
        }
        page.setViewportSize(1280, 800);

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Opslaan").setExact(true)).click();
        assertThat(page.locator(".melding--succes")).containsText("is aangemaakt");
        assertThat(page.evaluate("k => localStorage.getItem(k)", CONCEPTSLEUTEL)).isNull();
        assertThat(page.locator(".markdown ol[type]:not(.lijst--haakje) > li")).hasCount(6);

        page.getByText("Besluitpunt toevoegen").first().click();
        page.getByLabel("Tekst van het besluitpunt").fill("de afspraken vast te stellen;");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Opslaan").setExact(true)).click();
        var pdf = page.waitForDownload(() -> page.getByText("PDF downloaden").click());
        byte[] inhoud = Files.readAllBytes(pdf.path());
        Files.write(Files.createDirectories(java.nio.file.Path.of("target", "screenshots"))
                .resolve("WordPlakkenBrowserTest.pdf"), inhoud);
        assertThat(PdfTekst.van(inhoud).regels()).containsSubsequence("Financiën",
                "A. de Samenwerkingsafspraken Wijkoverleggen Aalsmeer vast te stellen;",
                "B. de convenanten wijkbeheer met de wijkoverleggen uit 2007 in te trekken, te weten:",
                "1. het convenant met Wijkraad Oosteinde;", "2. het convenant met Buurtvereniging Kudelstaart;",
                "3. het convenant met Wijkoverleg Hornmeer;",
                "C. de wethouder participatie mandaat te verlenen om namens de gemeente de",
                "D. de 1e evaluatie te houden in het gezamenlijke wijkoverleg van 2027;",
                "E. de raad te informeren met een raadsinformatiebrief;", "F. dit besluit openbaar te maken.",
                "• Oosteinde", "• Kudelstaart", "a) Oosteinde: het wijkoverleg blijft bestaan;",
                "b) Kudelstaart: een nieuw bestuur treedt aan.",
                "Financiële gevolgen (bedragen in €)", "2026 2027 2028 2029 e.v.",
                "Subsidie wijkoverleggen € 477.800 € 547.600 € 547.600 € 547.600",
                "Ondersteuning wijkregisseurs € 82.500 € 84.150 € 85.833 € 87.550",
                "Gezamenlijk wijkoverleg (café De Oude Veiling) € 1.200 € 1.200 € 1.250 € 1.250",
                "Totaal € 561.500 € 632.950 € 634.683 € 636.400");
    }

    @Test
    void conceptWeggooienZetDeOpgeslagenTekstTerug() {
        var gemeente = gegevens.gemeente().id();
        var ambtenaar = gegevens.account(gemeente, Rol.AMBTENAAR);
        login(ambtenaar, Testgegevens.WACHTWOORD);
        page.navigate(url("/collegevoorstellen/nieuw"));
        sectie("Samenvatting").fill("Een tekst die niet werd opgeslagen.");
        wachtOpConcept("niet werd opgeslagen");

        page.reload();
        assertThat(sectie("Samenvatting")).hasValue("Een tekst die niet werd opgeslagen.");
        page.getByText("Concept weggooien").click();
        assertThat(sectie("Samenvatting")).hasValue("");
        assertThat(page.locator("[data-concept-melding]")).containsText("Het concept is weggegooid");
        assertThat(page.evaluate("k => localStorage.getItem(k)", CONCEPTSLEUTEL)).isNull();
        page.reload();
        assertThat(page.locator("[data-concept-melding]")).isHidden();
    }
}
