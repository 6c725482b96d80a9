package nl.wijkafspraken.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import nl.wijkafspraken.gedeeld.Rol;
import nl.wijkafspraken.support.IntegratieTest;
import nl.wijkafspraken.support.Testgegevens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;

/** Every logged-in user changes their own password, only with the current one, to one that meets the rules. */
@IntegratieTest
class EigenWachtwoordTest {

    private static final String NIEUW = "fietsen-langs-de-westeinderplassen";

    @Autowired
    MockMvcTester mvc;
    @Autowired
    Testgegevens gegevens;
    @Autowired
    JdbcTemplate jdbc;

    private MockMvcRequestBuilder wijzig(String naam, String huidig, String nieuw, String herhaling) {
        return mvc.post().uri("/account/wachtwoord").with(user(naam)).with(csrf()).param("huidigWachtwoord", huidig)
                .param("nieuwWachtwoord", nieuw).param("herhaling", herhaling);
    }

    private String hash(String naam) {
        return jdbc.queryForObject("select wachtwoord_hash from account where gebruikersnaam = ?", String.class, naam);
    }

    @Test
    void elkeRolBereiktDePaginaVanuitDeKop() {
        var gemeente = gegevens.gemeente();
        var naam = gegevens.bestuurslid(gemeente.id(),
                gegevens.wijkoverleg(gemeente.id(), "Wijkoverleg Kop", java.util.Set.of(gemeente.wijkNoord())));
        assertThat(mvc.get().uri("/").with(user(naam))).bodyText().contains("href=\"/account/wachtwoord\"");
        assertThat(mvc.get().uri("/account/wachtwoord").with(user(naam))).hasStatusOk().bodyText()
                .contains("Huidig wachtwoord", "Nieuw wachtwoord", "Herhaal het nieuwe wachtwoord");
        assertThat(mvc.get().uri("/account/wachtwoord")).hasStatus3xxRedirection();
    }

    @Test
    void metHetJuisteHuidigeWachtwoordWordtHetNieuweOpgeslagen() {
        var naam = gegevens.account(gegevens.gemeente().id(), Rol.AMBTENAAR);

        assertThat(wijzig(naam, Testgegevens.WACHTWOORD, NIEUW, NIEUW)).hasStatus3xxRedirection()
                .hasRedirectedUrl("/account/wachtwoord").flash().containsKey("melding");

        var inloggen = Inloggen.vanEigenAdres(mvc);
        assertThat(inloggen.poging(naam, NIEUW)).redirectedUrl().isEqualTo("/");
        assertThat(inloggen.poging(naam, Testgegevens.WACHTWOORD)).redirectedUrl().isEqualTo("/login?error");
        assertThat(jdbc.queryForList("select samenvatting from audit_regel where actie = 'WACHTWOORD_GEWIJZIGD' "
                + "and gebruikersnaam = ?", String.class, naam)).singleElement().asString()
                .contains(naam).doesNotContain(NIEUW, Testgegevens.WACHTWOORD);
    }

    @Test
    void eenOnjuistHuidigWachtwoordWordtGeweigerdEnTeltAlsMisluktePoging() {
        var naam = gegevens.account(gegevens.gemeente().id(), Rol.AMBTENAAR);
        var voor = hash(naam);

        assertThat(wijzig(naam, "niet-mijn-wachtwoord", NIEUW, NIEUW)).hasStatusOk().bodyText()
                .contains("Het huidige wachtwoord klopt niet.").doesNotContain(NIEUW, "niet-mijn-wachtwoord");
        assertThat(hash(naam)).isEqualTo(voor);

        for (int i = 1; i < Inlogbewaking.MAX_MISLUKT; i++) {
            wijzig(naam, "niet-mijn-wachtwoord-" + i, NIEUW, NIEUW).exchange();
        }
        assertThat(wijzig(naam, Testgegevens.WACHTWOORD, NIEUW, NIEUW)).as("guessing here blocks the name too")
                .hasStatusOk().bodyText().contains("Te veel mislukte pogingen.");
        assertThat(hash(naam)).isEqualTo(voor);
    }

    @Test
    void veelgebruiktWachtwoordGebruikersnaamEnTeKortWordenGeweigerdBijHetVeld() {
        var naam = gegevens.account(gegevens.gemeente().id(), Rol.AMBTENAAR);
        var voor = hash(naam);

        assertThat(wijzig(naam, Testgegevens.WACHTWOORD, "wachtwoord123", "wachtwoord123")).hasStatusOk().bodyText()
                .contains("Dit wachtwoord wordt veel gebruikt", "id=\"nieuwWachtwoord-fout\"");
        assertThat(wijzig(naam, Testgegevens.WACHTWOORD, naam + "-2026", naam + "-2026")).hasStatusOk().bodyText()
                .contains("mag de gebruikersnaam, de naam of het e-mailadres niet bevatten");
        assertThat(wijzig(naam, Testgegevens.WACHTWOORD, "elf-tekens!", "elf-tekens!")).hasStatusOk().bodyText()
                .contains("Kies een wachtwoord van minstens 12 en hoogstens 128 tekens.");
        assertThat(wijzig(naam, Testgegevens.WACHTWOORD, NIEUW, NIEUW + "x")).hasStatusOk().bodyText()
                .contains("Het herhaalde wachtwoord is anders");
        assertThat(hash(naam)).isEqualTo(voor);
    }
}
