package nl.wijkafspraken.account;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.wijkafspraken.bestuur.CollegeRol;
import nl.wijkafspraken.bestuur.CollegeService;
import nl.wijkafspraken.bestuur.CollegelidGegevens;
import nl.wijkafspraken.gedeeld.Rol;
import nl.wijkafspraken.support.BrowserTest;
import nl.wijkafspraken.support.Testgegevens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The BEHEERDER's user management and audit trail in a real browser, with accessibility scans. */
class AccountBrowserTest extends BrowserTest {

    @Autowired
    Testgegevens gegevens;
    @Autowired
    CollegeService college;
    @Autowired
    JdbcTemplate jdbc;

    /**
     * Four eyes (issue 12) in the browser: a BEHEERDER asks BESTUURDER for a colleague and proposes the link of the
     * wethouder to that account; a secretaris confirms the link; a second BEHEERDER confirms the role.
     */
    @Test
    void beheerderStelVoorEnEenTweedePersoonBevestigt() {
        var gemeente = gegevens.gemeente();
        var beheerder = gegevens.account(gemeente.id(), Rol.BEHEERDER);
        var tweedeBeheerder = gegevens.account(gemeente.id(), Rol.BEHEERDER);
        var secretaris = gegevens.account(gemeente.id(), Rol.SECRETARIS);
        var wethouder = gegevens.account(gemeente.id(), Rol.AMBTENAAR);
        var wethouderId = jdbc.queryForObject("select id from account where gebruikersnaam = ?", Long.class,
                wethouder);
        var lid = college.registreer(gemeente.id(), new CollegelidGegevens("Willemijn van Vieroog",
                CollegeRol.WETHOUDER, List.of("participatie"), LocalDate.of(2022, 6, 1), null));

        login(beheerder, Testgegevens.WACHTWOORD);
        page.navigate(url("/beheer/accounts/" + wethouderId));
        page.getByLabel("Bestuurder", new Page.GetByLabelOptions().setExact(true)).check();
        page.getByText("Opslaan").click();
        assertThat(page.getByLabel("Bestuurder (wacht op bevestiging)")).isChecked();
        assertGeenToegankelijkheidsproblemen(page);
        page.navigate(url("/beheer/accounts"));
        assertThat(page.locator("#kop-rolverzoeken")).isVisible();
        assertThat(page.getByText("U heeft dit zelf aangevraagd.")).isVisible();
        assertGeenToegankelijkheidsproblemen(page);
        schermafdruk("rolverzoek-wacht");
        bekijkOpTelefoons("/beheer/accounts", "rolverzoek-wacht");

        page.navigate(url("/college"));
        page.getByText("Account koppelen").first().click();
        assertGeenToegankelijkheidsproblemen(page);
        schermafdruk("koppeling-voorstellen");
        page.getByText("Koppeling voorstellen").click();
        assertThat(page.locator(".foutoverzicht")).containsText("Dit collegelid is al zo gekoppeld.");
        assertGeenToegankelijkheidsproblemen(page);
        schermafdruk("koppeling-fout");
        bekijkOpTelefoons("/college/" + lid + "/koppeling", "koppeling-voorstellen");
        page.getByLabel("Koppelen aan account").selectOption(wethouderId.toString());
        page.getByText("Koppeling voorstellen").click();
        assertThat(page.locator(".melding--succes")).containsText("Ze gaat in als een tweede persoon haar bevestigt.");
        assertThat(page.getByText("U heeft dit zelf voorgesteld.")).isVisible();
        assertGeenToegankelijkheidsproblemen(page);

        page.getByText("Uitloggen").click();
        login(secretaris, Testgegevens.WACHTWOORD);
        page.navigate(url("/college"));
        assertGeenToegankelijkheidsproblemen(page);
        schermafdruk("koppeling-bevestigen");
        bekijkOpTelefoons("/college", "koppeling-bevestigen");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Bevestigen voor Willemijn van Vieroog"))
                .click();
        assertThat(page.locator(".melding--succes")).containsText("De koppeling van Willemijn van Vieroog is bevestigd");
        assertThat(page.locator("table").last()).containsText("Test " + wethouder + " (" + wethouder + ")");
        assertGeenToegankelijkheidsproblemen(page);
        schermafdruk("koppeling-bevestigd");

        page.getByText("Uitloggen").click();
        login(tweedeBeheerder, Testgegevens.WACHTWOORD);
        page.navigate(url("/beheer/accounts"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Bevestigen rol Bestuurder voor "
                + wethouder)).click();
        assertThat(page.locator(".melding--succes")).containsText("De rol is bevestigd");
        assertGeenToegankelijkheidsproblemen(page);
    }

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

    /** Nobody changes their own roles: the own account's page shows them without check boxes and still saves. */
    @Test
    void beheerderZietZijnEigenRollenZonderVinkjesEnWijzigtZijnNaam() {
        var gemeente = gegevens.gemeente();
        var beheerder = gegevens.account(gemeente.id(), Rol.BEHEERDER);
        var id = new AccountRijen(jdbc).id(beheerder);
        login(beheerder, Testgegevens.WACHTWOORD);

        page.navigate(url("/beheer/accounts/" + id));
        assertThat(page.locator("#rollen")).containsText("Beheerder");
        assertThat(page.locator("#rollen")).containsText("Dit is uw eigen account");
        assertThat(page.locator("input[type=checkbox]")).hasCount(0);
        assertGeenToegankelijkheidsproblemen(page);
        schermafdruk("eigen-account");

        page.getByLabel("Naam", new Page.GetByLabelOptions().setExact(true)).fill("Bea Beheer");
        page.getByText("Opslaan").click();
        assertThat(page.locator(".melding--succes")).containsText("Bea Beheer");
        assertThat(page.locator("#rollen")).containsText("Beheerder");
        assertGeenToegankelijkheidsproblemen(page);
    }
}
