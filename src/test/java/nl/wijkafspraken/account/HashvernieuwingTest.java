package nl.wijkafspraken.account;

import static org.assertj.core.api.Assertions.assertThat;

import nl.wijkafspraken.gedeeld.Rol;
import nl.wijkafspraken.support.IntegratieTest;
import nl.wijkafspraken.support.Testgegevens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** A BCrypt hash from before Argon2id becomes an Argon2id hash at the next successful login, and only then. */
@IntegratieTest
class HashvernieuwingTest {

    @Autowired
    MockMvcTester mvc;
    @Autowired
    Testgegevens gegevens;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PasswordEncoder passwordEncoder;

    private String hash(String naam) {
        return jdbc.queryForObject("select wachtwoord_hash from account where gebruikersnaam = ?", String.class, naam);
    }

    private String metBcrypt(String naam) {
        var bcrypt = "{bcrypt}" + new BCryptPasswordEncoder().encode(Testgegevens.WACHTWOORD);
        jdbc.update("update account set wachtwoord_hash = ? where gebruikersnaam = ?", bcrypt, naam);
        return bcrypt;
    }

    @Test
    void eenBcryptHashWordtNaHetInloggenArgon2id() {
        var naam = gegevens.account(gegevens.gemeente().id(), Rol.AMBTENAAR);
        metBcrypt(naam);
        var inloggen = Inloggen.vanEigenAdres(mvc);

        assertThat(inloggen.poging(naam, Testgegevens.WACHTWOORD)).redirectedUrl().isEqualTo("/");

        var nieuw = hash(naam);
        assertThat(nieuw).startsWith("{argon2}").contains("$argon2id$");
        assertThat(passwordEncoder.matches(Testgegevens.WACHTWOORD, nieuw)).isTrue();
        assertThat(inloggen.poging(naam, Testgegevens.WACHTWOORD)).redirectedUrl().isEqualTo("/");
        assertThat(hash(naam)).isEqualTo(nieuw);
    }

    @Test
    void eenMisluktInlogLaatDeBcryptHashStaan() {
        var naam = gegevens.account(gegevens.gemeente().id(), Rol.AMBTENAAR);
        var bcrypt = metBcrypt(naam);

        assertThat(Inloggen.vanEigenAdres(mvc).poging(naam, "niet-het-goede-wachtwoord")).redirectedUrl()
                .isEqualTo("/login?error");

        assertThat(hash(naam)).isEqualTo(bcrypt);
    }

    @Test
    void eenGedeactiveerdAccountKrijgtGeenNieuweHash() {
        var naam = gegevens.account(gegevens.gemeente().id(), Rol.AMBTENAAR);
        var bcrypt = metBcrypt(naam);
        jdbc.update("update account set actief = false where gebruikersnaam = ?", naam);

        assertThat(Inloggen.vanEigenAdres(mvc).poging(naam, Testgegevens.WACHTWOORD)).redirectedUrl()
                .isEqualTo("/login?error");

        assertThat(hash(naam)).isEqualTo(bcrypt);
    }
}
