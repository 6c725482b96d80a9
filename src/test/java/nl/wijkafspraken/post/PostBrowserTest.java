package nl.wijkafspraken.post;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.Duration;
import nl.wijkafspraken.gedeeld.Rol;
import nl.wijkafspraken.support.BrowserTest;
import nl.wijkafspraken.support.Testgegevens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The outbox in a real browser: the BEHEERDER reads a mailed link in the default run, and every page is accessible. */
class PostBrowserTest extends BrowserTest {

    @Autowired
    Testgegevens gegevens;
    @Autowired
    PostService post;
    @Autowired
    TestSmtp smtp;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void beheerderLeestDeUitgaandePostEnOpentDeLinkUitEenBericht() throws Exception {
        var gemeente = gegevens.gemeente();
        var mislukt = berichtDatNietVerzondenKonWorden(gemeente.id());
        post.verstuur(Testpost.bericht(gemeente.id(), "Herinnering: de afspraken wachten op uw handtekening"));
        post.verstuur(Testpost.uitnodiging(gemeente.id(), "token-browser"));
        login(gegevens.account(gemeente.id(), Rol.BEHEERDER), Testgegevens.WACHTWOORD);

        var hoofdmenu = page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Hoofdmenu"));
        // The section is in the menu's group "Beheer" (issue 15): open it first.
        hoofdmenu.locator("summary", new com.microsoft.playwright.Locator.LocatorOptions().setHasText("Beheer")).click();
        hoofdmenu.getByText("Uitgaande e-mail").click();
        assertThat(page.locator("h1")).hasText("Uitgaande e-mail");
        assertThat(page.locator("tbody tr")).hasCount(3);
        assertThat(page.locator("tbody tr").first()).containsText(Testpost.ONDERWERP);
        assertThat(page.locator("tbody tr").first()).containsText("Niet verzonden (geen SMTP)");
        assertThat(page.locator("tbody tr").last()).containsText("Mislukt, wordt opnieuw geprobeerd");
        assertGeenToegankelijkheidsproblemen(page);
        schermafdruk("lijst");

        var onderwerp = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(Testpost.ONDERWERP));
        tabNaar(onderwerp);
        page.keyboard().press("Enter");
        assertThat(page.locator("h1")).hasText(Testpost.ONDERWERP);
        assertThat(page.locator(".bericht-tekst")).containsText("Uw code is 482913");
        assertThat(page.locator(".bijlagen")).containsText("Samenwerkingsafspraken Oost – versie 2.pdf");
        assertGeenToegankelijkheidsproblemen(page);
        schermafdruk("detail");
        assertThat(page.locator(".bericht-links a"))
                .hasAttribute("href", "https://wijkafspraken.example/ondertekenen/token-browser");

        page.navigate(url("/beheer/post/" + mislukt));
        assertThat(page.locator("dl")).containsText("Connection refused");
        assertThat(page.locator("main")).not().containsText("Tekst van");
        assertGeenToegankelijkheidsproblemen(page);
        schermafdruk("mislukt");
    }

    /** A message for an SMTP server that is down: waits for the retry job, its text is not shown. */
    private long berichtDatNietVerzondenKonWorden(long gemeenteId) throws Exception {
        smtp.gebruik(Testpost.geslotenPoort());
        try {
            var id = post.verstuur(Testpost.bericht(gemeenteId, "Uitnodiging die niet aankwam"));
            await().atMost(Duration.ofSeconds(10)).until(() -> "MISLUKT".equals(
                    jdbc.queryForObject("select status from uitgaand_bericht where id = ?", String.class, id)));
            return id;
        } finally {
            smtp.geen();
        }
    }
}
