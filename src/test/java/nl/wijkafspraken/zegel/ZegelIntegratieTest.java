package nl.wijkafspraken.zegel;

import static org.assertj.core.api.Assertions.assertThat;

import nl.wijkafspraken.support.IntegratieTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The seal as the app wires it: in the tests with a test certificate generated into a throw-away folder. */
@IntegratieTest
class ZegelIntegratieTest {

    @Autowired
    ZegelService zegel;

    @Test
    void deAppVerzegeltEnHerkentHaarEigenZegel() {
        var verzegeld = zegel.verzegel(Testpdf.maak(), "Ondertekende samenwerkingsafspraken", "Testgemeente");

        var controle = zegel.controleer(verzegeld);
        assertThat(controle.geldig()).isTrue();
        assertThat(controle.ondertekenaar()).contains("Wijkafspraken zegel (test)");
    }
}
