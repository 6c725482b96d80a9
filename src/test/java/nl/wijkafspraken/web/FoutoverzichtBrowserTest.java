package nl.wijkafspraken.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static nl.wijkafspraken.support.Testgegevens.WACHTWOORD;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import nl.wijkafspraken.gedeeld.Rol;
import nl.wijkafspraken.support.BrowserTest;
import nl.wijkafspraken.support.Testgegevens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The error summary on forms, as a user meets it: after a failed submit it is the first thing on the page, announced
 * (role=alert) and focused, the title says "Fout:", and each message is a link that puts the cursor in its field,
 * also on a long form and on a phone. The signing page is checked in OndertekeningBrowserTest.
 */
class FoutoverzichtBrowserTest extends BrowserTest {

    @Autowired
    Testgegevens gegevens;

    private void klik(String knop) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(knop).setExact(true)).click();
    }

    private boolean heeftFocus(String selector) {
        return (Boolean) page.locator(selector).evaluate("e => e === document.activeElement");
    }

    private boolean inBeeld(String selector) {
        return (Boolean) page.locator(selector).evaluate(
                "e => { const r = e.getBoundingClientRect(); return r.top >= 0 && r.top < window.innerHeight; }");
    }

    @Test
    void eenLeegWijkoverlegGeeftEenOverzichtBovenaanMetLinksNaarDeVelden() {
        var gemeente = gegevens.gemeente();
        login(gegevens.account(gemeente.id(), Rol.AMBTENAAR), WACHTWOORD);
        page.navigate(url("/wijkoverleggen/nieuw"));
        var titel = page.title();

        klik("Opslaan");

        var overzicht = page.getByRole(AriaRole.ALERT).filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText("Pas d"));
        assertThat(overzicht).isVisible();
        assertThat(page).hasTitle(Pattern.compile("^Fout: .*"));
        assertThat(page.title()).isEqualTo("Fout: " + titel);
        assertThat(heeftFocus(".foutoverzicht")).as("the summary has the focus").isTrue();
        var naar = overzicht.getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions()
                .setName("Vul de naam van het wijkoverleg in."));
        assertThat(naar).hasAttribute("href", "#naam");
        // The same message stands next to its field.
        assertThat(page.locator("#naam-fout")).containsText("Vul de naam van het wijkoverleg in.");
        assertGeenToegankelijkheidsproblemen(page);

        naar.click();
        assertThat(page.locator("#naam")).isFocused();
        page.keyboard().type("Wijkoverleg Foutloos");
        assertThat(page.locator("#naam")).hasValue("Wijkoverleg Foutloos");
    }

    @Test
    void opEenLangFormulierOpEenTelefoonStaatHetOverzichtInBeeldEnVindtHetEenKeuzerondje() {
        var gemeente = gegevens.gemeente();
        login(gegevens.account(gemeente.id(), Rol.AMBTENAAR), WACHTWOORD);
        page.setViewportSize(320, 640);
        page.navigate(url("/collegevoorstellen/nieuw"));

        page.locator("form.formulier [type=submit]").last().click();

        assertThat(page.locator(".foutoverzicht")).isVisible();
        assertThat(inBeeld(".foutoverzicht")).as("the summary is on screen, not below the fold").isTrue();
        assertThat(heeftFocus(".foutoverzicht")).isTrue();
        assertThat(page).hasTitle(Pattern.compile("^Fout: "));
        schermafdruk("collegevoorstel-fouten-320");
        assertGeenZijwaartsScrollen(page);
        assertGeenToegankelijkheidsproblemen(page);

        // Openbaarheid is a pair of radio buttons, whose inputs have ids of their own: the link still finds them.
        page.locator(".foutoverzicht a[href='#openbaar']").click();
        assertThat(page.locator("input[name=openbaar]").first()).isFocused();
    }

    @Test
    void eenAccountZonderGegevensGeeftHetOverzichtMetElkeFout() {
        var gemeente = gegevens.gemeente();
        login(gegevens.account(gemeente.id(), Rol.BEHEERDER), WACHTWOORD);
        page.navigate(url("/beheer/accounts/nieuw"));

        page.locator("form.formulier [type=submit]").last().click();

        var items = page.locator(".foutoverzicht li");
        assertThat(items.first()).isVisible();
        var velden = page.locator(".veld__fout");
        assertThat(items).hasCount(velden.count());
        assertThat(page.locator(".foutoverzicht h2")).hasText(
                "Er zijn " + velden.count() + " problemen. Pas deze aan en probeer het opnieuw.");
        assertThat(heeftFocus(".foutoverzicht")).isTrue();
        assertGeenToegankelijkheidsproblemen(page);
    }

    @Test
    void eenFormulierZonderFoutenToontGeenOverzicht() {
        var gemeente = gegevens.gemeente();
        login(gegevens.account(gemeente.id(), Rol.AMBTENAAR), WACHTWOORD);
        page.navigate(url("/wijkoverleggen/nieuw"));

        assertThat(page.locator(".foutoverzicht")).hasCount(0);
        assertThat(page).not().hasTitle(Pattern.compile("^Fout"));
    }
}
