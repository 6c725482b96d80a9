package nl.wijkafspraken.wijkoverleg;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import java.util.Set;
import nl.wijkafspraken.gedeeld.Rol;
import nl.wijkafspraken.support.BrowserTest;
import nl.wijkafspraken.support.Testgegevens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The register in a real browser: the civil servant's main flow, and an accessibility scan of every page. */
class WijkoverlegBrowserTest extends BrowserTest {

    @Autowired
    Testgegevens gegevens;

    @Test
    void ambtenaarRegistreertWijkoverlegMetTweeBestuursledenEnVindtHetInDeLijst() {
        var gemeente = gegevens.gemeente();
        login(gegevens.account(gemeente.id(), Rol.AMBTENAAR), Testgegevens.WACHTWOORD);

        page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Hoofdmenu"))
                .getByText("Wijkoverleggen").click();
        assertThat(page.locator("h1")).hasText("Wijkoverleggen");
        assertGeenToegankelijkheidsproblemen(page);
        page.getByText("Wijkoverleg registreren").click();

        // First an empty form: the errors appear next to the fields, and the page stays accessible.
        page.getByText("Opslaan").click();
        assertThat(page.locator("#naam-fout")).containsText("Vul de naam van het wijkoverleg in.");
        assertGeenToegankelijkheidsproblemen(page);

        page.getByLabel("Naam", new Page.GetByLabelOptions().setExact(true))
                .fill("Wijkoverleg Browserbuurt");
        page.getByLabel("Noord").check();
        page.getByLabel("Actief").check();
        page.getByLabel("Openbaar contactadres (e-mail)").fill("info@browserbuurt.example");
        page.getByLabel("2 tekenbevoegde bestuursleden ondertekenen").check();
        page.getByText("Opslaan").click();

        // The next step of the work follows at once: the bestuur.
        assertThat(page.locator(".melding--succes")).containsText("Wijkoverleg Browserbuurt is geregistreerd.");
        assertThat(page.locator("h1")).hasText("Bestuurslid toevoegen");
        page.getByText("Later toevoegen").click();
        assertThat(page.locator(".melding--waarschuwing")).containsText("Het bestuur heeft geen tekenbevoegde leden");
        schermafdruk("detail-nieuw");
        assertGeenToegankelijkheidsproblemen(page);

        voegBestuurslidToe("Bea Voorzitter", "bea@browserbuurt.example", "Voorzitter");
        assertThat(page.locator(".melding--waarschuwing")).containsText("Het bestuur heeft één tekenbevoegd lid");
        assertGeenToegankelijkheidsproblemen(page);
        voegBestuurslidToe("Cor Secretaris", "cor@browserbuurt.example", "Secretaris");

        assertThat(page.locator("table")).containsText("Bea Voorzitter");
        assertThat(page.locator("table")).containsText("Cor Secretaris");
        assertThat(page.locator(".melding--waarschuwing")).hasCount(0);

        page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Kruimelpad"))
                .getByText("Wijkoverleggen").click();
        page.getByLabel("Naam bevat").fill("browser");
        page.getByText("Zoeken").click();
        assertThat(page.locator("#resultaten tbody tr")).hasCount(1);
        assertThat(page.locator("#resultaten")).containsText("Wijkoverleg Browserbuurt");
        assertThat(page.locator("#resultaten")).containsText("2");
        schermafdruk("lijst-gevonden");

        // Live search while typing: the status region tells the number found, the table itself is not announced.
        page.getByLabel("Naam bevat").fill("browserbuurt-die-niet-bestaat");
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Geen wijkoverleggen gevonden.");
        assertThat(page.locator("#resultaten tbody tr")).hasCount(0);
        page.getByLabel("Naam bevat").fill("browser");
        assertThat(page.locator("#resultaten tbody tr")).hasCount(1);
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Wijkoverleggen (1 gevonden)");
        assertThat(page.locator("#resultaten[aria-live]")).hasCount(0);
    }

    private void voegBestuurslidToe(String naam, String email, String functie) {
        page.getByText("Bestuurslid toevoegen").click();
        page.getByLabel("Naam", new Page.GetByLabelOptions().setExact(true)).fill(naam);
        page.getByLabel("E-mailadres").fill(email);
        page.getByLabel("Functie", new Page.GetByLabelOptions().setExact(true))
                .selectOption(new SelectOption().setLabel(functie));
        page.getByLabel("Tekenbevoegd: mag namens het wijkoverleg ondertekenen").check();
        assertGeenToegankelijkheidsproblemen(page);
        page.getByText("Opslaan", new Page.GetByTextOptions().setExact(true)).click();
        assertThat(page.locator(".melding--succes")).containsText(naam + " is toegevoegd aan het bestuur.");
    }

    @Test
    void wijzigenBeeindigenEnWijkenZijnToegankelijk() {
        var gemeente = gegevens.gemeente();
        var id = gegevens.wijkoverleg(gemeente.id(), "Toegankelijk", Set.of(gemeente.wijkNoord()));
        login(gegevens.account(gemeente.id(), Rol.AMBTENAAR), Testgegevens.WACHTWOORD);

        for (var pad : new String[] {"/wijkoverleggen/" + id + "/wijzigen", "/wijken", "/wijken/nieuw",
                "/wijken/" + gemeente.wijkNoord() + "/wijzigen"}) {
            page.navigate(url(pad));
            assertGeenToegankelijkheidsproblemen(page);
        }
        page.navigate(url("/wijkoverleggen/" + id));
        page.getByText("Wijzigen", new Page.GetByTextOptions().setExact(true)).last().click();
        assertThat(page.locator("h1")).hasText("Bestuurslid wijzigen");
        assertGeenToegankelijkheidsproblemen(page);
        page.navigate(url("/wijkoverleggen/" + id));
        page.getByText("Uit bestuur").first().click();
        assertThat(page.locator("h1")).containsText("uit het bestuur");
        assertGeenToegankelijkheidsproblemen(page);
        page.getByLabel("Laatste dag in het bestuur").fill("2025-12-31");
        page.getByText("Uit het bestuur zetten").click();
        assertThat(page.locator(".melding--succes")).containsText("is uit het bestuur gezet");
        assertThat(page.locator("h2", new Page.LocatorOptions().setHasText("Andere perioden")))
                .isVisible();
        assertGeenToegankelijkheidsproblemen(page);
        page.navigate(url("/wijken"));
        assertThat(page.locator("table")).containsText("Geen actief wijkoverleg");
        schermafdruk("wijken");
    }

    @Test
    void bestuurslidWijzigtHetContactadresVanHetEigenWijkoverleg() {
        var gemeente = gegevens.gemeente();
        var id = gegevens.wijkoverleg(gemeente.id(), "Eigen buurt", Set.of(gemeente.wijkNoord()));
        login(gegevens.bestuurslid(gemeente.id(), id), Testgegevens.WACHTWOORD);
        page.navigate(url("/wijkoverleggen"));
        assertGeenToegankelijkheidsproblemen(page);
        page.getByText("Eigen buurt").click();
        page.getByText("Contactadres wijzigen").click();
        assertGeenToegankelijkheidsproblemen(page);
        page.getByLabel("Openbaar contactadres (e-mail)").fill("geen-adres");
        page.getByText("Opslaan").click();
        assertThat(page.locator("#contactadres-fout")).containsText("Vul een geldig e-mailadres in");
        page.getByLabel("Openbaar contactadres (e-mail)").fill("bestuur@eigenbuurt.example");
        page.getByText("Opslaan").click();
        assertThat(page.locator(".melding--succes")).containsText("Het contactadres is gewijzigd.");
        assertThat(page.locator("dl")).containsText("bestuur@eigenbuurt.example");
    }
}
