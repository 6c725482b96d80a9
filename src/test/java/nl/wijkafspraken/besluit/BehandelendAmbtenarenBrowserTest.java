package nl.wijkafspraken.besluit;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.nio.file.Files;
import nl.wijkafspraken.gedeeld.Rol;
import nl.wijkafspraken.opmaak.PdfTekst;
import nl.wijkafspraken.support.Besluitvorming;
import nl.wijkafspraken.support.BrowserTest;
import nl.wijkafspraken.support.Testgegevens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A civil servant adds a second behandelend ambtenaar with the keyboard alone, saves with Enter, and finds both on
 * the voorstel's page and in its PDF; axe scans every state of the form, on a desktop and on phones.
 */
class BehandelendAmbtenarenBrowserTest extends BrowserTest {

    @Autowired
    Testgegevens gegevens;
    @Autowired
    Besluitvorming besluitvorming;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void eenTweedeAmbtenaarToevoegenMetHetToetsenbordEnZienInDePaginaEnDePdf() throws IOException {
        var gemeente = gegevens.gemeente().id();
        var ambtenaar = gegevens.account(gemeente, Rol.AMBTENAAR);
        besluitvorming.wethouder(gemeente, "Wendy Meervoud");
        login(ambtenaar, Testgegevens.WACHTWOORD);

        page.navigate(url("/collegevoorstellen/nieuw"));
        var naam1 = page.locator("#ambtenaren0\\.naam");
        naam1.fill("R. Jonkman");
        page.locator("#ambtenaren0\\.telefoon").fill("020 555 0142");
        page.locator("#ambtenaren0\\.email").fill("r.jonkman@gemeente.example");
        page.getByLabel("Onderwerp", new Page.GetByLabelOptions().setExact(true)).fill("Twee ambtenaren");
        page.locator("input[name=openbaar][value=true]").check();
        page.locator("input[name=naarRaad][value=false]").check();

        // Without any script: the button is a submit button; the new row's name field gets the focus.
        var toevoegen = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                .setName("Nog een ambtenaar toevoegen"));
        page.locator("#ambtenaren0\\.email").focus();
        tabNaar(toevoegen);
        page.keyboard().press("Enter");
        var naam2 = page.locator("#ambtenaren1\\.naam");
        assertThat(naam2).isFocused();
        assertThat(naam1).hasValue("R. Jonkman");
        assertThat(page.getByLabel("Onderwerp", new Page.GetByLabelOptions().setExact(true)))
                .hasValue("Twee ambtenaren");
        assertThat(page.locator("fieldset.ambtenaar legend")).hasText(new String[] {"Behandelend ambtenaar 1",
                "Behandelend ambtenaar 2"});
        assertGeenToegankelijkheidsproblemen(page);

        page.keyboard().type("D. van de Bovenkamp");
        page.keyboard().press("Tab");
        page.keyboard().type("0648110590");
        page.keyboard().press("Tab");
        page.keyboard().type("geen-adres");
        page.keyboard().press("Enter");
        // Enter in a field saves (not: adds or removes a row); the bad address is refused next to its field.
        assertThat(page.locator("#ambtenaren1\\.email-fout"))
                .hasText("Vul het e-mailadres van de 2e ambtenaar goed in, bijvoorbeeld naam@voorbeeld.nl.");
        assertThat(page.locator("#ambtenaren1\\.naam")).hasValue("D. van de Bovenkamp");
        assertThat(page.locator("#ambtenaren1\\.telefoon")).hasValue("0648110590");
        assertGeenToegankelijkheidsproblemen(page);
        page.setViewportSize(1280, 900);
        schermafdruk("formulier-fout-1280");

        page.locator("#ambtenaren1\\.email").fill("d.van.de.bovenkamp@gemeente.example");
        page.locator("#ambtenaren1\\.email").press("Enter");
        assertThat(page.locator(".melding--succes")).containsText("is aangemaakt");
        var dd = page.locator("dl dd:has(ul.ambtenaren)");
        assertThat(dd).containsText("R. Jonkman");
        assertThat(dd).containsText("d.van.de.bovenkamp@gemeente.example");
        assertGeenToegankelijkheidsproblemen(page);

        var pdf = page.waitForDownload(() -> page.getByText("PDF downloaden").click());
        var tekst = PdfTekst.van(Files.readAllBytes(pdf.path())).geheel();
        assertThat(tekst).contains("Behandelend ambtenaren", "R. Jonkman", "020 555 0142", "D. van de Bovenkamp",
                "d.van.de.bovenkamp@gemeente.example");
        assertThat(tekst.indexOf("R. Jonkman")).isLessThan(tekst.indexOf("D. van de Bovenkamp"));

        var voorstel = jdbc.queryForObject("select id from collegevoorstel where onderwerp = 'Twee ambtenaren' and "
                + "gemeente_id = ?", Long.class, gemeente);
        var wijzigen = "/collegevoorstellen/" + voorstel + "/wijzigen";
        page.navigate(url(wijzigen));
        assertThat(page.locator("fieldset.ambtenaar")).hasCount(2);
        schermafdruk("formulier-1280");
        bekijkOpTelefoons(wijzigen, "formulier");
        page.setViewportSize(390, 800);
        page.navigate(url(wijzigen));
        schermafdruk("formulier-390");
        page.setViewportSize(1280, 800);

        // Removing the first: the second moves up, nothing is saved until "Opslaan".
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ambtenaar 1 verwijderen")).click();
        assertThat(page.locator("fieldset.ambtenaar")).hasCount(1);
        assertThat(page.locator("#ambtenaren0\\.naam")).hasValue("D. van de Bovenkamp");
        assertThat(toevoegen).isFocused();
        assertGeenToegankelijkheidsproblemen(page);
        assertThat(jdbc.queryForObject("select count(*) from collegevoorstel_ambtenaar where collegevoorstel_id = ?",
                Integer.class, voorstel)).isEqualTo(2);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Opslaan").setExact(true)).click();
        assertThat(page.locator(".melding--succes")).isVisible();
        assertThat(jdbc.queryForList("select naam from collegevoorstel_ambtenaar where collegevoorstel_id = ? "
                + "order by volgorde", String.class, voorstel)).containsExactly("D. van de Bovenkamp");
    }
}
