package nl.wijkafspraken.account;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.List;
import nl.wijkafspraken.gedeeld.Rol;
import nl.wijkafspraken.support.BrowserTest;
import nl.wijkafspraken.support.Testgegevens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The pages of passwords, deactivation and the login budget in a real browser, with accessibility scans, at desktop
 * width and on phones.
 */
class WachtwoordBrowserTest extends BrowserTest {

    private static final String NIEUW = "fietsen-langs-de-westeinderplassen";

    @Autowired
    Testgegevens gegevens;
    @Autowired
    JdbcTemplate jdbc;

    private Page.GetByLabelOptions exact() {
        return new Page.GetByLabelOptions().setExact(true);
    }

    @Test
    void gebruikerWijzigtZijnWachtwoordVanuitDeKop() {
        var naam = gegevens.account(gegevens.gemeente().id(), Rol.SECRETARIS);
        login(naam, Testgegevens.WACHTWOORD);

        page.getByText("Wachtwoord wijzigen").first().click();
        assertThat(page.locator("h1")).hasText("Wachtwoord wijzigen");
        assertGeenToegankelijkheidsproblemen(page);

        page.getByLabel("Huidig wachtwoord").fill("niet-mijn-wachtwoord");
        page.getByLabel("Nieuw wachtwoord", exact()).fill("wachtwoord2026");
        page.getByLabel("Herhaal het nieuwe wachtwoord").fill("wachtwoord2026");
        page.locator("form.formulier [type=submit]").click();
        assertThat(page.locator(".foutoverzicht")).containsText("Het huidige wachtwoord klopt niet.");
        assertThat(page.getByLabel("Huidig wachtwoord")).isEmpty();
        assertGeenToegankelijkheidsproblemen(page);

        page.getByLabel("Huidig wachtwoord").fill(Testgegevens.WACHTWOORD);
        page.getByLabel("Nieuw wachtwoord", exact()).fill("wachtwoord2026");
        page.getByLabel("Herhaal het nieuwe wachtwoord").fill("wachtwoord2026");
        page.locator("form.formulier [type=submit]").click();
        assertThat(page.locator("#nieuwWachtwoord-fout")).containsText("Dit wachtwoord wordt veel gebruikt");
        assertGeenToegankelijkheidsproblemen(page);
        schermafdruk("wachtwoord-fout");

        page.getByLabel("Huidig wachtwoord").fill(Testgegevens.WACHTWOORD);
        page.getByLabel("Nieuw wachtwoord", exact()).fill(NIEUW);
        page.getByLabel("Herhaal het nieuwe wachtwoord").fill(NIEUW);
        page.locator("form.formulier [type=submit]").click();
        assertThat(page.locator(".melding--succes")).containsText("Uw wachtwoord is gewijzigd.");
        assertGeenToegankelijkheidsproblemen(page);
        schermafdruk("wachtwoord-gewijzigd");
        bekijkOpTelefoons("/account/wachtwoord", "wachtwoord");

        page.getByText("Uitloggen").click();
        login(naam, NIEUW);
        assertThat(page.locator(".kop__naam")).containsText("Test " + naam);
    }

    @Test
    void beheerderDeactiveertNaBevestiging() {
        var gemeente = gegevens.gemeente().id();
        var beheerder = gegevens.account(gemeente, Rol.BEHEERDER);
        var naam = gegevens.account(gemeente, Rol.AMBTENAAR);
        var id = new AccountRijen(jdbc).id(naam);
        login(beheerder, Testgegevens.WACHTWOORD);

        page.navigate(url("/beheer/accounts/" + id));
        page.getByText("Gebruiker deactiveren").click();
        assertThat(page.locator("h1")).hasText("Gebruiker " + naam + " deactiveren");
        assertGeenToegankelijkheidsproblemen(page);
        schermafdruk("deactiveren");
        bekijkOpTelefoons("/beheer/accounts/" + id + "/deactiveren", "deactiveren");

        page.getByText("Ja, deactiveren").click();
        assertThat(page.locator(".melding--succes")).containsText("Gebruiker " + naam + " is gedeactiveerd");
        assertThat(page.locator("#kop-toegang + p")).containsText("gedeactiveerd en kan niet inloggen");
        assertGeenToegankelijkheidsproblemen(page);
        schermafdruk("gedeactiveerd");
        bekijkOpTelefoons("/beheer/accounts/" + id, "account-gedeactiveerd");
    }

    /** Rows for the browser's own address, removed afterwards so that other tests can log in again. */
    @Test
    void naTeVeelMislukteInlogsToontDeBrowserDeNederlandsePagina() {
        var adressen = List.of("127.0.0.1", "0:0:0:0:0:0:0:1");
        try {
            for (var adres : adressen) {
                for (int i = 0; i < 50; i++) {
                    jdbc.update("insert into inlogpoging_ip (ip_adres, tijdstip) values (?, now())", adres);
                }
            }
            for (int breedte : new int[] {1280, 320}) {
                page.setViewportSize(breedte, 800);
                page.navigate(url("/login"));
                page.locator("#username").fill("ambtenaar");
                page.locator("#password").fill("nog-een-gok-123");
                var antwoord = page.waitForResponse(r -> r.url().endsWith("/login") && r.request().method()
                        .equals("POST"), () -> page.locator("form[action$='/login'] [type=submit]").click());
                org.assertj.core.api.Assertions.assertThat(antwoord.status()).isEqualTo(429);
                assertThat(page.locator("h1")).hasText("Te veel inlogpogingen");
                assertGeenZijwaartsScrollen(page);
                assertGeenToegankelijkheidsproblemen(page);
                schermafdruk("te-veel-inlogpogingen-" + breedte);
            }
        } finally {
            adressen.forEach(adres -> jdbc.update("delete from inlogpoging_ip where ip_adres = ?", adres));
        }
    }
}
