package nl.wijkafspraken.ondertekening;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static nl.wijkafspraken.support.AfsprakenGegevens.als;
import static nl.wijkafspraken.support.Testgegevens.WACHTWOORD;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import nl.wijkafspraken.gedeeld.Rol;
import nl.wijkafspraken.support.BrowserTest;
import nl.wijkafspraken.support.Testgegevens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The start page per role in a real browser (issue 15, part 4): the wethouder finds the round that waits for him
 * and reaches the signing page from it; the civil servant, the secretary and the beheerder see their own lists. Each
 * page is scanned by axe and photographed (target/screenshots/TakenBrowserTest-*.png).
 */
class TakenBrowserTest extends BrowserTest {

    @Autowired
    Ondertekeningsgegevens og;
    @Autowired
    RondeService rondes;
    @Autowired
    Testgegevens gegevens;

    @Test
    void deWethouderZietZijnRondeOpDeStartpaginaEnKomtDaarmeeOpDeTekenpagina() {
        var s = og.situatie();
        var wethouder = og.wethouderMetMandaat(s.id());
        var ronde = als(s.ambtenaar(), () -> rondes.start(s.afspraken().id(), null));

        login(wethouder.login(), WACHTWOORD);
        page.navigate(url("/"));
        var taak = page.locator("#taak-tekenen");
        assertThat(taak.getByRole(AriaRole.HEADING)).hasText("Te ondertekenen namens de gemeente");
        assertThat(taak.locator("li")).hasCount(1);
        assertGeenToegankelijkheidsproblemen(page);
        schermafdruk("wethouder");
        bekijkOpTelefoons("/", "wethouder");

        taak.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Samenwerkingsafspraken "
                + s.gemeente().naam() + ", versie 1")).click();
        assertThat(page).hasURL(url("/ondertekening/rondes/" + ronde + "/ondertekenen"));
        assertThat(page.locator("h1")).hasText("Namens de gemeente ondertekenen");
        assertThat(page.locator("main")).containsText("Op grond van uw mandaat: " + Ondertekeningsgegevens.SCOPE);
    }

    @Test
    void deAmbtenaarDeSecretarisEnDeBeheerderZienElkHunEigenLijsten() {
        var s = og.situatie();
        als(s.ambtenaar(), () -> rondes.start(s.afspraken().id(), null));

        login(s.ambtenaar(), WACHTWOORD);
        assertThat(page.locator("#taak-rondes li")).containsText("0 van 3 ondertekend");
        assertThat(page.locator("#taak-links")).containsText("Niets te doen");
        assertThat(page.locator("#taak-publiceren")).isVisible();
        assertThat(page.locator("#taak-vergadering")).hasCount(0);
        assertGeenToegankelijkheidsproblemen(page);
        schermafdruk("ambtenaar");
        page.context().clearCookies();

        login(gegevens.account(s.id(), Rol.SECRETARIS), WACHTWOORD);
        assertThat(page.locator("#taak-vergadering")).containsText("Er is geen B&W-vergadering gepland.");
        assertThat(page.locator("#taak-rondes")).hasCount(0);
        assertGeenToegankelijkheidsproblemen(page);
        schermafdruk("secretaris");
        page.context().clearCookies();

        login(gegevens.account(s.id(), Rol.BEHEERDER), WACHTWOORD);
        assertThat(page.locator("#taak-post")).containsText("Niets te doen: geen e-mail is mislukt.");
        assertGeenToegankelijkheidsproblemen(page);
        schermafdruk("beheerder");
    }
}
