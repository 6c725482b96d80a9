package nl.wijkafspraken.audit;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import nl.wijkafspraken.gedeeld.Rol;
import nl.wijkafspraken.support.BrowserTest;
import nl.wijkafspraken.support.Testgegevens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 15 parts 5 and 6 in a real browser: a date typed the Dutch way in a browser set to American English, and
 * the audit trail of fifty lines with folded changes, its height measured.
 */
class AuditDatumBrowserTest extends BrowserTest {

    @Autowired
    Testgegevens gegevens;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void nederlandseDatumInEenAmerikaanseBrowser() {
        var gemeente = gegevens.gemeente();
        var secretaris = gegevens.account(gemeente.id(), Rol.SECRETARIS);
        var nederlands = page;
        try (var amerikaans = page.context().browser().newContext(new Browser.NewContextOptions()
                .setLocale("en-US").setTimezoneId("America/New_York").setViewportSize(1280, 800))) {
            page = amerikaans.newPage();
            login(secretaris, Testgegevens.WACHTWOORD);
            page.navigate(url("/vergaderingen/nieuw"));
            var datum = page.getByLabel("Datum", new Page.GetByLabelOptions().setExact(true));
            assertThat(datum).hasAttribute("type", "text");
            assertThat(page.getByText("Bijvoorbeeld 3-12-2026")).isVisible();
            assertGeenToegankelijkheidsproblemen(page);
            schermafdruk("datumveld-1280");

            datum.fill("31-2-2026");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Opslaan")).click();
            assertThat(page.locator("#datum-fout")).hasText("Vul een geldige datum in, bijvoorbeeld 3-12-2026.");
            assertGeenToegankelijkheidsproblemen(page);
            schermafdruk("datumveld-fout");

            datum.fill("3-12-2026");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Opslaan")).click();
            assertThat(page.locator("h1")).containsText("3 december 2026");
            org.assertj.core.api.Assertions.assertThat(jdbc.queryForList(
                    "select datum from bw_vergadering where gemeente_id = ?", LocalDate.class, gemeente.id()))
                    .containsExactly(LocalDate.of(2026, 12, 3));
            bekijkOpTelefoons("/vergaderingen/nieuw", "datumveld");
            opBreedte(390, "/vergaderingen/nieuw", "datumveld");
        } finally {
            page = nederlands;
        }
    }

    @Test
    void vijftigRegelsMetWijzigingenPassenOpEenPaarSchermen() {
        var gemeente = gegevens.gemeente();
        var begin = Instant.parse("2026-11-02T08:00:00Z");
        for (int i = 1; i <= 50; i++) {
            jdbc.update("""
                    insert into audit_regel (tijdstip, gebruikersnaam, gemeente_id, actie, objecttype, object_id,
                                             samenvatting, ip_adres)
                    values (?, 'ambtenaar', ?, 'BESTUURSLID_GEWIJZIGD', 'Wijkoverleg', ?, ?, '198.51.100.1')""",
                    OffsetDateTime.ofInstant(begin.plus(i, ChronoUnit.MINUTES), ZoneOffset.UTC), gemeente.id(),
                    "" + i, "Gegevens van Marleen Kortekaas " + i + " gewijzigd door ambtenaar (Ambtenaar): "
                            + "email: \"m.kortekaas@wijkoverleg-hornmeer.example\" → \"marleen@hornmeer.example\"; "
                            + "telefoon: \"06-11110001\" → \"06-11110002\"; functie: LID → VOORZITTER; "
                            + "startdatum: 2021-01-01 → 2022-01-01; tekenbevoegd: nee → ja");
        }
        login(gegevens.account(gemeente.id(), Rol.BEHEERDER), Testgegevens.WACHTWOORD);
        page.navigate(url("/beheer/audit?objecttype=Wijkoverleg"));

        assertThat(page.locator("tbody tr")).hasCount(50);
        var eerste = page.locator("tbody tr").first();
        assertThat(eerste).containsText("Bestuurslid gewijzigd");
        assertThat(eerste).containsText("2 november 2026 09:50");
        assertThat(eerste.getByRole(AriaRole.LINK)).hasText("Wijkoverleg 50");
        assertThat(eerste.locator("dl")).isHidden();
        var hoogte = (Number) page.evaluate("() => document.documentElement.scrollHeight");
        System.out.println("Hoogte audittrail, 50 regels met wijzigingen, 1280 px breed: " + hoogte + " px");
        org.assertj.core.api.Assertions.assertThat(hoogte.intValue()).isLessThan(3600);
        assertGeenToegankelijkheidsproblemen(page);
        schermafdruk("audit-1280");

        eerste.getByText("5 velden gewijzigd").click();
        assertThat(eerste.locator("dl")).isVisible();
        assertThat(eerste.locator("dl")).containsText("voorzitter");
        assertThat(eerste.locator("dl")).containsText("1 januari 2022");
        assertGeenToegankelijkheidsproblemen(page);
        schermafdruk("audit-open");

        page.getByLabel("Vanaf datum").fill("2-11-2026");
        page.getByLabel("Tot en met datum").fill("2 november 2026");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Filteren")).click();
        assertThat(page.locator("tbody tr")).hasCount(50);
        assertThat(page.getByLabel("Vanaf datum")).hasValue("2-11-2026");
        bekijkOpTelefoons("/beheer/audit?objecttype=Wijkoverleg", "audit");
        var telefoon = opBreedte(320, "/beheer/audit?objecttype=Wijkoverleg", "audit");
        System.out.println("Hoogte audittrail, 50 regels met wijzigingen, 320 px breed: " + telefoon + " px");
        opBreedte(390, "/beheer/audit?objecttype=Wijkoverleg", "audit");
    }

    /** Photographs the page at this width as {@code <naam>-<breedte>} and gives its height; back to 1280 px after. */
    private int opBreedte(int breedte, String pad, String naam) {
        page.setViewportSize(breedte, 800);
        page.navigate(url(pad));
        var hoogte = ((Number) page.evaluate("() => document.documentElement.scrollHeight")).intValue();
        schermafdruk(naam + "-" + breedte);
        page.setViewportSize(1280, 800);
        return hoogte;
    }
}
