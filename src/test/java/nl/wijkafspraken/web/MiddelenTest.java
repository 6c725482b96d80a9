package nl.wijkafspraken.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import nl.wijkafspraken.support.IntegratieTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/**
 * Links go straight to their files (issue #11): htmx at its versioned WebJar path, served from the jar, and no
 * resource chain that looks up every link of a page.
 */
@IntegratieTest
class MiddelenTest {

    private static final Pattern HTMX =
            Pattern.compile("src=\"(/webjars/htmx\\.org/[0-9][^/\"]*/dist/htmx\\.min\\.js)\"");

    @Autowired
    MockMvcTester mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    Middelen middelen;

    @Test
    void deLayoutLinktHtmxOpHetPadMetVersieEnDatPadGeeftHetBestand() throws Exception {
        var pagina = mvc.get().uri("/toegankelijkheid").exchange();
        assertThat(pagina).hasStatusOk();
        var gevonden = HTMX.matcher(pagina.getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(gevonden.find()).as("the layout links htmx with its version").isTrue();
        assertThat(gevonden.group(1)).isEqualTo(middelen.getHtmx());

        var bestand = mvc.get().uri(middelen.getHtmx()).exchange();
        assertThat(bestand).hasStatusOk();
        assertThat(bestand.getResponse().getContentAsByteArray()).hasSizeGreaterThan(10_000);
    }

    @Test
    void geenResourceketenDieElkeLinkOpzoekt() {
        assertThat(context.getBeanNamesForType(ResourceUrlEncodingFilter.class)).isEmpty();
    }
}
