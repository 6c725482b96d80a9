package nl.wijkafspraken.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import nl.wijkafspraken.gedeeld.Rol;
import nl.wijkafspraken.support.IntegratieTest;
import nl.wijkafspraken.support.MockMvcSessies;
import nl.wijkafspraken.support.TestKlok;
import nl.wijkafspraken.support.Testgegevens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * Sessions end when they should: after a password reset, a role change and a deactivation by a BEHEERDER, and on
 * the user's own password change (the other sessions; the one that changed stays); after the absolute lifetime and
 * after 30 minutes without a request (in the shared session store); and a session that timed out sends to the login
 * page with a message. Each user logs in through the real form, in
 * sessions of their own, as in two browsers.
 */
@IntegratieTest
class SessieTest {

    private static final String NIEUW = "een-heel-nieuw-wachtwoord";

    @Autowired
    MockMvcTester mvc;
    @Autowired
    Testgegevens gegevens;
    @Autowired
    TestKlok klok;
    @Autowired
    JdbcTemplate jdbc;

    private Inloggen inloggen;

    @BeforeEach
    void eigenAdres() {
        inloggen = Inloggen.vanEigenAdres(mvc);
    }

    private long id(String naam) {
        return new AccountRijen(jdbc).id(naam);
    }

    private long versie(String naam) {
        return new AccountRijen(jdbc).versie(id(naam));
    }

    @Test
    void eenWachtwoordresetBeeindigtDeSessiesVanDeGebruikerMaarNietDieVanDeBeheerder() {
        var gemeente = gegevens.gemeente().id();
        var beheerder = inloggen.sessie(gegevens.account(gemeente, Rol.BEHEERDER), Testgegevens.WACHTWOORD);
        var naam = gegevens.account(gemeente, Rol.AMBTENAAR);
        var gebruiker = inloggen.sessie(naam, Testgegevens.WACHTWOORD);
        assertThat(inloggen.werkt(gebruiker)).isTrue();

        assertThat(mvc.post().uri("/beheer/accounts/" + id(naam) + "/wachtwoord").session(beheerder).with(csrf())
                .param("versie", String.valueOf(versie(naam))).param("wachtwoord", NIEUW))
                .hasStatus3xxRedirection();

        assertThat(mvc.get().uri("/").session(gebruiker)).hasStatus3xxRedirection()
                .hasRedirectedUrl("/login?verlopen");
        assertThat(inloggen.werkt(beheerder)).isTrue();
        assertThat(mvc.get().uri("/login?verlopen")).bodyText()
                .contains("Uw sessie is verlopen of beëindigd. Log opnieuw in.");
    }

    @Test
    void eenRolwijzigingBeeindigtDeSessiesVanDeGebruiker() {
        var gemeente = gegevens.gemeente().id();
        var beheerder = inloggen.sessie(gegevens.account(gemeente, Rol.BEHEERDER), Testgegevens.WACHTWOORD);
        var naam = gegevens.account(gemeente, Rol.AMBTENAAR);
        var gebruiker = inloggen.sessie(naam, Testgegevens.WACHTWOORD);

        assertThat(mvc.post().uri("/beheer/accounts/" + id(naam)).session(beheerder).with(csrf())
                .param("versie", String.valueOf(versie(naam))).param("naam", "Test " + naam)
                .param("email", naam + "@test.example").param("rollen", "SECRETARIS")).hasStatus3xxRedirection();

        assertThat(inloggen.werkt(gebruiker)).isFalse();
        assertThat(inloggen.werkt(beheerder)).isTrue();
    }

    @Test
    void eenOngewijzigdeRolLaatDeSessieStaan() {
        var gemeente = gegevens.gemeente().id();
        var beheerder = inloggen.sessie(gegevens.account(gemeente, Rol.BEHEERDER), Testgegevens.WACHTWOORD);
        var naam = gegevens.account(gemeente, Rol.AMBTENAAR);
        var gebruiker = inloggen.sessie(naam, Testgegevens.WACHTWOORD);

        assertThat(mvc.post().uri("/beheer/accounts/" + id(naam)).session(beheerder).with(csrf())
                .param("versie", String.valueOf(versie(naam))).param("naam", "Andere naam")
                .param("email", naam + "@test.example").param("rollen", "AMBTENAAR")).hasStatus3xxRedirection();

        assertThat(inloggen.werkt(gebruiker)).isTrue();
    }

    @Test
    void deactiverenBeeindigtDeSessiesEnDanKanHetAccountNietMeerInloggen() {
        var gemeente = gegevens.gemeente().id();
        var beheerder = inloggen.sessie(gegevens.account(gemeente, Rol.BEHEERDER), Testgegevens.WACHTWOORD);
        var naam = gegevens.account(gemeente, Rol.AMBTENAAR);
        var gebruiker = inloggen.sessie(naam, Testgegevens.WACHTWOORD);

        assertThat(mvc.post().uri("/beheer/accounts/" + id(naam) + "/deactiveren").session(beheerder).with(csrf())
                .param("versie", String.valueOf(versie(naam)))).hasStatus3xxRedirection()
                .hasRedirectedUrl("/beheer/accounts/" + id(naam));

        assertThat(inloggen.werkt(gebruiker)).isFalse();
        assertThat(inloggen.poging(naam, Testgegevens.WACHTWOORD)).as("the same answer as a wrong password")
                .redirectedUrl().isEqualTo("/login?error");
        assertThat(new AccountRijen(jdbc).rollen(id(naam))).as("history and roles stay")
                .containsExactly(gemeente + " AMBTENAAR");

        assertThat(mvc.post().uri("/beheer/accounts/" + id(naam) + "/activeren").session(beheerder).with(csrf())
                .param("versie", String.valueOf(versie(naam)))).hasStatus3xxRedirection();
        assertThat(inloggen.poging(naam, Testgegevens.WACHTWOORD)).redirectedUrl().isEqualTo("/");
    }

    @Test
    void deEigenWachtwoordwijzigingBeeindigtDeAndereSessieMaarNietDeze() {
        var naam = gegevens.account(gegevens.gemeente().id(), Rol.BESTUURDER);
        var telefoon = inloggen.sessie(naam, Testgegevens.WACHTWOORD);
        var laptop = inloggen.sessie(naam, Testgegevens.WACHTWOORD);

        assertThat(mvc.post().uri("/account/wachtwoord").session(laptop).with(csrf())
                .param("huidigWachtwoord", Testgegevens.WACHTWOORD).param("nieuwWachtwoord", NIEUW)
                .param("herhaling", NIEUW)).hasStatus3xxRedirection().hasRedirectedUrl("/account/wachtwoord");

        assertThat(inloggen.werkt(telefoon)).isFalse();
        assertThat(inloggen.werkt(laptop)).isTrue();
    }

    @Test
    void naTienUurIsDeSessieVerlopenHoeActiefOokGebruikt() {
        var sessie = inloggen.sessie(gegevens.account(gegevens.gemeente().id(), Rol.AMBTENAAR),
                Testgegevens.WACHTWOORD);
        assertThat(inloggen.werkt(sessie)).isTrue();

        klok.op(LocalDate.now(klok).plusDays(1), () -> assertThat(mvc.get().uri("/").session(sessie))
                .hasStatus3xxRedirection().hasRedirectedUrl("/login?verlopen"));
        assertThat(inloggen.werkt(sessie)).isFalse();
    }

    @Test
    void eenVerlopenSessieGaatNaarDeInlogpaginaMetMeldingBehalveOpOpenbarePaginas() {
        assertThat(mvc.get().uri("/wijkoverleggen").cookie(onbekendeSessie())).hasStatus3xxRedirection()
                .redirectedUrl().endsWith("/login?verlopen");
        assertThat(mvc.get().uri("/wijkoverleggen")).hasStatus3xxRedirection().redirectedUrl().endsWith("/login");
        assertThat(mvc.get().uri("/openbaar").cookie(onbekendeSessie())).hasStatusOk();
    }

    @Test
    void naDertigMinutenZonderVerzoekIsDeSessieVerlopen() {
        var sessie = inloggen.sessie(gegevens.account(gegevens.gemeente().id(), Rol.AMBTENAAR),
                Testgegevens.WACHTWOORD);
        var id = MockMvcSessies.sessieId(sessie);
        assertThat(jdbc.queryForObject("select max_inactive_interval from spring_session where session_id = ?",
                Integer.class, id)).as("30 minutes, in the shared store").isEqualTo(30 * 60);

        // 29 minutes idle: still logged in (and the request counts as activity again).
        jdbc.update("update spring_session set last_access_time = last_access_time - ?, expiry_time = expiry_time - ?"
                + " where session_id = ?", 29 * 60_000L, 29 * 60_000L, id);
        assertThat(inloggen.werkt(sessie)).isTrue();

        jdbc.update("update spring_session set last_access_time = last_access_time - ?, expiry_time = expiry_time - ?"
                + " where session_id = ?", 31 * 60_000L, 31 * 60_000L, id);
        assertThat(mvc.get().uri("/").session(sessie)).hasStatus3xxRedirection().hasRedirectedUrl("/login?verlopen");
    }

    @Test
    void eenOnleesbaarSessieattribuutLogtUitInPlaatsVanEenServerfout() {
        var sessie = inloggen.sessie(gegevens.account(gegevens.gemeente().id(), Rol.AMBTENAAR),
                Testgegevens.WACHTWOORD);
        assertThat(inloggen.werkt(sessie)).isTrue();

        // As after an upgrade that changed a class in the session: the stored login no longer deserialises.
        assertThat(jdbc.update("update spring_session_attributes set attribute_bytes = '\\xaced0005deadbeef'::bytea"
                + " where attribute_name = 'SPRING_SECURITY_CONTEXT' and session_primary_id ="
                + " (select primary_id from spring_session where session_id = ?)",
                MockMvcSessies.sessieId(sessie))).isEqualTo(1);

        assertThat(mvc.get().uri("/").session(sessie)).hasStatus3xxRedirection().redirectedUrl().startsWith("/login");
    }

    /** The cookie of a session the store does not know (expired and cleaned up), base64 as Spring Session writes it. */
    private static Cookie onbekendeSessie() {
        return new Cookie(MockMvcSessies.COOKIE,
                Base64.getEncoder().encodeToString("verlopen-sessie".getBytes(StandardCharsets.UTF_8)));
    }
}
