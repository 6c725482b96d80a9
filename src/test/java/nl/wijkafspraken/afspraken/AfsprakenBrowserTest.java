package nl.wijkafspraken.afspraken;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static nl.wijkafspraken.support.Testgegevens.WACHTWOORD;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import nl.wijkafspraken.convenant.ConvenantService;
import nl.wijkafspraken.support.AfsprakenGegevens;
import nl.wijkafspraken.support.BrowserTest;
import nl.wijkafspraken.support.Testgegevens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The civil servant's main flow in a real browser: the dashboard warns that the renewal is due, the renewal with
 * changes is recorded, the concept is amended and compared with the version in force. Every page is scanned for
 * accessibility problems.
 */
class AfsprakenBrowserTest extends BrowserTest {

    @Autowired
    Testgegevens gegevens;
    @Autowired
    AfsprakenGegevens afsprakenGegevens;
    @Autowired
    AfsprakenService afspraken;
    @Autowired
    ConvenantService convenanten;

    private static LocalDate vandaag() {
        return LocalDate.now(ZoneId.of("Europe/Amsterdam"));
    }

    @Test
    void ambtenaarZietDeWaarschuwingLegtEenVerlengingMetWijzigingenVastEnVergelijktDeVersies() {
        var gemeente = gegevens.gemeente();
        var noord = gegevens.wijkoverleg(gemeente.id(), "Wijkoverleg Noordrand", Set.of(gemeente.wijkNoord()));
        var zuid = gegevens.wijkoverleg(gemeente.id(), "Wijkoverleg Zuidkant", Set.of(gemeente.wijkZuid()));
        // The first renewal is due in 30 days: within the 60 days of the warning.
        var vastgesteld = afsprakenGegevens.vastgesteld(gemeente, vandaag().minusYears(1).plusDays(30), noord, zuid);
        login(vastgesteld.ambtenaar(), WACHTWOORD);

        var stand = page.locator(".stand");
        assertThat(stand.locator(".melding--waarschuwing")).containsText("Verlenging binnenkort.");
        assertThat(stand).containsText("Wijkoverleg Noordrand, Wijkoverleg Zuidkant");
        schermafdruk("dashboard-waarschuwing");
        assertGeenToegankelijkheidsproblemen(page);

        stand.getByRole(AriaRole.LINK).first().click();
        assertThat(page.locator("h1")).hasText("Samenwerkingsafspraken " + gemeente.naam());
        assertGeenToegankelijkheidsproblemen(page);
        page.getByText("Verlenging vastleggen").click();
        assertGeenToegankelijkheidsproblemen(page);

        // First without anyone present: the error appears, and the page stays accessible.
        page.getByLabel("Verlengd met wijzigingen").check();
        page.getByText("Vastleggen", new Page.GetByTextOptions().setExact(true)).click();
        assertThat(page.locator("#partijen-fout")).containsText("Vink minstens een aanwezig wijkoverleg aan.");
        assertGeenToegankelijkheidsproblemen(page);

        page.locator("#gemeenteWatAnders").fill("Eerder terugkoppelen op signalen.");
        page.locator("#partij-0-aanwezig").check();
        page.locator("#partij-0-werkt").fill("Vast aanspreekpunt werkt goed.");
        page.locator("#partij-1-aanwezig").check();
        page.locator("#partij-1-anders").fill("Wij willen meer zeggenschap over de agenda.");
        page.getByText("Vastleggen", new Page.GetByTextOptions().setExact(true)).click();

        assertThat(page.locator(".melding--succes")).containsText("Er staat een conceptversie klaar");
        assertThat(page.locator("table")).containsText("Wij willen meer zeggenschap over de agenda.");
        assertGeenToegankelijkheidsproblemen(page);

        page.locator("dl").getByText("Versie 2").click();
        assertThat(page.locator("h1")).containsText("Versie 2");
        assertGeenToegankelijkheidsproblemen(page);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Wijzigen artikel 1")).click();
        assertGeenToegankelijkheidsproblemen(page);
        page.getByLabel("Tekst", new Page.GetByLabelOptions().setExact(true))
                .fill("De gemeente faciliteert en informeert tijdig.\nHet wijkoverleg spreekt namens de wijk.");
        page.getByText("Opslaan").click();
        assertThat(page.locator(".melding--succes")).containsText("Artikel 1 is gewijzigd.");

        page.getByText("Vergelijk met versie 1").click();
        assertThat(page.locator("h1")).hasText("Versie 1 en versie 2 vergeleken");
        var artikel = page.locator("section.vergelijking").first();
        assertThat(artikel.locator("h2")).containsText("Gewijzigd");
        assertThat(artikel.locator("del").first()).containsText("vertegenwoordigt");
        assertThat(artikel.locator("ins").first()).containsText("en informeert tijdig");
        assertThat(artikel.locator("del .visueel-verborgen").first()).hasText("[vervallen: ");
        schermafdruk("vergelijking");
        assertGeenToegankelijkheidsproblemen(page);

        page.emulateMedia(new Page.EmulateMediaOptions().setMedia(com.microsoft.playwright.options.Media.PRINT));
        assertThat(page.locator("header.kop")).isHidden();
        assertThat(page.locator("table.vergelijking__tabel").first()).isVisible();
        schermafdruk("vergelijking-afdruk");
        page.emulateMedia(new Page.EmulateMediaOptions().setMedia(com.microsoft.playwright.options.Media.SCREEN));

        page.navigate(url("/"));
        assertThat(page.locator(".stand .melding")).hasCount(0);
        assertThat(page.locator(".stand")).containsText("uiterlijk");
    }

    @Test
    void hetDashboardSlaatAlarmAlsDeVerlengingAchterstalligIs() {
        var gemeente = gegevens.gemeente();
        var noord = gegevens.wijkoverleg(gemeente.id(), "Wijkoverleg Noordrand", Set.of(gemeente.wijkNoord()));
        var vastgesteld = afsprakenGegevens.vastgesteld(gemeente, vandaag().minusYears(1).minusDays(1), noord);
        afsprakenGegevens.convenant(gemeente, "Noordrand");
        login(vastgesteld.ambtenaar(), WACHTWOORD);

        assertThat(page.locator(".stand .melding--fout")).containsText("Verlenging achterstallig!");
        assertThat(page.locator(".stand")).containsText("Verlenging achterstallig");
        assertThat(page.locator(".dashboard")).containsText("Nog geldend: 1");
        schermafdruk("dashboard-alarm");
        assertGeenToegankelijkheidsproblemen(page);
    }

    @Test
    void convenantenEnDeWeergaveVoorEenBestuurslidZijnToegankelijk() {
        var gemeente = gegevens.gemeente();
        var noord = gegevens.wijkoverleg(gemeente.id(), "Wijkoverleg Noordrand", Set.of(gemeente.wijkNoord()));
        var vastgesteld = afsprakenGegevens.vastgesteld(gemeente, vandaag().minusMonths(2), noord);
        var convenant = afsprakenGegevens.convenant(gemeente, "Noordrand");
        convenanten.trekIn(gemeente.id(), java.util.List.of(convenant), 1, AfsprakenGegevens.nieuwBesluitpunt(),
                vandaag().minusMonths(2), vastgesteld.id(), "Besluit B&W test");
        login(vastgesteld.ambtenaar(), WACHTWOORD);
        for (var pad : new String[] {"/afspraken", "/afspraken/nieuw", "/afspraken/" + vastgesteld.id() + "/versies/1",
                "/afspraken/" + vastgesteld.id() + "/partijen/nieuw", "/convenanten", "/convenanten/nieuw",
                "/convenanten/" + convenant}) {
            page.navigate(url(pad));
            assertGeenToegankelijkheidsproblemen(page);
        }
        assertThat(page.locator("main")).containsText("ingetrokken per");

        page.context().clearCookies();
        login(gegevens.bestuurslid(gemeente.id(), noord), WACHTWOORD);
        page.navigate(url("/afspraken/" + vastgesteld.id()));
        assertThat(page.locator("main")).containsText("Wijkoverleg Noordrand");
        assertThat(page.locator("main")).containsText("Niet ondertekend");
        schermafdruk("bestuurslid");
        assertGeenToegankelijkheidsproblemen(page);
    }
}
