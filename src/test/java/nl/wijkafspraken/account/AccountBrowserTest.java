package nl.wijkafspraken.account;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.Set;
import nl.wijkafspraken.gedeeld.Rol;
import nl.wijkafspraken.support.BrowserTest;
import nl.wijkafspraken.support.Testgegevens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The BEHEERDER's user management and audit trail in a real browser, with accessibility scans. */
class AccountBrowserTest extends BrowserTest {

    @Autowired
    Testgegevens gegevens;

    @Test
    void beheerderMaaktBestuurslidAanDatDaarnaKanInloggen() {
        var gemeente = gegevens.gemeente();
        gegevens.wijkoverleg(gemeente.id(), "Wijkoverleg Accountbuurt", Set.of(gemeente.wijkNoord()));
        login(gegevens.account(gemeente.id(), Rol.BEHEERDER), Testgegevens.WACHTWOORD);

        page.navigate(url("/beheer/accounts"));
        assertGeenToegankelijkheidsproblemen(page);
        page.getByText("Nieuwe gebruiker").first().click();
        assertGeenToegankelijkheidsproblemen(page);

        page.getByText("Gebruiker aanmaken").click();
        assertThat(page.locator(".veld__fout").first()).isVisible();
        assertGeenToegankelijkheidsproblemen(page);

        page.getByLabel("Gebruikersnaam").fill("nieuw.bestuurslid");
        page.getByLabel("Naam", new Page.GetByLabelOptions().setExact(true)).fill("Nina Nieuw");
        page.getByLabel("E-mailadres").fill("nina@accountbuurt.example");
        page.getByLabel("Wachtwoord", new Page.GetByLabelOptions().setExact(true)).fill("een-goed-wachtwoord");
        page.getByLabel("Bestuurslid wijkoverleg").check();
        page.getByLabel("Wijkoverleg Accountbuurt").check();
        page.getByText("Gebruiker aanmaken").click();
        assertThat(page.locator(".melding--succes")).containsText("Gebruiker nieuw.bestuurslid is aangemaakt.");
        assertGeenToegankelijkheidsproblemen(page);
        schermafdruk("account-aangemaakt");

        page.navigate(url("/beheer/audit"));
        assertThat(page.locator("table")).containsText("nieuw.bestuurslid");
        assertGeenToegankelijkheidsproblemen(page);
        schermafdruk("audit");

        page.navigate(url("/beheer/audit?van=abc"));
        assertGeenToegankelijkheidsproblemen(page);

        page.getByText("Uitloggen").click();
        login("nieuw.bestuurslid", "een-goed-wachtwoord");
        page.navigate(url("/wijkoverleggen"));
        assertThat(page.locator("#resultaten")).containsText("Wijkoverleg Accountbuurt");
    }
}
