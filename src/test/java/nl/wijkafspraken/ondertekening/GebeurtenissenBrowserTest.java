package nl.wijkafspraken.ondertekening;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static nl.wijkafspraken.support.AfsprakenGegevens.als;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import nl.wijkafspraken.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A board member opens the link in a real browser, reloads it, asks for a code and signs: the round records each step
 * once (reloading within a minute is no new opening), with the IP address the app saw, kept in the database only.
 */
class GebeurtenissenBrowserTest extends BrowserTest {

    @Autowired
    Ondertekeningsgegevens og;
    @Autowired
    RondeService rondes;
    @Autowired
    JdbcTemplate jdbc;

    private void klik(String knop) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(knop).setExact(true)).click();
    }

    @Test
    void openenHerladenCodeEnOndertekenenWordenElkEenmaalVastgelegd() {
        var s = og.situatie();
        var ronde = als(s.ambtenaar(), () -> rondes.start(s.afspraken().id(), null));
        page.navigate(url("/ondertekenen/" + og.token(s.id(), s.noor())));
        page.reload();
        page.reload();
        klik("Stuur mij een code");
        page.getByLabel("Code uit de e-mail").first().fill(og.code(s.id(), s.noor()));
        page.getByLabel("Uw volledige naam").fill("Noor Voorzitter");
        page.getByLabel("Ik heb de tekst gelezen").check();
        klik("Ondertekenen");
        assertThat(page.locator("h1")).hasText("Bedankt, u heeft ondertekend");
        assertGeenToegankelijkheidsproblemen(page);

        var soorten = jdbc.queryForList("select soort from ondertekening_gebeurtenis where ronde_id = ? and email = ? "
                + "order by id", String.class, ronde, s.noor());
        // The redirect after asking for the code shows the page again: within the same minute that is no new opening,
        // but a minute boundary may fall in between; one or two openings, never one per load.
        assertThat(soorten).startsWith("UITGENODIGD", "GEOPEND");
        assertThat(soorten.stream().filter(soort -> !soort.equals("GEOPEND")).toList()).containsExactly(
                "UITGENODIGD", "CODE_VERSTUURD", "CODE_AANVAARD", "ONDERTEKEND");
        assertThat(soorten.stream().filter("GEOPEND"::equals).count()).isBetween(1L, 2L);
        assertThat(jdbc.queryForObject("select count(*) from ondertekening_gebeurtenis where ronde_id = ? and soort = "
                + "'ONDERTEKEND' and ip_adres is not null", Long.class, ronde)).isEqualTo(1);
    }
}
