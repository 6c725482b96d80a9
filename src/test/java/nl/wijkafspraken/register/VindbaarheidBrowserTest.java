package nl.wijkafspraken.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import nl.wijkafspraken.support.BrowserTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 18, findable public pages, checked in Chromium the way Lighthouse's SEO audit does (Lighthouse itself is not
 * available offline here): every public page has {@code lang="nl"}, a meta description of reasonable length, a
 * canonical address of its own, an icon that loads, no console error, and robots.txt answers.
 */
class VindbaarheidBrowserTest extends BrowserTest {

    private static final String BASIS = "http://localhost:8080";

    @Autowired
    Registergegevens gegevens;

    Registergegevens.Register register;

    @BeforeEach
    void register() {
        register = gegevens.register();
    }

    @Test
    void elkeOpenbarePaginaHeeftBeschrijvingCanoniekAdresTaalEnIcoon() {
        var basis = "/openbaar/" + register.code();
        var paginas = List.of("/openbaar", basis, basis + "/wijkoverleggen", basis + "/afspraken",
                basis + "/afspraken/" + register.afsprakenId(), basis + "/afspraken/" + register.afsprakenId()
                        + "/versies/1", basis + "/afspraken/" + register.afsprakenId() + "/vergelijken",
                basis + "/convenanten", basis + "/besluiten", basis + "/besluiten/"
                        + register.vaststelling().identificatie(), basis + "/zoeken", "/toegankelijkheid");
        var fouten = new ArrayList<String>();
        page.onConsoleMessage(m -> {
            if ("error".equals(m.type())) {
                fouten.add(page.url() + ": " + m.text());
            }
        });
        var beschrijvingen = new ArrayList<String>();
        for (var pad : paginas) {
            var antwoord = page.navigate(url(pad));
            assertThat(antwoord.status()).as(pad).isEqualTo(200);
            assertThat(page.locator("html").getAttribute("lang")).as(pad).isEqualTo("nl");
            var beschrijving = page.locator("head meta[name=description]").getAttribute("content");
            assertThat(beschrijving).as(pad).isNotBlank().hasSizeBetween(50, 170);
            beschrijvingen.add(beschrijving);
            assertThat(page.locator("head link[rel=canonical]").count()).as(pad).isEqualTo(1);
            assertThat(page.locator("head link[rel=canonical]").getAttribute("href")).as(pad).isEqualTo(BASIS + pad);
            var icoon = page.locator("head link[rel=icon]").getAttribute("href");
            assertThat(page.request().get(url(icoon)).status()).as(icoon).isEqualTo(200);
        }
        assertThat(beschrijvingen).as("each page describes itself").doesNotHaveDuplicates();
        assertThat(fouten).isEmpty();

        page.navigate(url(basis + "/besluiten?pagina=0&utm_source=x"));
        assertThat(page.locator("head link[rel=canonical]").getAttribute("href")).isEqualTo(BASIS + basis
                + "/besluiten");
        page.navigate(url(basis + "/besluiten/B26-999999"));
        assertThat(page.locator("head link[rel=canonical]").count()).as("an error page has no canonical").isZero();

        assertThat(page.request().get(url("/favicon.ico")).status()).isEqualTo(200);
        var robots = page.request().get(url("/robots.txt"));
        assertThat(robots.status()).isEqualTo(200);
        assertThat(robots.text()).contains("Allow: /openbaar");
    }
}
