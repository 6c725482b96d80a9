package nl.wijkafspraken.ondertekening;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static nl.wijkafspraken.support.AfsprakenGegevens.als;
import static nl.wijkafspraken.support.Testgegevens.WACHTWOORD;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import nl.wijkafspraken.gedeeld.Rol;
import nl.wijkafspraken.support.BrowserTest;
import nl.wijkafspraken.support.Testgegevens;
import nl.wijkafspraken.support.TweedeStap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Passkeys in headless Chromium with a virtual authenticator (CDP WebAuthn domain: CTAP2, internal, resident keys,
 * user verification): the wethouder enrols one when the app asks at the first login, logs in with it as second
 * factor, and confirms with it at the moment of signing for the gemeente; the round page shows how and when. The
 * other pages of the second factor (authenticator app, recovery codes, removal) are scanned for accessibility too.
 */
class StapOmhoogBrowserTest extends BrowserTest {

    @Autowired
    Ondertekeningsgegevens og;
    @Autowired
    RondeService rondes;
    @Autowired
    Testgegevens gegevens;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void virtueleAuthenticator() {
        var cdp = page.context().newCDPSession(page);
        cdp.send("WebAuthn.enable");
        var opties = new JsonObject();
        opties.addProperty("protocol", "ctap2");
        opties.addProperty("transport", "internal");
        opties.addProperty("hasResidentKey", true);
        opties.addProperty("hasUserVerification", true);
        opties.addProperty("isUserVerified", true);
        opties.addProperty("automaticPresenceSimulation", true);
        var parameters = new JsonObject();
        parameters.add("options", opties);
        cdp.send("WebAuthn.addVirtualAuthenticator", parameters);
    }

    private void klik(String knop) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(knop).setExact(true)).click();
    }

    @Test
    void deWethouderZetEenPasskeyOpLogtErMeeInEnBevestigtErMeeBijHetOndertekenen() {
        var s = og.situatie();
        var wethouder = og.wethouderMetMandaat(s.id());
        var ronde = als(s.ambtenaar(), () -> rondes.start(s.afspraken().id(), null));

        // First login: the password, then the app asks for a second factor before anything else.
        loginMetWachtwoord(wethouder.login(), WACHTWOORD);
        assertThat(page).hasURL(url("/beveiliging"));
        assertThat(page.locator("main")).containsText("Voor uw rol is een tweede stap bij het inloggen verplicht");
        assertGeenToegankelijkheidsproblemen(page);
        page.getByLabel("Naam van de passkey").fill("Laptop wethouder");
        klik("Passkey toevoegen");
        // Enrolled: now the app asks for it at once, before anything else.
        page.waitForURL(url("/tweede-factor"));
        assertThat(jdbc.queryForObject("select count(*) from user_credentials c join user_entities u "
                + "on u.id = c.user_entity_user_id where u.name = ?", Integer.class, wethouder.login())).isOne();
        klik("Bevestigen met passkey");
        page.waitForURL(adres -> !adres.contains("/tweede-factor"));
        page.navigate(url("/beveiliging"));
        assertThat(page.locator("table")).containsText("Laptop wethouder");

        // A new login: password, then the passkey as second factor.
        page.context().clearCookies();
        loginMetWachtwoord(wethouder.login(), WACHTWOORD);
        assertThat(page).hasURL(url("/tweede-factor"));
        assertGeenToegankelijkheidsproblemen(page);
        bekijkOpTelefoons("/tweede-factor", "tweede-factor");
        klik("Bevestigen met passkey");
        page.waitForURL(adres -> !adres.contains("/tweede-factor"));
        page.navigate(url("/ondertekening/rondes/" + ronde + "/ondertekenen"));
        assertThat(page.locator("h1")).hasText("Namens de gemeente ondertekenen");

        // The login's passkey counts for five minutes; the wethouder confirms again at the moment of signing.
        assertThat(page.locator("[data-bevestigd]")).containsText("passkey");
        var voor = jdbc.queryForObject("select signature_count from user_credentials c join user_entities u "
                + "on u.id = c.user_entity_user_id where u.name = ?", Long.class, wethouder.login());
        // The assertion goes to Spring's /login/webauthn; then the script reloads the signing page.
        page.waitForResponse(antwoord -> antwoord.url().endsWith("/ondertekenen")
                && "GET".equals(antwoord.request().method()), () -> klik("Bevestigen met passkey"));
        page.waitForLoadState();
        assertThat(page.locator("[data-bevestigd]")).containsText("U hebt bevestigd met uw passkey");
        assertThat(jdbc.queryForObject("select signature_count from user_credentials c join user_entities u "
                + "on u.id = c.user_entity_user_id where u.name = ?", Long.class, wethouder.login()))
                .isGreaterThan(voor);
        assertGeenToegankelijkheidsproblemen(page);
        page.getByLabel("Uw volledige naam").fill(wethouder.naam());
        page.getByRole(AriaRole.CHECKBOX).check();
        klik("Ondertekenen");
        assertThat(page.locator(".melding--succes")).containsText("U heeft namens de gemeente ondertekend.");
        assertThat(page.locator("main")).containsText("bevestigd met passkey op");
        assertThat(jdbc.queryForObject("select bevestiging_methode from handtekening where ronde_id = ? and soort = "
                + "'GEMEENTE'", String.class, ronde)).isEqualTo("PASSKEY");
    }

    @Test
    void deAnderePaginasVanDeTweedeFactorZijnToegankelijk() {
        var naam = gegevens.account(gegevens.gemeente().id(), Rol.AMBTENAAR);
        login(naam, WACHTWOORD);
        page.navigate(url("/beveiliging"));
        assertGeenToegankelijkheidsproblemen(page);
        bekijkOpTelefoons("/beveiliging", "beveiliging");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Authenticator-app instellen")).click();
        assertThat(page.locator("img[src^='data:image/png']")).isVisible();
        assertGeenToegankelijkheidsproblemen(page);
        TweedeStap.onthoud(naam, page.locator("[data-totp-sleutel]").textContent());
        klik("Bevestigen");
        assertThat(page.locator("#totp-code-fout")).containsText("Vul de code in.");
        assertGeenToegankelijkheidsproblemen(page);
        page.getByLabel("Code uit de app").fill(TweedeStap.code(naam));
        klik("Bevestigen");
        assertThat(page.locator(".melding--succes")).containsText("De authenticator-app is ingesteld");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Nieuwe herstelcodes maken")).click();
        assertGeenToegankelijkheidsproblemen(page);
        klik("Ja, nieuwe herstelcodes");
        assertThat(page.locator("[data-herstelcodes] li")).hasCount(10);
        assertGeenToegankelijkheidsproblemen(page);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ik heb de codes bewaard")).click();

        page.getByLabel("Naam van de passkey").fill("Telefoon");
        klik("Passkey toevoegen");
        assertThat(page.locator("table")).containsText("Telefoon");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Passkey Telefoon verwijderen")).click();
        assertThat(page.locator("main")).containsText("Weet u zeker dat u de passkey \u201eTelefoon\u201d wilt verwijderen?");
        assertGeenToegankelijkheidsproblemen(page);
        klik("Ja, verwijderen");
        assertThat(page.locator(".melding--succes")).containsText("De passkey is verwijderd.");
        assertThat(page.locator("table")).hasCount(0);

        // The second step of a new login with a code of the app, keyboard only.
        page.context().clearCookies();
        loginMetWachtwoord(naam, WACHTWOORD);
        assertThat(page).hasURL(url("/tweede-factor"));
        var veld = page.getByLabel("Code uit de app");
        tabNaar(veld);
        page.keyboard().type(TweedeStap.code(naam));
        page.keyboard().press("Enter");
        page.waitForURL(url("/"));
    }
}
