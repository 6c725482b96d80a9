package nl.wijkafspraken.wijkoverleg;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static nl.wijkafspraken.support.Testgegevens.WACHTWOORD;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.wijkafspraken.gedeeld.Rol;
import nl.wijkafspraken.support.BrowserTest;
import nl.wijkafspraken.support.Testgegevens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The approval flow in a real browser: a board member changes the voorzitter's address and is told it waits for the
 * gemeente; the civil servant finds it in the list of changes, reviews old and new value and approves it. Each page
 * at 1280 px and on a phone (320 and 390 px) with an accessibility scan.
 */
class BestuurswijzigingBrowserTest extends BrowserTest {

    @Autowired
    Testgegevens gegevens;
    @Autowired
    WijkoverlegService wijkoverleggen;
    @Autowired
    JdbcTemplate jdbc;

    private void klik(String knop) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(knop)).click();
    }

    @Test
    void eenBestuurslidVraagtEenNieuwAdresAanEnDeAmbtenaarKeurtHetGoed() {
        var gemeente = gegevens.gemeente();
        var naam = "Wijkoverleg Browserkern " + gemeente.id();
        var w = wijkoverleggen.registreer(gemeente.id(), new WijkoverlegGegevens(naam, Set.of(gemeente.wijkNoord()),
                WijkoverlegStatus.ACTIEF, LocalDate.of(2020, 1, 1), null, null, null, null, 1), List.of(
                new BestuurslidGegevens(new Persoonsgegevens("Bea Bakker", "bea@browserkern.example", null),
                        Functie.VOORZITTER, LocalDate.of(2020, 1, 1), true)));
        var bestuurslid = gegevens.bestuurslid(gemeente.id(), w);
        var ambtenaar = gegevens.account(gemeente.id(), Rol.AMBTENAAR);

        login(bestuurslid, WACHTWOORD);
        page.navigate(url("/wijkoverleggen/" + w));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Wijzigen Bea Bakker")).click();
        page.getByLabel("E-mailadres").fill("bea.nieuw@browserkern.example");
        klik("Opslaan");
        assertThat(page.locator(".melding--succes")).containsText("geldt ze pas als de gemeente haar goedkeurt");
        assertThat(page.locator("main")).containsText("Wijzigingen die wachten op goedkeuring");
        // The register keeps the old address until the gemeente approves.
        assertThat(page.locator("table").filter(new Locator.FilterOptions().setHasText("Huidig bestuur")))
                .containsText("bea@browserkern.example");
        assertGeenToegankelijkheidsproblemen(page);
        bekijkOpTelefoons("/wijkoverleggen/" + w, "bestuur-wachtend");
        klik("Uitloggen");

        login(ambtenaar, WACHTWOORD);
        page.navigate(url("/wijkoverleggen"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Wijzigingen van besturen")).click();
        assertThat(page.locator("h1")).hasText("Wijzigingen van besturen");
        assertThat(page.locator("main")).containsText("bea.nieuw@browserkern.example");
        assertGeenToegankelijkheidsproblemen(page);
        bekijkOpTelefoons("/wijkoverleggen/bestuurswijzigingen", "lijst");
        page.navigate(url("/wijkoverleggen/bestuurswijzigingen"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Beoordelen Bea Bakker")).click();
        assertThat(page.locator("h1")).hasText("Wijziging van Bea Bakker beoordelen");
        assertThat(page.locator("main")).containsText("bea@browserkern.example");
        assertGeenToegankelijkheidsproblemen(page);
        var beoordeling = page.url().substring(page.url().indexOf("/wijkoverleggen"));
        bekijkOpTelefoons(beoordeling, "beoordelen");
        page.navigate(url(beoordeling));
        schermafdruk("beoordelen-1280");
        klik("Bevestigen van de wijziging van Bea Bakker");
        assertThat(page.locator(".melding--succes")).containsText("De wijziging is goedgekeurd");
        assertThat(page.locator("main")).not().containsText("Wijzigingen die wachten op goedkeuring");
        assertThat(page.locator("main")).containsText("bea.nieuw@browserkern.example");
        assertGeenToegankelijkheidsproblemen(page);

        assertThat(jdbc.queryForList("select aan from uitgaand_bericht where gemeente_id = ?", String.class,
                gemeente.id())).containsExactly("bea@browserkern.example");
    }
}
