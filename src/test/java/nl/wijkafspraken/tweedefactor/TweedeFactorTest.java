package nl.wijkafspraken.tweedefactor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import nl.wijkafspraken.gedeeld.Rol;
import nl.wijkafspraken.support.IntegratieTest;
import nl.wijkafspraken.support.MockMvcSessies;
import nl.wijkafspraken.support.Testgegevens;
import nl.wijkafspraken.support.TweedeStap;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * The second factor through the real login form and pages, on PostgreSQL: enrolment at first login for BEHEERDER,
 * SECRETARIS and BESTUURDER (offered to others), the code after the password, replay refused, recovery codes once
 * each, the block after five wrong codes, the SSO contract (FACTOR_IDP_MFA), and what a user who knows only the
 * password cannot do (add a factor, remove someone's passkey).
 */
@IntegratieTest
class TweedeFactorTest {

    private static final AtomicInteger ADRES = new AtomicInteger();
    private static final Pattern SLEUTEL = Pattern.compile("data-totp-sleutel[^>]*>([A-Z2-7 ]+)<");
    private static final Pattern HERSTELCODE = Pattern.compile("<code>([a-z0-9]{4}(?:-[a-z0-9]{4}){3})</code>");

    @Autowired
    MockMvcTester mvc;
    @Autowired
    Testgegevens gegevens;
    @Autowired
    JdbcTemplate jdbc;

    private final String ip = "198.18.200." + (ADRES.incrementAndGet() % 250 + 1);

    @Test
    void eenBeheerderMoetBijDeEersteLoginEenTweedeFactorInstellen() {
        var naam = gegevens.account(gegevens.gemeente().id(), Rol.BEHEERDER);
        var sessie = wachtwoord(naam);

        assertThat(mvc.get().uri("/").session(sessie)).hasRedirectedUrl("/beveiliging");
        assertThat(mvc.get().uri("/beheer/accounts").session(sessie)).hasRedirectedUrl("/beveiliging");
        assertThat(mvc.post().uri("/gemeente/wissel").session(sessie).with(csrf()).param("gemeenteId", "1"))
                .hasStatus(403);
        assertThat(mvc.get().uri("/beveiliging").session(sessie)).hasStatusOk().bodyText()
                .contains("Voor uw rol is een tweede stap bij het inloggen verplicht");

        var geheim = stelTotpIn(naam, sessie);

        assertThat(mvc.get().uri("/beheer/accounts").session(sessie)).hasStatusOk();
        var opgeslagen = jdbc.queryForObject("select geheim_versleuteld from totp_sleutel t join account a "
                + "on a.id = t.account_id where a.gebruikersnaam = ?", String.class, naam);
        assertThat(opgeslagen).doesNotContain(geheim);
        assertThat(audit(naam)).contains(Factorregistratie.INGESTELD);
    }

    @Test
    void verplichtVoorSecretarisEnBestuurderEnAangebodenAanDeAnderen() {
        var gemeente = gegevens.gemeente().id();
        assertThat(mvc.get().uri("/").session(wachtwoord(gegevens.account(gemeente, Rol.SECRETARIS))))
                .hasRedirectedUrl("/beveiliging");
        assertThat(mvc.get().uri("/").session(wachtwoord(gegevens.account(gemeente, Rol.BESTUURDER))))
                .hasRedirectedUrl("/beveiliging");
        var ambtenaar = wachtwoord(gegevens.account(gemeente, Rol.AMBTENAAR));
        assertThat(mvc.get().uri("/").session(ambtenaar)).hasStatusOk().bodyText().contains("Beveiliging");
        assertThat(mvc.get().uri("/beveiliging").session(ambtenaar)).hasStatusOk().bodyText()
                .doesNotContain("Voor uw rol is een tweede stap bij het inloggen verplicht");
    }

    @Test
    void naHetInstellenVraagtElkeLoginDeCodeEnWeigertHijDezelfdeCodeTweeKeer() {
        var naam = gegevens.account(gegevens.gemeente().id(), Rol.AMBTENAAR);
        var eerste = wachtwoord(naam);
        stelTotpIn(naam, eerste);

        var tweede = wachtwoord(naam);
        assertThat(mvc.get().uri("/").session(tweede)).hasRedirectedUrl("/tweede-factor");
        // With only the password: no new factor can be added, nothing else is reachable.
        assertThat(mvc.get().uri("/beveiliging").session(tweede)).hasRedirectedUrl("/tweede-factor");
        assertThat(mvc.get().uri("/beveiliging/totp").session(tweede)).hasRedirectedUrl("/tweede-factor");
        assertThat(mvc.post().uri("/webauthn/register/options").session(tweede).with(csrf())).hasStatus(403);
        assertThat(mvc.get().uri("/tweede-factor").session(tweede)).hasStatusOk().bodyText()
                .contains("Met uw authenticator-app", "Met een herstelcode");

        var code = TweedeStap.code(naam);
        var idMetAlleenWachtwoord = MockMvcSessies.sessieId(tweede);
        assertThat(mvc.post().uri("/tweede-factor/totp").session(tweede).with(csrf()).param("code", code))
                .hasRedirectedUrl("/");
        assertThat(MockMvcSessies.sessieId(tweede)).as("a new session id once the second factor is passed").isNotEqualTo(
                idMetAlleenWachtwoord);
        assertThat(mvc.get().uri("/").session(tweede)).hasStatusOk();

        // The same code again, in a third session: refused (replay), the session stays held.
        var derde = wachtwoord(naam);
        assertThat(mvc.post().uri("/tweede-factor/totp").session(derde).with(csrf()).param("code", code))
                .hasStatusOk().bodyText().contains("Deze code klopt niet of is al gebruikt");
        assertThat(mvc.get().uri("/").session(derde)).hasRedirectedUrl("/tweede-factor");
        assertThat(audit(naam)).contains(Factorregistratie.GELUKT, Factorregistratie.MISLUKT);
    }

    @Test
    void onzinAlsCodeGeeftEenMeldingBijHetVeld() {
        var naam = gegevens.account(gegevens.gemeente().id(), Rol.AMBTENAAR);
        stelTotpIn(naam, wachtwoord(naam));
        var sessie = wachtwoord(naam);
        for (var onzin : List.of("", "abcdef", "12345678901234567890123456789012345678901234567890")) {
            assertThat(mvc.post().uri("/tweede-factor/totp").session(sessie).with(csrf()).param("code", onzin))
                    .hasStatusOk().bodyText().containsAnyOf("Vul de code in.", "Deze code klopt niet");
        }
        assertThat(mvc.post().uri("/tweede-factor/totp").session(sessie).param("code", "123456")).hasStatus(403);
        assertThat(mvc.get().uri("/").session(sessie)).hasRedirectedUrl("/tweede-factor");
    }

    @Test
    void vijfFouteCodesBlokkerenDeTweedeFactorOokMetDeGoedeCodeEnOokNaOpnieuwInloggen() {
        var naam = gegevens.account(gegevens.gemeente().id(), Rol.AMBTENAAR);
        stelTotpIn(naam, wachtwoord(naam));
        for (int i = 0; i < Factorbewaking.MAX_MISLUKT; i++) {
            var sessie = wachtwoord(naam);
            mvc.post().uri("/tweede-factor/totp").session(sessie).with(csrf()).param("code", "000000").exchange();
        }
        var sessie = wachtwoord(naam);
        assertThat(mvc.post().uri("/tweede-factor/totp").session(sessie).with(csrf())
                .param("code", TweedeStap.code(naam))).hasStatusOk().bodyText().contains("Te veel onjuiste codes");
        assertThat(mvc.get().uri("/").session(sessie)).hasRedirectedUrl("/tweede-factor");
    }

    @Test
    void eenHerstelcodeWerktEenKeerEnNieuweCodesMakenDeOudeOngeldig() {
        var naam = gegevens.account(gegevens.gemeente().id(), Rol.AMBTENAAR);
        var sessie = wachtwoord(naam);
        assertThat(mvc.post().uri("/beveiliging/herstelcodes").session(sessie).with(csrf()))
                .hasRedirectedUrl("/beveiliging");
        assertThat(aantalHerstelcodes(naam)).isZero();
        stelTotpIn(naam, sessie);
        var codes = herstelcodes(sessie);
        assertThat(codes).hasSize(10).doesNotHaveDuplicates();
        assertThat(jdbc.queryForList("select code_hash from herstelcode h join account a on a.id = h.account_id "
                + "where a.gebruikersnaam = ?", String.class, naam)).hasSize(10).doesNotContainAnyElementsOf(codes);

        var tweede = wachtwoord(naam);
        assertThat(mvc.post().uri("/tweede-factor/herstelcode").session(tweede).with(csrf())
                .param("code", codes.get(0))).hasRedirectedUrl("/beveiliging?herstelcodeGebruikt");
        assertThat(mvc.get().uri("/").session(tweede)).hasStatusOk();
        assertThat(audit(naam)).contains(Factorregistratie.HERSTELCODE_GEBRUIKT);

        var derde = wachtwoord(naam);
        assertThat(mvc.post().uri("/tweede-factor/herstelcode").session(derde).with(csrf())
                .param("code", codes.get(0))).hasStatusOk().bodyText().contains("Deze code klopt niet");

        var nieuw = herstelcodes(tweede);
        assertThat(nieuw).doesNotContainAnyElementsOf(codes);
        assertThat(mvc.post().uri("/tweede-factor/herstelcode").session(derde).with(csrf())
                .param("code", codes.get(1))).hasStatusOk().bodyText().contains("Deze code klopt niet");
        assertThat(mvc.post().uri("/tweede-factor/herstelcode").session(derde).with(csrf())
                .param("code", nieuw.get(1).toUpperCase())).hasRedirectedUrl("/beveiliging?herstelcodeGebruikt");
    }

    @Test
    void deMfaVanDeIdentityProviderLaatEenBeheerderDoor() {
        var naam = gegevens.account(gegevens.gemeente().id(), Rol.BEHEERDER);
        assertThat(mvc.get().uri("/").with(user(naam).authorities(
                FactorGrantedAuthority.fromAuthority(FactorGrantedAuthority.AUTHORIZATION_CODE_AUTHORITY),
                FactorGrantedAuthority.fromAuthority(Factoren.IDP_MFA)))).hasStatusOk();
        assertThat(mvc.get().uri("/").with(user(naam).authorities(
                FactorGrantedAuthority.fromAuthority(FactorGrantedAuthority.AUTHORIZATION_CODE_AUTHORITY))))
                .hasRedirectedUrl("/beveiliging");
    }

    @Test
    void eenPasskeyVanEenAnderKanNietWordenVerwijderd() {
        var gemeente = gegevens.gemeente().id();
        var eigenaar = gegevens.account(gemeente, Rol.AMBTENAAR);
        var ander = gegevens.account(gemeente, Rol.AMBTENAAR);
        var credential = Bytes.random().toBase64UrlString();
        var gebruiker = Bytes.random().toBase64UrlString();
        jdbc.update("insert into user_entities (id, name, display_name) values (?, ?, ?)", gebruiker, eigenaar,
                eigenaar);
        jdbc.update("""
                insert into user_credentials (credential_id, user_entity_user_id, public_key, signature_count,
                    uv_initialized, backup_eligible, backup_state, authenticator_transports,
                    public_key_credential_type, label, created, last_used)
                values (?, ?, '\\x01', 0, true, false, false, 'internal', 'public-key', 'Sleutel', now(), now())""",
                credential, gebruiker);
        var sessie = wachtwoord(ander);

        assertThat(mvc.get().uri("/beveiliging/passkeys/" + credential + "/verwijderen").session(sessie))
                .hasStatus(403);
        assertThat(mvc.post().uri("/beveiliging/passkeys/" + credential + "/verwijderen").session(sessie)
                .with(csrf())).hasStatus(403);
        assertThat(mvc.delete().uri("/webauthn/register/" + credential).session(sessie).with(csrf()))
                .hasStatus(403);
        assertThat(jdbc.queryForObject("select count(*) from user_credentials where credential_id = ?",
                Integer.class, credential)).isOne();

        // The owner has a passkey now, so the owner's login asks for it; after passing, removal works.
        var eigen = wachtwoord(eigenaar);
        assertThat(mvc.get().uri("/").session(eigen)).hasRedirectedUrl("/tweede-factor");
        assertThat(mvc.get().uri("/tweede-factor").session(eigen)).hasStatusOk().bodyText()
                .contains("Bevestigen met passkey");
    }

    @Test
    void eenGebruikerVerwijdertZijnAuthenticatorAppNaBevestiging() {
        var naam = gegevens.account(gegevens.gemeente().id(), Rol.AMBTENAAR);
        var sessie = wachtwoord(naam);
        stelTotpIn(naam, sessie);
        herstelcodes(sessie);
        assertThat(mvc.get().uri("/beveiliging/totp/verwijderen").session(sessie)).hasStatusOk().bodyText()
                .contains("Weet u zeker dat u de authenticator-app wilt verwijderen?");
        assertThat(mvc.post().uri("/beveiliging/totp/verwijderen").session(sessie).with(csrf()))
                .hasRedirectedUrl("/beveiliging");
        assertThat(aantalHerstelcodes(naam)).isZero();
        assertThat(audit(naam)).contains(Factorregistratie.VERWIJDERD);
        assertThat(mvc.get().uri("/").session(wachtwoord(naam))).hasStatusOk();
    }

    private MockHttpSession wachtwoord(String naam) {
        var resultaat = mvc.post().uri("/login").param("username", naam).param("password", Testgegevens.WACHTWOORD)
                .with(csrf()).with(verzoek -> {
                    verzoek.setRemoteAddr(ip);
                    return verzoek;
                }).exchange();
        assertThat(resultaat).hasRedirectedUrl("/");
        return (MockHttpSession) resultaat.getMvcResult().getRequest().getSession(false);
    }

    /** Enrols the authenticator app through the pages: a wrong code first, then the right one. */
    private String stelTotpIn(String naam, MockHttpSession sessie) {
        var pagina = tekst(mvc.get().uri("/beveiliging/totp").session(sessie).exchange().getResponse());
        assertThat(pagina).contains("data:image/png;base64,");
        var sleutel = SLEUTEL.matcher(pagina);
        assertThat(sleutel.find()).isTrue();
        var geheim = sleutel.group(1).replace(" ", "");
        TweedeStap.onthoud(naam, geheim);
        assertThat(mvc.post().uri("/beveiliging/totp").session(sessie).with(csrf()).param("code", "000000"))
                .hasStatusOk().bodyText().contains("Deze code klopt niet");
        assertThat(mvc.post().uri("/beveiliging/totp").session(sessie).with(csrf())
                .param("code", TweedeStap.code(naam))).hasRedirectedUrl("/beveiliging");
        // Shown once: the page does not show the key again.
        assertThat(mvc.get().uri("/beveiliging").session(sessie)).hasStatusOk().bodyText()
                .doesNotContain(geheim).contains("Ingesteld.");
        return geheim;
    }

    private List<String> herstelcodes(MockHttpSession sessie) {
        assertThat(mvc.get().uri("/beveiliging/herstelcodes").session(sessie)).hasStatusOk();
        var pagina = tekst(mvc.post().uri("/beveiliging/herstelcodes").session(sessie).with(csrf()).exchange()
                .getResponse());
        var codes = new ArrayList<String>();
        var m = HERSTELCODE.matcher(pagina);
        while (m.find()) {
            codes.add(m.group(1));
        }
        return codes;
    }

    private int aantalHerstelcodes(String naam) {
        return jdbc.queryForObject("select count(*) from herstelcode h join account a on a.id = h.account_id "
                + "where a.gebruikersnaam = ?", Integer.class, naam);
    }

    private List<String> audit(String naam) {
        return jdbc.queryForList("select actie from audit_regel where gebruikersnaam = ?", String.class, naam);
    }

    private static String tekst(org.springframework.mock.web.MockHttpServletResponse antwoord) {
        try {
            return antwoord.getContentAsString(StandardCharsets.UTF_8);
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }
}
