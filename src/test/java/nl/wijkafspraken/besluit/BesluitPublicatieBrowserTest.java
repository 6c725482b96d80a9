package nl.wijkafspraken.besluit;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import nl.wijkafspraken.gedeeld.Rol;
import nl.wijkafspraken.support.Besluitvorming;
import nl.wijkafspraken.support.BrowserTest;
import nl.wijkafspraken.support.Testgegevens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The secretary finds the unpublished besluit from the start page and publishes it (issue 15, part 1). */
class BesluitPublicatieBrowserTest extends BrowserTest {

    @Autowired
    Testgegevens gegevens;
    @Autowired
    Besluitvorming besluitvorming;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void deSecretarisPubliceertEenBesluitVanafDeStartpagina() {
        var gemeente = gegevens.gemeente().id();
        var ambtenaar = gegevens.account(gemeente, Rol.AMBTENAAR);
        var secretaris = gegevens.account(gemeente, Rol.SECRETARIS);
        var wethouder = besluitvorming.wethouder(gemeente, "Wethouder Publiek");
        var voorstel = besluitvorming.voorstel(ambtenaar, wethouder, "Vergeten te publiceren", (Effect) null);
        var besluit = besluitvorming.besloten(secretaris, voorstel, LocalDate.of(2026, 5, 4), Uitkomst.CONFORM_ADVIES);
        login(secretaris, Testgegevens.WACHTWOORD);

        assertThat(page.locator("#taak-publiceren")).containsText("nog niet gepubliceerd");
        page.getByText("Toon deze besluiten").click();
        assertGeenToegankelijkheidsproblemen(page);
        page.getByRole(AriaRole.LINK,
                new Page.GetByRoleOptions().setName(jdbc.queryForObject("select identificatie from besluit where id = ?",
                        String.class, besluit))).click();
        assertThat(page.locator(".melding--waarschuwing")).containsText("heeft nog geen publicatiedatum");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Publicatie en verval wijzigen")).click();
        assertGeenToegankelijkheidsproblemen(page);

        // A date before the besluit: the message stands next to the field, the input stays.
        page.getByLabel("Publicatiedatum (niet verplicht)").fill("2026-05-01");
        page.getByRole(AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Opslaan")).click();
        assertThat(page.locator(".veld--fout")).containsText("De publicatiedatum ligt voor de datum van het besluit.");
        assertGeenToegankelijkheidsproblemen(page);

        page.getByLabel("Publicatiedatum (niet verplicht)").fill("2026-05-06");
        page.getByRole(AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Opslaan")).click();
        assertThat(page.locator(".melding--succes")).containsText("zijn opgeslagen");
        assertThat(page.locator(".melding--waarschuwing")).hasCount(0);
        assertThat(jdbc.queryForObject("select publicatiedatum from besluit where id = ?", LocalDate.class, besluit))
                .isEqualTo(LocalDate.of(2026, 5, 6));
        bekijkOpTelefoons("/besluiten/" + besluit + "/publicatie", "besluit-publicatie");
    }
}
