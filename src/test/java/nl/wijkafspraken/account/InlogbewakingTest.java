package nl.wijkafspraken.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;

import java.time.LocalDate;
import nl.wijkafspraken.gedeeld.Rol;
import nl.wijkafspraken.support.IntegratieTest;
import nl.wijkafspraken.support.TestKlok;
import nl.wijkafspraken.support.Testgegevens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Password guessing: five failures in a row block the name for a quarter of an hour, known or not. */
@IntegratieTest
class InlogbewakingTest {

    @Autowired
    MockMvcTester mvc;
    @Autowired
    Testgegevens gegevens;
    @Autowired
    TestKlok klok;

    private MvcTestResult login(String naam, String wachtwoord) {
        return mvc.perform(formLogin().user(naam).password(wachtwoord));
    }

    private void misluktKeer(String naam, int keer) {
        for (int i = 0; i < keer; i++) {
            assertThat(login(naam, "geraden-" + i)).redirectedUrl().isEqualTo("/login?error");
        }
    }

    @Test
    void naVijfMislukteInlogpogingenKomtZelfsHetJuisteWachtwoordEenKwartierNietBinnen() {
        var naam = gegevens.account(gegevens.gemeente().id(), Rol.AMBTENAAR);
        misluktKeer(naam, Inlogbewaking.MAX_MISLUKT);

        assertThat(login(naam, Testgegevens.WACHTWOORD)).redirectedUrl().isEqualTo("/login?geblokkeerd");
        assertThat(login(naam.toUpperCase(), Testgegevens.WACHTWOORD)).as("the name in other case is the same name")
                .redirectedUrl().isEqualTo("/login?geblokkeerd");
        assertThat(mvc.get().uri("/login?geblokkeerd")).hasStatusOk().bodyText()
                .contains("Te veel mislukte pogingen met deze gebruikersnaam.");

        var morgen = LocalDate.now(klok).plusDays(1);
        klok.op(morgen, () -> assertThat(login(naam, Testgegevens.WACHTWOORD)).redirectedUrl().isEqualTo("/"));
    }

    @Test
    void eenGeslaagdeLoginZetDeTellingTerug() {
        var naam = gegevens.account(gegevens.gemeente().id(), Rol.AMBTENAAR);
        misluktKeer(naam, Inlogbewaking.MAX_MISLUKT - 1);
        assertThat(login(naam, Testgegevens.WACHTWOORD)).redirectedUrl().isEqualTo("/");
        misluktKeer(naam, Inlogbewaking.MAX_MISLUKT - 1);

        assertThat(login(naam, Testgegevens.WACHTWOORD)).redirectedUrl().isEqualTo("/");
    }

    @Test
    void eenOnbekendeNaamWordtNetZoGeblokkeerdAlsEenBestaande() {
        var onbekend = "bestaat-niet-" + System.nanoTime();
        misluktKeer(onbekend, Inlogbewaking.MAX_MISLUKT);

        assertThat(login(onbekend, Testgegevens.WACHTWOORD)).redirectedUrl().isEqualTo("/login?geblokkeerd");
    }

    @Test
    void eenBlokkadeGeldtAlleenVoorDieNaam() {
        var gemeente = gegevens.gemeente().id();
        var geraden = gegevens.account(gemeente, Rol.AMBTENAAR);
        var collega = gegevens.account(gemeente, Rol.AMBTENAAR);
        misluktKeer(geraden, Inlogbewaking.MAX_MISLUKT);

        assertThat(login(collega, Testgegevens.WACHTWOORD)).redirectedUrl().isEqualTo("/");
    }
}
