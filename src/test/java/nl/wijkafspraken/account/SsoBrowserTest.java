package nl.wijkafspraken.account;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.UUID;
import com.microsoft.playwright.options.AriaRole;
import nl.wijkafspraken.gedeeld.Rol;
import nl.wijkafspraken.support.BrowserTest;
import nl.wijkafspraken.support.TestIdp;
import nl.wijkafspraken.support.Testgegevens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * SSO in a real browser: the BEHEERDER links an account on its page, and the person logs in with the button on the
 * login page, through the login page of the test provider ({@link TestIdp}) and back. Accessibility scans of the
 * new pages and messages, at desktop width and on phones.
 */
class SsoBrowserTest extends BrowserTest {

    @Autowired
    Testgegevens gegevens;
    @Autowired
    JdbcTemplate jdbc;

    /** At the provider's own login page: types the subject and the extra claims, and signs in. */
    private void loginBijDeProvider(String onderwerp, String claims) {
        page.waitForURL(adres -> adres.startsWith(TestIdp.issuer()));
        page.locator("input[name=username]").fill(onderwerp);
        page.locator("textarea[name=claims]").fill(claims);
        page.locator("input[type=submit]").click();
    }

    @Test
    void beheerderKoppeltEenAccountEnDeGebruikerLogtInMetDeKnop() {
        var gemeente = gegevens.gemeente().id();
        var beheerder = gegevens.account(gemeente, Rol.BEHEERDER);
        var ambtenaar = gegevens.account(gemeente, Rol.AMBTENAAR);
        var id = new AccountRijen(jdbc).id(ambtenaar);
        var onderwerp = UUID.randomUUID().toString();
        login(beheerder, Testgegevens.WACHTWOORD);

        page.navigate(url("/beheer/accounts/" + id));
        assertThat(page.locator("#kop-sso")).hasText("Inloggen via SSO");
        page.getByText("SSO-koppeling wijzigen").click();
        assertThat(page.locator("h1")).hasText("SSO-koppeling van " + ambtenaar);
        assertGeenToegankelijkheidsproblemen(page);

        page.locator("form.formulier [type=submit]").click();
        assertThat(page.locator("#onderwerp-fout")).containsText("Vul de code van de persoon");
        assertGeenToegankelijkheidsproblemen(page);

        page.getByLabel("Code van de persoon bij de identity provider").fill(onderwerp);
        page.locator("form.formulier [type=submit]").click();
        assertThat(page.locator(".melding--succes")).containsText("De SSO-koppeling is opgeslagen.");
        assertThat(page.locator("#kop-sso + p")).containsText("Gekoppeld aan " + onderwerp + " bij " + TestIdp.NAAM);
        assertGeenToegankelijkheidsproblemen(page);
        bekijkOpTelefoons("/beheer/accounts/" + id + "/sso", "sso-koppeling");
        page.getByText("Uitloggen").click();

        page.navigate(url("/login"));
        assertGeenToegankelijkheidsproblemen(page);
        schermafdruk("login-met-sso");
        page.getByText("Inloggen met " + TestIdp.NAAM).click();
        loginBijDeProvider(onderwerp, "{\"amr\": [\"mfa\"]}");

        page.waitForURL(url("/"));
        assertThat(page.locator(".kop__naam")).containsText("Test " + ambtenaar);
    }

    @Test
    void eenOnbekendePersoonZietWaaromEnKanMetHetWachtwoordVerder() {
        page.navigate(url("/login"));
        page.getByText("Inloggen met " + TestIdp.NAAM).click();
        loginBijDeProvider(UUID.randomUUID().toString(), "");

        page.waitForURL(url("/login?sso-geweigerd"));
        assertThat(page.getByRole(AriaRole.ALERT))
                .containsText("u heeft geen actief account in Wijkafspraken dat daaraan gekoppeld is");
        assertGeenToegankelijkheidsproblemen(page);
        schermafdruk("sso-geweigerd");
        bekijkOpTelefoons("/login?sso-geweigerd", "sso-geweigerd");
        bekijkOpTelefoons("/login?sso-mislukt", "sso-mislukt");
    }
}
