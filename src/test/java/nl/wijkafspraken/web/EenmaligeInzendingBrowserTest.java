package nl.wijkafspraken.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import nl.wijkafspraken.gedeeld.Rol;
import nl.wijkafspraken.support.BrowserTest;
import nl.wijkafspraken.support.Testgegevens;
import nl.wijkafspraken.support.Testgegevens.TestGemeente;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** A double click on a create form's button in a real browser makes one record, and a form with errors still works. */
class EenmaligeInzendingBrowserTest extends BrowserTest {

    @Autowired
    Testgegevens gegevens;
    @Autowired
    JdbcTemplate jdbc;

    TestGemeente gemeente;

    @BeforeEach
    void ingelogd() {
        gemeente = gegevens.gemeente();
        login(gegevens.account(gemeente.id(), Rol.AMBTENAAR), Testgegevens.WACHTWOORD);
    }

    private int wijkoverleggen(String naam) {
        return jdbc.queryForObject("select count(*) from wijkoverleg where gemeente_id = ? and naam = ?",
                Integer.class, gemeente.id(), naam);
    }

    private void vulIn(String naam) {
        page.getByLabel("Naam", new Page.GetByLabelOptions().setExact(true)).fill(naam);
        page.getByLabel("Noord").check();
        page.getByLabel("Actief").check();
        page.getByLabel("2 tekenbevoegde bestuursleden ondertekenen").check();
    }

    @Test
    void dubbelklikOpOpslaanMaaktEenWijkoverlegEnEenFormulierMetFoutenBlijftBruikbaar() {
        var verzonden = new AtomicInteger();
        page.onRequest(verzoek -> {
            if ("POST".equals(verzoek.method()) && verzoek.url().endsWith("/wijkoverleggen/nieuw")) {
                verzonden.incrementAndGet();
            }
        });
        page.navigate(url("/wijkoverleggen/nieuw"));

        // Empty, double-clicked: one request, the errors come back, and the new page's button works again.
        page.getByText("Opslaan").dblclick();
        assertThat(page.locator("#naam-fout")).containsText("Vul de naam van het wijkoverleg in.");
        assertThat(verzonden.get()).isEqualTo(1);
        assertThat(page.getByText("Opslaan")).not().hasAttribute("aria-disabled", "true");
        assertGeenToegankelijkheidsproblemen(page);

        vulIn("Wijkoverleg Dubbelklik");
        page.getByText("Opslaan").dblclick();
        assertThat(page.locator(".melding--succes")).containsText("Wijkoverleg Dubbelklik is geregistreerd.");
        assertThat(verzonden.get()).as("the second click of the double click is not sent").isEqualTo(2);
        assertThat(wijkoverleggen("Wijkoverleg Dubbelklik")).isOne();
        schermafdruk("na-dubbelklik");
    }

    @Test
    void hetzelfdeFormulierTweeKeerTegelijkVerstuurdMaaktEenWijkoverlegEnLeidtTweeKeerNaarDezelfdePagina() {
        page.navigate(url("/wijkoverleggen/nieuw"));
        vulIn("Wijkoverleg Tweemaal");

        // Past the script, as a browser without it or a replayed request would: twice the same form data at once.
        @SuppressWarnings("unchecked")
        var adressen = (List<String>) page.evaluate("""
                async () => {
                    const formulier = document.querySelector("form.formulier");
                    const gegevens = new URLSearchParams(new FormData(formulier));
                    const verstuur = () => fetch(formulier.action, {method: "POST", body: gegevens});
                    const antwoorden = await Promise.all([verstuur(), verstuur()]);
                    return antwoorden.map((antwoord) => new URL(antwoord.url).pathname);
                }""");

        assertThat(adressen).hasSize(2).allMatch(adres -> adres.matches("/wijkoverleggen/\\d+/bestuursleden/nieuw"));
        assertThat(adressen.get(0)).isEqualTo(adressen.get(1));
        assertThat(wijkoverleggen("Wijkoverleg Tweemaal")).isOne();
        page.navigate(url(adressen.get(0)));
        assertThat(page.locator("main")).containsText("Wijkoverleg Tweemaal");
    }
}
