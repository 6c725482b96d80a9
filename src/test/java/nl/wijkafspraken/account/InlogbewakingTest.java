package nl.wijkafspraken.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import nl.wijkafspraken.gedeeld.Rol;
import nl.wijkafspraken.support.IntegratieTest;
import nl.wijkafspraken.support.TestKlok;
import nl.wijkafspraken.support.Testgegevens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Password guessing: five failures in a row block the name for a quarter of an hour, known or not, in every
 * spelling that normalises to it.
 */
@IntegratieTest
class InlogbewakingTest {

    @Autowired
    MockMvcTester mvc;
    @Autowired
    Testgegevens gegevens;
    @Autowired
    TestKlok klok;
    @Autowired
    AccountService accounts;

    private Inloggen inloggen;

    @BeforeEach
    void eigenAdres() {
        inloggen = Inloggen.vanEigenAdres(mvc);
    }

    private MvcTestResult login(String naam, String wachtwoord) {
        return inloggen.poging(naam, wachtwoord).exchange();
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

    @Test
    void lookAlikeSpellingenTellenVoorDezelfdeNaam() {
        var naam = gegevens.account(gegevens.gemeente().id(), Rol.SECRETARIS);
        // ſ (U+017F, long s) and full-width letters are the same name after NFKC; each spelling once used to get
        // five fresh guesses, and a success in one spelling cleared the block of another.
        var spellingen = List.of(naam.replace('s', 'ſ'), naam.toUpperCase(), "ｓ" + naam.substring(1),
                " " + naam + " ", naam.replace('s', 'ſ').toUpperCase());
        for (int i = 0; i < spellingen.size(); i++) {
            assertThat(login(spellingen.get(i), "geraden-" + i)).redirectedUrl().isEqualTo("/login?error");
        }

        assertThat(login(naam, Testgegevens.WACHTWOORD)).redirectedUrl().isEqualTo("/login?geblokkeerd");
        assertThat(login(naam.replace('s', 'ſ'), Testgegevens.WACHTWOORD)).redirectedUrl()
                .isEqualTo("/login?geblokkeerd");
    }

    @Test
    void eenPuntlozeIIsEenAndereNaamEnOpentHetAccountNiet() {
        var gemeente = gegevens.gemeente().id();
        var naam = "sisi-" + gemeente;
        accounts.registreer(naam, "Sisi", null, Testgegevens.WACHTWOORD, gemeente, List.of(Rol.AMBTENAAR), List.of());

        assertThat(login("sısi-" + gemeente, Testgegevens.WACHTWOORD)).as("PostgreSQL's upper() found sisi")
                .redirectedUrl().isEqualTo("/login?error");
        assertThat(login("SISI-" + gemeente, Testgegevens.WACHTWOORD)).redirectedUrl().isEqualTo("/");
    }

    @Test
    void eenNieuwAccountMetEenLookAlikeVanEenBestaandeNaamWordtGeweigerd() {
        var gemeente = gegevens.gemeente().id();
        var naam = gegevens.account(gemeente, Rol.SECRETARIS);

        assertThat(accounts.bestaat(naam.replace('s', 'ſ'))).isTrue();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> accounts.registreer(naam.replace('s', 'ſ'), "Dubbel",
                null, Testgegevens.WACHTWOORD, gemeente, List.of(Rol.AMBTENAAR), List.of()))
                .hasMessage("account.gebruikersnaam.bestaat");
    }
}
