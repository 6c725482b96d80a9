package nl.wijkafspraken.register;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import nl.wijkafspraken.opmaak.PdfTekst;
import nl.wijkafspraken.support.BrowserTest;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The public register in a real browser, without login: a resident finds the afspraken in force, sees who signed,
 * opens the besluit and downloads it, and searches; every public page passes the axe scan (WCAG 2.1 A/AA, 2.2 AA) on a
 * desktop and on 320 and 390 px wide phones, fits those phones without sideways scrolling, and is photographed into
 * target/screenshots.
 */
class OpenbaarRegisterBrowserTest extends BrowserTest {

    @Autowired
    Registergegevens gegevens;

    Registergegevens.Register register;
    String basis;

    @BeforeEach
    void register() {
        register = gegevens.register();
        basis = "/openbaar/" + register.code();
    }

    private void bekijk(String pad, String naam) {
        var antwoord = page.navigate(url(pad));
        Assertions.assertThat(antwoord.status()).as(pad).isIn(200, 400, 404);
        schermafdruk(naam);
        assertGeenToegankelijkheidsproblemen(page);
        bekijkOpTelefoons(pad, naam);
    }

    @Test
    void eenBewonerVindtDeAfsprakenZietWieTekendeEnDownloadtHetBesluit() {
        page.navigate(url(basis));
        assertThat(page.locator("h1")).hasText("Openbaar register " + register.gemeente().naam());
        page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Openbaar register "
                + register.gemeente().naam())).getByRole(AriaRole.LINK, new Locator.GetByRoleOptions()
                .setName("Samenwerkingsafspraken").setExact(true)).click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Afspraken Wijkoverleggen Testgemeente")).click();

        assertThat(page.locator("h1")).containsText("Afspraken Wijkoverleggen Testgemeente");
        // The state in plain words, not "In ondertekening" next to a date in force.
        assertThat(page.locator(".afsprakenstand")).hasText("Geldt sinds 2 maart 2026. 1 van de 2 wijkoverleggen hebben ondertekend.");
        var partijen = page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("De wijkoverleggen die meedoen"));
        assertThat(partijen.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText("Wijkoverleg Noord")))
                .containsText("ondertekend op 20 november 2026 (versie 2)");
        assertThat(partijen.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText("Wijkoverleg Zuid")))
                .containsText("versie 2 nog niet ondertekend");
        assertThat(page.locator("#artikel-3")).containsText("Er komt een digitaal kanaal.");
        assertThat(page.locator("#artikel-1 strong")).hasText("faciliteert");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Versie 1").setExact(true)).first().click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(register.vaststelling().identificatie())
                .setExact(true)).first().click();
        assertThat(page.locator("h1")).containsText("Samenwerkingsafspraken Testgemeente");
        var download = page.waitForDownload(() -> page.getByRole(AriaRole.LINK,
                new Page.GetByRoleOptions().setName("Besluit downloaden (PDF)")).click());
        Assertions.assertThat(download.suggestedFilename())
                .isEqualTo("besluit-" + register.vaststelling().identificatie() + ".pdf");
        try {
            var tekst = String.join("\n", PdfTekst.van(Files.readAllBytes(download.path())).paginas());
            Assertions.assertThat(tekst).contains("Samenwerkingsafspraken Testgemeente").doesNotContain("Ambtenaar Geheimnaam");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }

        page.navigate(url(basis + "/convenanten"));
        assertThat(page.locator("main")).containsText("Ingetrokken per 2 maart 2026");
        assertThat(page.locator("main")).containsText("de convenanten wijkbeheer uit 2007 in te trekken.");
    }

    @Test
    void zoekenMetHetToetsenbord() {
        page.navigate(url(basis));
        var veld = page.getByLabel("Zoeken in besluiten en samenwerkingsafspraken");
        tabNaar(veld);
        page.keyboard().type("wijkoverleggen");
        page.keyboard().press("Enter");
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("resultaten voor wijkoverleggen");
        assertThat(page.locator(".zoekresultaat mark").first()).isVisible();
        schermafdruk("zoeken");
        assertGeenToegankelijkheidsproblemen(page);
    }

    @Test
    void elkeOpenbarePaginaIsToegankelijk() {
        var afspraken = basis + "/afspraken/" + register.afsprakenId();
        bekijk("/openbaar", "register");
        bekijk(basis, "gemeente");
        bekijk(basis + "/wijkoverleggen", "wijkoverleggen");
        bekijk(basis + "/afspraken", "afspraken-lijst");
        bekijk(afspraken, "afspraken");
        bekijk(afspraken + "/versies/1", "versie-1");
        bekijk(afspraken + "/versies/2", "versie-2");
        bekijk(afspraken + "/vergelijken", "vergelijking");
        bekijk(basis + "/convenanten", "convenanten");
        bekijk(basis + "/besluiten", "besluiten");
        bekijk(basis + "/besluiten/" + register.vaststelling().identificatie(), "besluit");
        bekijk(basis + "/zoeken", "zoeken-leeg");
        bekijk(basis + "/zoeken?q=afspraken", "zoeken-resultaten");
        bekijk(basis + "/zoeken?q=" + "x".repeat(201), "zoeken-te-lang");
        bekijk("/toegankelijkheid", "toegankelijkheid");
        bekijk("/verifieren", "verifieren");
        bekijk(basis + "/besluiten/" + register.geheim().identificatie(), "niet-gevonden");
        bekijk(basis + "/besluiten?pagina=-1", "ongeldig-verzoek");
    }

    @Test
    void elkePaginaLinktNaarDeToegankelijkheidsverklaring() {
        for (var pad : new String[] {"/login", basis, basis + "/besluiten/B26-999999"}) {
            page.navigate(url(pad));
            page.getByRole(AriaRole.CONTENTINFO).getByRole(AriaRole.LINK,
                    new Locator.GetByRoleOptions().setName("Toegankelijkheidsverklaring")).click();
            assertThat(page).hasURL(url("/toegankelijkheid"));
            assertThat(page.locator("h1")).hasText("Toegankelijkheidsverklaring");
        }
    }

    @Test
    void deApiVerkennerLaadtZonderInloggen() {
        page.navigate(url("/swagger-ui.html"));
        assertThat(page.locator(".swagger-ui .info .title")).containsText("Wijkafspraken: open data");
        assertThat(page.locator(".opblock-summary-path").first()).isVisible();
        schermafdruk("swagger-ui");
    }
}
