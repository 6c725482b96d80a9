package nl.wijkafspraken.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static nl.wijkafspraken.support.Testgegevens.WACHTWOORD;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import nl.wijkafspraken.gedeeld.Rol;
import nl.wijkafspraken.support.BrowserTest;
import nl.wijkafspraken.support.DatabaseOnderbreker;
import nl.wijkafspraken.support.Testgegevens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A civil servant at work when the database goes away: the next page is the Dutch "Tijdelijk niet beschikbaar"
 * page in the layout (readable and accessible, also on a phone), and when the database is back the same click
 * works again, still logged in.
 */
class DatabasestoringBrowserTest extends BrowserTest {

    @Autowired
    Testgegevens gegevens;
    @Autowired
    DatabaseOnderbreker database;

    @AfterEach
    void databaseTerug() {
        database.herstel();
    }

    /** The pool tries the database again after a pause of up to a few seconds; readiness says when it has. */
    private void wachtTotGereed() {
        var uiterlijk = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (page.request().get(url("/actuator/health/readiness")).status() != 200) {
            assertThat(System.nanoTime()).as("ready again within 15 s").isLessThan(uiterlijk);
            page.waitForTimeout(250);
        }
    }

    @Test
    void tijdensEenStoringZietDeAmbtenaarDeNederlandsePaginaEnDaarnaWeerZijnWerk() {
        login(gegevens.account(gegevens.gemeente().id(), Rol.AMBTENAAR), WACHTWOORD);

        database.onderbreek();
        var antwoord = page.navigate(url("/"));

        assertThat(antwoord.status()).isEqualTo(503);
        assertThat(page.title()).startsWith("Tijdelijk niet beschikbaar");
        assertThat(page.locator("h1")).hasText("Tijdelijk niet beschikbaar");
        assertThat(page.locator("main")).containsText("omdat de database niet bereikbaar is");
        assertGeenToegankelijkheidsproblemen(page);
        schermafdruk("storing");
        bekijkOpTelefoons("/", "storing");

        database.herstel();
        wachtTotGereed();
        assertThat(page.navigate(url("/")).status()).isEqualTo(200);
        assertThat(page.locator("h1")).not().hasText("Tijdelijk niet beschikbaar");
    }
}
