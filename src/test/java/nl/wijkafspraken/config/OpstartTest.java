package nl.wijkafspraken.config;

import static org.assertj.core.api.Assertions.assertThat;

import nl.wijkafspraken.support.IntegratieTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * Readiness says UP only when the start-up work is done (issue 14, part 8): while the listeners of the
 * ApplicationReadyEvent (demo data, first BEHEERDER) run, the web server already answers, but readiness is 503
 * OUT_OF_SERVICE, so no load balancer or compose healthcheck sends users to a half-loaded app.
 */
@IntegratieTest
class OpstartTest {

    @Autowired
    MockMvcTester mvc;

    @Test
    void tijdensHetOpstartwerkIsDeAppNogNietGereed() {
        var waarneming = Opstartwaarnemer.tijdensOpstartwerk();

        assertThat(waarneming).as("the start-up listener asked the running server").isNotNull();
        assertThat(waarneming.status()).isEqualTo(503);
        assertThat(waarneming.body()).contains("\"status\":\"OUT_OF_SERVICE\"");
    }

    @Test
    void naHetOpstartwerkIsDeAppGereed() {
        assertThat(mvc.get().uri("/actuator/health/readiness")).hasStatusOk().bodyText().contains("\"status\":\"UP\"");
    }
}
