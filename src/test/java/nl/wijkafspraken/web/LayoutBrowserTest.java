package nl.wijkafspraken.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static nl.wijkafspraken.support.Testgegevens.WACHTWOORD;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.wijkafspraken.account.AccountService;
import nl.wijkafspraken.gedeeld.Rol;
import nl.wijkafspraken.support.BrowserTest;
import nl.wijkafspraken.support.Testgegevens;
import nl.wijkafspraken.support.Testgegevens.TestGemeente;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The layout in a real browser: login and logout, the gemeente switcher, keyboard use and WCAG 2.1 AA. */
class LayoutBrowserTest extends BrowserTest {

    @Autowired
    Testgegevens gegevens;
    @Autowired
    AccountService accounts;

    @Test
    void ambtenaarInTweeGemeentenWisseltMetHetToetsenbordVanGemeente() {
        var eerste = gegevens.gemeente();
        var tweede = gegevens.gemeente();
        var naam = ambtenaarIn(eerste, tweede);
        // The switcher lists the gemeenten by name and the first one is active after login.
        var begin = eerste.naam().compareTo(tweede.naam()) < 0 ? eerste : tweede;
        var ander = begin == eerste ? tweede : eerste;

        login(naam, WACHTWOORD);
        assertThat(page).hasURL(url("/"));
        assertThat(page.locator("h1")).hasText("Welkom, Test " + naam);
        assertThat(page.locator("main")).containsText("U werkt in gemeente " + begin.naam() + ".");
        var gemeentekeuze = page.getByLabel("Gemeente", new Page.GetByLabelOptions().setExact(true));
        assertThat(gemeentekeuze).hasValue(String.valueOf(begin.id()));
        schermafdruk("start-twee-gemeenten");
        assertGeenToegankelijkheidsproblemen(page);

        tabNaar(gemeentekeuze);
        page.keyboard().press("ArrowDown");
        tabNaar(knop("Wissel"));
        page.keyboard().press("Enter");

        assertThat(page.getByRole(AriaRole.STATUS)).hasText("U werkt nu in gemeente " + ander.naam() + ".");
        assertThat(page.locator("main")).containsText("U werkt in gemeente " + ander.naam() + ".");
        assertThat(gemeentekeuze).hasValue(String.valueOf(ander.id()));
        schermafdruk("start-na-wissel");
        assertGeenToegankelijkheidsproblemen(page);
    }

    @Test
    void uitloggenBrengtNaarDeLoginpaginaEnBeeindigtDeSessie() {
        login(gegevens.account(gegevens.gemeente().id(), Rol.AMBTENAAR), WACHTWOORD);

        knop("Uitloggen").click();

        assertThat(page).hasURL(url("/login?uitgelogd"));
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("U bent uitgelogd.");
        page.navigate(url("/"));
        assertThat(page).hasURL(url("/login"));
    }

    @Test
    void onjuistWachtwoordGeeftEenToegankelijkeNederlandseFoutmelding() {
        var naam = gegevens.account(gegevens.gemeente().id(), Rol.AMBTENAAR);

        login(naam, "fout-wachtwoord");

        assertThat(page).hasURL(url("/login?error"));
        assertThat(page.getByRole(AriaRole.ALERT)).hasText("Onjuiste gebruikersnaam of wachtwoord.");
        schermafdruk("login-fout");
        assertGeenToegankelijkheidsproblemen(page);
    }

    @Test
    void loginpaginaIsToegankelijk() {
        page.navigate(url("/login"));

        assertThat(page.locator("h1")).hasText("Inloggen");
        assertThat(page.getByLabel("Gebruikersnaam")).isFocused();
        schermafdruk("login");
        assertGeenToegankelijkheidsproblemen(page);
    }

    @Test
    void startpaginaVanEenGemeenteIsToegankelijk() {
        var gemeente = gegevens.gemeente();
        login(gegevens.account(gemeente.id(), Rol.AMBTENAAR), WACHTWOORD);

        assertThat(page.locator(".kop__gemeente")).containsText(gemeente.naam());
        schermafdruk("start");
        assertGeenToegankelijkheidsproblemen(page);
    }

    @Test
    void skiplinkIsHetEersteFocusbareElementEnZetDeFocusOpDeInhoud() {
        login(gegevens.account(gegevens.gemeente().id(), Rol.AMBTENAAR), WACHTWOORD);

        page.keyboard().press("Tab");

        var skiplink = page.locator("a.skiplink");
        assertThat(skiplink).isFocused();
        assertThat(skiplink).hasText("Direct naar de inhoud");
        assertThat(skiplink).isInViewport();
        schermafdruk("skiplink");
        page.keyboard().press("Enter");
        assertThat(page.locator("main#inhoud")).isFocused();
    }

    @Test
    void elkElementDatMetTabFocusKrijgtToontZichtbaarDeFocus() {
        login(ambtenaarIn(gegevens.gemeente(), gegevens.gemeente()), WACHTWOORD);
        assertAlleFocusZichtbaar();

        page.navigate(url("/login"));
        assertAlleFocusZichtbaar();
    }

    @Test
    void opEenSmalSchermVan320PixelsHoeftNietHorizontaalTeWordenGescrold() {
        login(ambtenaarIn(gegevens.gemeente(), gegevens.gemeente()), WACHTWOORD);

        page.setViewportSize(320, 640);
        page.reload();

        schermafdruk("start-smal");
        Assertions.assertThat(page.evaluate("() => document.documentElement.scrollWidth"))
                .as("page width at 320 px (WCAG 1.4.10 reflow)").isEqualTo(320);
    }

    @Test
    void onbekendAdresGeeftEenToegankelijke404InDeLayout() {
        var naam = gegevens.account(gegevens.gemeente().id(), Rol.AMBTENAAR);
        login(naam, WACHTWOORD);

        var antwoord = page.navigate(url("/bestaat-niet"));

        Assertions.assertThat(antwoord.status()).isEqualTo(404);
        assertThat(page.locator("h1")).hasText("Pagina niet gevonden");
        assertThat(page.locator("header")).containsText("Test " + naam);
        schermafdruk("404");
        assertGeenToegankelijkheidsproblemen(page);
    }

    /** A malformed address (a word where an id belongs) gets our Dutch page, not Tomcat's English one. */
    @Test
    void eenOngeldigVerzoekGeeftEenNederlandse400InDeLayout() {
        var naam = gegevens.account(gegevens.gemeente().id(), Rol.AMBTENAAR);
        login(naam, WACHTWOORD);

        var antwoord = page.navigate(url("/wijkoverleggen/geen-nummer"));

        Assertions.assertThat(antwoord.status()).isEqualTo(400);
        assertThat(page.locator("h1")).hasText("Er ging iets mis");
        assertThat(page.locator("main")).containsText("Uw verzoek kon niet worden verwerkt.");
        assertThat(page.locator("header")).containsText("Test " + naam);
        assertGeenToegankelijkheidsproblemen(page);
    }

    @Test
    void wisselenNaarEenGemeenteZonderRolGeeftEenToegankelijke403InDeLayout() {
        var naam = ambtenaarIn(gegevens.gemeente(), gegevens.gemeente());
        var vreemd = gegevens.gemeente();
        login(naam, WACHTWOORD);
        // A forged form: the switcher only offers the user's own gemeenten.
        page.getByLabel("Gemeente", new Page.GetByLabelOptions().setExact(true)).evaluate(
                "(keuze, id) => keuze.options[keuze.selectedIndex].value = id", String.valueOf(vreemd.id()));

        var antwoord = page.waitForResponse(r -> r.url().endsWith("/gemeente/wissel"), () -> knop("Wissel").click());

        Assertions.assertThat(antwoord.status()).isEqualTo(403);
        assertThat(page.locator("h1")).hasText("Geen toegang");
        assertThat(page.locator("header")).containsText("Test " + naam);
        schermafdruk("403");
        assertGeenToegankelijkheidsproblemen(page);
    }

    private String ambtenaarIn(TestGemeente gemeente, TestGemeente andereGemeente) {
        var naam = gegevens.account(gemeente.id(), Rol.AMBTENAAR);
        accounts.kenRollenToe(naam, andereGemeente.id(), List.of(Rol.AMBTENAAR), List.of());
        return naam;
    }

    private Locator knop(String naam) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(naam).setExact(true));
    }

    /**
     * Tabs through the whole page, round to where it started, and fails for each element that gets the focus
     * without a visible outline (WCAG 2.4.7).
     */
    @SuppressWarnings("unchecked")
    private void assertAlleFocusZichtbaar() {
        var zonderFocusrand = new ArrayList<String>();
        var bezocht = 0;
        for (int i = 0; i < 60; i++) {
            page.keyboard().press("Tab");
            var focus = (Map<String, Object>) page.evaluate("""
                    () => {
                      const e = document.activeElement;
                      if (!e || e === document.body) return {};
                      if (e.dataset.focusGezien) return { rond: true };
                      const stijl = getComputedStyle(e);
                      const gezien = { element: e.outerHTML.slice(0, 120), stijl: stijl.outlineStyle,
                                       breedte: parseFloat(stijl.outlineWidth) };
                      e.dataset.focusGezien = 'ja';
                      return gezien;
                    }""");
            if (focus.containsKey("rond")) {
                break;
            }
            if (focus.containsKey("element")) {
                bezocht++;
                if ("none".equals(focus.get("stijl")) || ((Number) focus.get("breedte")).doubleValue() < 2) {
                    zonderFocusrand.add(focus.get("element") + " (outline " + focus.get("stijl") + " "
                            + focus.get("breedte") + "px)");
                }
            }
        }
        Assertions.assertThat(bezocht).as("focusable elements on " + page.url()).isGreaterThan(2);
        Assertions.assertThat(zonderFocusrand).as("elements without a visible focus on " + page.url()).isEmpty();
    }
}
