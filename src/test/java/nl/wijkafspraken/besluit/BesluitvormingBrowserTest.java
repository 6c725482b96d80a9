package nl.wijkafspraken.besluit;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDate;
import nl.wijkafspraken.gedeeld.Rol;
import nl.wijkafspraken.opmaak.PdfTekst;
import nl.wijkafspraken.support.Besluitvorming;
import nl.wijkafspraken.support.BrowserTest;
import nl.wijkafspraken.support.Testgegevens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** From writing a collegevoorstel in the browser to downloading its PDF, with accessibility scans on the way. */
class BesluitvormingBrowserTest extends BrowserTest {

    @Autowired
    Testgegevens gegevens;
    @Autowired
    Besluitvorming besluitvorming;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void ambtenaarSchrijftVoorstelSecretarisBesluitEnDePdfVolgt() throws IOException {
        var gemeente = gegevens.gemeente().id();
        var ambtenaar = gegevens.account(gemeente, Rol.AMBTENAAR);
        var secretaris = gegevens.account(gemeente, Rol.SECRETARIS);
        besluitvorming.wethouder(gemeente, "Wendy Browser");
        login(ambtenaar, Testgegevens.WACHTWOORD);

        page.navigate(url("/collegevoorstellen"));
        assertGeenToegankelijkheidsproblemen(page);
        page.getByText("Nieuw collegevoorstel").first().click();
        assertGeenToegankelijkheidsproblemen(page);
        page.getByLabel("Onderwerp", new Page.GetByLabelOptions().setExact(true)).fill("Browserafspraken Proefwijk");
        page.getByLabel("Naam", new Page.GetByLabelOptions().setExact(true)).fill("B. Rouwser");
        page.getByLabel("Team", new Page.GetByLabelOptions().setExact(true)).fill("Team Participatie");
        page.getByLabel("Portefeuillehouder", new Page.GetByLabelOptions().setExact(true))
                .selectOption(new SelectOption().setIndex(1));
        page.getByLabel("Samenvatting", new Page.GetByLabelOptions().setExact(true))
                .fill("Wij leggen de samenwerking **vast**.\n\n- met alle wijkoverleggen\n- voor vijf jaar");
        page.locator("input[name=openbaar][value=true]").check();
        page.locator("input[name=naarRaad][value=false]").check();
        opslaan();
        assertThat(page.locator(".melding--succes")).containsText("is aangemaakt");
        assertThat(page.locator(".markdown strong")).hasText("vast");
        assertGeenToegankelijkheidsproblemen(page);

        page.getByText("Besluitpunt toevoegen").first().click();
        assertGeenToegankelijkheidsproblemen(page);
        page.getByLabel("Tekst van het besluitpunt").fill("de Browserafspraken vast te stellen;");
        opslaan();
        assertThat(page.locator(".melding--succes")).containsText("Het besluitpunt is toegevoegd.");

        var concept = page.waitForDownload(() -> page.getByText("PDF downloaden").click());
        assertThat(concept.suggestedFilename()).endsWith("-collegevoorstel.pdf");
        assertThat(PdfTekst.van(Files.readAllBytes(concept.path())).geheel())
                .contains("CONCEPT", "Browserafspraken Proefwijk", "1. de Browserafspraken vast te stellen;");

        var voorstel = jdbc.queryForObject("select id from collegevoorstel where onderwerp = ? and gemeente_id = ?",
                Long.class, "Browserafspraken Proefwijk", gemeente);
        var vergadering = besluitvorming.geagendeerd(secretaris, voorstel, LocalDate.of(2026, 5, 4))[0];
        page.getByText("Uitloggen").click();
        login(secretaris, Testgegevens.WACHTWOORD);
        for (var pad : new String[] {"/vergaderingen", "/vergaderingen/" + vergadering,
                "/vergaderingen/" + vergadering + "/besluitenlijst", "/college", "/mandaten"}) {
            page.navigate(url(pad));
            assertGeenToegankelijkheidsproblemen(page);
        }
        page.navigate(url("/vergaderingen/" + vergadering));
        page.getByText("Uitkomst vastleggen").first().click();
        assertGeenToegankelijkheidsproblemen(page);
        page.getByLabel("Conform advies").check();
        page.locator("form button[type=submit]").last().click();
        assertThat(page.locator(".melding--succes")).isVisible();

        page.navigate(url("/collegevoorstellen/" + voorstel));
        var besloten = page.waitForDownload(() -> page.getByText("PDF downloaden").click());
        assertThat(PdfTekst.van(Files.readAllBytes(besloten.path())).geheel())
                .contains("Behandeld in B&W-vergadering d.d. 4 mei 2026, nr. 1", "Besluit B&W: Conform advies")
                .doesNotContain("CONCEPT");
        schermafdruk("voorstel-besloten");
    }

    private void opslaan() {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Opslaan").setExact(true)).click();
    }
}
