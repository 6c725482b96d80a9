package nl.wijkafspraken.audit;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import nl.wijkafspraken.gedeeld.Rol;
import nl.wijkafspraken.support.BrowserTest;
import nl.wijkafspraken.support.Testgegevens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** The BEHEERDER checks the hash chains from the audit trail, in a real browser; the page is accessible, also broken. */
class KetenBrowserTest extends BrowserTest {

    @Autowired
    Testgegevens gegevens;
    @Autowired
    AuditService audit;
    @Autowired
    TransactionTemplate transactie;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Vervalser vervalser;

    @Test
    void beheerderControleertDeKetensVanuitDeAudittrail() {
        var gemeente = gegevens.gemeente();
        login(gegevens.account(gemeente.id(), Rol.BEHEERDER), Testgegevens.WACHTWOORD);

        var hoofdmenu = page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Hoofdmenu"));
        // The section is in the menu's group "Beheer" (issue 15): open it first.
        hoofdmenu.locator("summary", new com.microsoft.playwright.Locator.LocatorOptions().setHasText("Beheer")).click();
        hoofdmenu.getByText("Audittrail").click();
        var link = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Hashketens controleren"));
        tabNaar(link);
        page.keyboard().press("Enter");

        assertThat(page.locator("h1")).hasText("Hashketens");
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Alle ketens zijn intact");
        assertThat(page.locator("tbody tr")).hasCount(Ketencontrole.Keten.values().length);
        assertThat(page.locator("tbody tr").first()).containsText("Audittrail");
        assertThat(page.locator("tbody tr").first()).containsText("Intact");
        assertGeenToegankelijkheidsproblemen(page);
        schermafdruk("intact");
        bekijkOpTelefoons("/beheer/ketens", "ketens");

        transactie.executeWithoutResult(t -> audit.registreer(gemeente.id(), "GEWIJZIGD", "Test", null, "browser"));
        long id = jdbc.queryForObject("select max(id) from audit_regel where gemeente_id = ?", Long.class,
                gemeente.id());
        vervalser.wijzig("audit_regel", id, "samenvatting", "vervalst", () -> {
            page.reload();
            assertThat(page.getByRole(AriaRole.ALERT)).containsText("Minstens één keten is gebroken");
            assertThat(page.locator("tbody tr").first()).containsText("Gebroken");
            assertThat(page.locator("tbody tr").first()).containsText("Regel " + id + " in audit_regel");
            assertGeenToegankelijkheidsproblemen(page);
            schermafdruk("gebroken");
            return null;
        });
    }
}
