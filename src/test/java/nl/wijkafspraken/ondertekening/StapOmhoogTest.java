package nl.wijkafspraken.ondertekening;

import static nl.wijkafspraken.support.AfsprakenGegevens.als;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.regex.Pattern;
import nl.wijkafspraken.ondertekening.Ondertekeningsgegevens.Situatie;
import nl.wijkafspraken.support.IntegratieTest;
import nl.wijkafspraken.support.Testgegevens;
import nl.wijkafspraken.support.TweedeStap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * Step-up at signing (issue 12, part 3): the wethouder confirms with a passkey or a TOTP code minutes before signing
 * for the gemeente, and the evidence records the method and the moment; without a second factor, with an old
 * confirmation or with only a recovery code, nothing is signed. Through the real pages and login, on PostgreSQL.
 */
@IntegratieTest
class StapOmhoogTest {

    private static final Pattern SLEUTEL = Pattern.compile("data-totp-sleutel[^>]*>([A-Z2-7 ]+)<");

    @Autowired
    Ondertekeningsgegevens og;
    @Autowired
    RondeService rondes;
    @Autowired
    MockMvcTester mvc;
    @Autowired
    JdbcTemplate jdbc;

    Situatie s;
    long ronde;
    Ondertekeningsgegevens.Wethouder wethouder;

    @BeforeEach
    void ronde() {
        s = og.situatie();
        ronde = als(s.ambtenaar(), () -> rondes.start(s.afspraken().id(), null));
        wethouder = og.wethouderMetMandaat(s.id());
    }

    @Test
    void zonderTweedeFactorKanDeWethouderNietTekenenEnKrijgtEenLinkOmInTeStellen() {
        var alleenWachtwoord = user(wethouder.login()).authorities(
                FactorGrantedAuthority.fromAuthority(FactorGrantedAuthority.PASSWORD_AUTHORITY));
        // The gate sends a BESTUURDER to enrolment first.
        assertThat(mvc.get().uri(tekenpagina()).with(alleenWachtwoord)).hasRedirectedUrl("/beveiliging");
        // A session without any factor (not a login of ours) reaches the page but cannot sign.
        assertThat(mvc.get().uri(tekenpagina()).with(user(wethouder.login()))).hasStatusOk().bodyText()
                .contains("U hebt nog geen van beide ingesteld", "Naar Beveiliging");
        assertThat(teken(mvc.post().uri(tekenpagina()).with(user(wethouder.login())))).hasStatusOk().bodyText()
                .contains("U hebt nog geen van beide ingesteld");
        assertThat(handtekeningen()).isZero();
    }

    @Test
    void metTotpBevestigtDeWethouderVlakVoorHetTekenenEnHetBewijsLegtDatVast() {
        var sessie = inloggenMetTotp();
        // The code typed to enrol counts as a confirmation for five minutes; the page says so.
        assertThat(mvc.get().uri(tekenpagina()).session(sessie)).hasStatusOk().bodyText()
                .contains("U hebt bevestigd met een code uit uw authenticator-app");
        // Confirming again on the signing page: a wrong code is refused, the next code accepted.

        var voor = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        assertThat(mvc.post().uri(tekenpagina() + "/bevestigen").session(sessie).with(csrf()).param("code", "12"))
                .hasStatusOk().bodyText().contains("Deze code klopt niet");
        assertThat(mvc.post().uri(tekenpagina() + "/bevestigen").session(sessie).with(csrf())
                .param("code", TweedeStap.code(wethouder.login()))).hasRedirectedUrl(tekenpagina());
        assertThat(teken(mvc.post().uri(tekenpagina()).session(sessie))).hasRedirectedUrl(
                "/ondertekening/rondes/" + ronde);

        var bewijs = jdbc.queryForMap("select bevestiging_methode, bevestiging_tijdstip, tijdstip from handtekening "
                + "where ronde_id = ? and soort = 'GEMEENTE'", ronde);
        assertThat(bewijs.get("bevestiging_methode")).isEqualTo("TOTP");
        var bevestigd = ((java.sql.Timestamp) bewijs.get("bevestiging_tijdstip")).toInstant();
        assertThat(bevestigd).isAfterOrEqualTo(voor)
                .isBeforeOrEqualTo(((java.sql.Timestamp) bewijs.get("tijdstip")).toInstant());
        assertThat(mvc.get().uri("/ondertekening/rondes/" + ronde).with(user(s.ambtenaar()))).hasStatusOk()
                .bodyText().contains("bevestigd met code uit authenticator-app op");
    }

    @Test
    void eenOudeBevestigingOfEenHerstelcodeTeltNietBijHetTekenen() {
        inloggenMetTotp();
        var oud = FactorGrantedAuthority.withAuthority("FACTOR_TOTP").issuedAt(Instant.now().minusSeconds(600))
                .build();
        assertThat(teken(mvc.post().uri(tekenpagina()).with(user(wethouder.login()).authorities(
                FactorGrantedAuthority.fromAuthority(FactorGrantedAuthority.PASSWORD_AUTHORITY), oud))))
                .hasStatusOk().bodyText().contains("Bevestig eerst met uw passkey");
        assertThat(teken(mvc.post().uri(tekenpagina()).with(user(wethouder.login()).authorities(
                FactorGrantedAuthority.fromAuthority(FactorGrantedAuthority.PASSWORD_AUTHORITY),
                FactorGrantedAuthority.fromAuthority("FACTOR_HERSTELCODE")))))
                .hasStatusOk().bodyText().contains("Bevestig eerst met uw passkey");
        assertThat(handtekeningen()).isZero();
    }

    @Test
    void eenAnderDanDeWethouderKanNietBevestigenOpDeTekenpagina() {
        assertThat(mvc.post().uri(tekenpagina() + "/bevestigen").with(user(s.ambtenaar())).with(csrf())
                .param("code", "123456")).hasStatus(403);
        assertThat(handtekeningen()).isZero();
    }

    /** Password, enrolment of the app (the gate asks for it), and the code: a fresh session of the wethouder. */
    private MockHttpSession inloggenMetTotp() {
        var sessie = (MockHttpSession) mvc.post().uri("/login").param("username", wethouder.login())
                .param("password", Testgegevens.WACHTWOORD).with(csrf()).exchange().getMvcResult().getRequest()
                .getSession(false);
        assertThat(mvc.get().uri("/").session(sessie)).hasRedirectedUrl("/beveiliging");
        var pagina = mvc.get().uri("/beveiliging/totp").session(sessie).exchange().getResponse();
        String html;
        try {
            html = pagina.getContentAsString(StandardCharsets.UTF_8);
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
        var sleutel = SLEUTEL.matcher(html);
        assertThat(sleutel.find()).isTrue();
        TweedeStap.onthoud(wethouder.login(), sleutel.group(1));
        assertThat(mvc.post().uri("/beveiliging/totp").session(sessie).with(csrf())
                .param("code", TweedeStap.code(wethouder.login()))).hasRedirectedUrl("/beveiliging");
        return sessie;
    }

    private MockMvcTester.MockMvcRequestBuilder teken(MockMvcTester.MockMvcRequestBuilder verzoek) {
        return verzoek.with(csrf()).param("naam", wethouder.naam()).param("akkoord", "true");
    }

    private String tekenpagina() {
        return "/ondertekening/rondes/" + ronde + "/ondertekenen";
    }

    private int handtekeningen() {
        return jdbc.queryForObject("select count(*) from handtekening where ronde_id = ? and soort = 'GEMEENTE'",
                Integer.class, ronde);
    }
}
