package nl.wijkafspraken.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static nl.wijkafspraken.support.Testgegevens.WACHTWOORD;

import java.time.LocalDate;
import java.util.Map;
import nl.wijkafspraken.besluit.Sectie;
import nl.wijkafspraken.besluit.BehandelendAmbtenaar;
import nl.wijkafspraken.register.Registergegevens;
import nl.wijkafspraken.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The civil servant's main pages on a 320 and a 390 px wide phone (WCAG 1.4.10, reflow): nothing pushes a page
 * sideways, tables become one card per row, and axe finds nothing. The public pages are checked the same way in
 * OpenbaarRegisterBrowserTest, the signing pages in OndertekeningBrowserTest.
 */
class TelefoonBrowserTest extends BrowserTest {

    @Autowired
    Registergegevens gegevens;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void deHoofdpaginasVanDeMedewerkerPassenOpEenTelefoon() {
        var register = gegevens.register();
        var g = register.gemeente();
        // A Financiën table as a civil servant writes it, with wide amounts: it must fit too.
        var metTabel = gegevens.besluit(g, true, LocalDate.of(2026, 3, 2), null, "Begroting wijkbudgetten",
                Map.of(Sectie.FINANCIEN, "| Omschrijving | 2026 | 2027 | 2028 | 2029 e.v. |\n| --- | --- | --- | --- | --- |\n"
                        + "| Structurele lasten wijkbudgetten | € 477.800 | € 547.600 | € 547.600 | € 547.600 |"),
                java.util.List.of(new BehandelendAmbtenaar("A. Ambtenaar", null, null)), "Team Test", "de begroting vast te stellen.");
        login(g.ambtenaar(), WACHTWOORD);

        bekijkOpTelefoons("/", "start");
        bekijkOpTelefoons("/wijkoverleggen", "wijkoverleggen");
        bekijkOpTelefoons("/wijkoverleggen/" + register.noord(), "wijkoverleg");
        bekijkOpTelefoons("/wijkoverleggen/nieuw", "wijkoverleg-nieuw");
        bekijkOpTelefoons("/wijken", "wijken");
        bekijkOpTelefoons("/afspraken", "afspraken");
        bekijkOpTelefoons("/afspraken/" + register.afsprakenId(), "afspraken-detail");
        bekijkOpTelefoons("/afspraken/" + register.afsprakenId() + "/vergelijken", "afspraken-vergelijken");
        bekijkOpTelefoons("/convenanten", "convenanten");
        bekijkOpTelefoons("/collegevoorstellen", "collegevoorstellen");
        bekijkOpTelefoons("/collegevoorstellen/nieuw", "collegevoorstel-nieuw");
        bekijkOpTelefoons("/besluiten", "besluiten");
        bekijkOpTelefoons("/besluiten/" + metTabel.id(), "besluit");
        var voorstelMetTabel = jdbc.queryForObject("select collegevoorstel_id from besluit where id = ?", Long.class,
                metTabel.id());
        bekijkOpTelefoons("/collegevoorstellen/" + voorstelMetTabel, "collegevoorstel-met-tabel");
        bekijkOpTelefoons("/vergaderingen", "vergaderingen");
        bekijkOpTelefoons("/mandaten", "mandaten");
        bekijkOpTelefoons("/college", "college");
        bekijkOpTelefoons("/ondertekening", "ondertekening");

        // Each row of a list, and of a table in a text, is a card that names its columns.
        page.setViewportSize(320, 800);
        page.navigate(url("/wijkoverleggen"));
        assertThat(page.locator("table.tabel--stapel tbody td[data-label='Wijken']").first()).isVisible();
        page.navigate(url("/collegevoorstellen/" + voorstelMetTabel));
        assertThat(page.locator(".markdown table.tabel--stapel td[data-label='2027']")).hasText("€ 547.600");
    }
}
