package nl.wijkafspraken.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.LocalDate;
import java.util.UUID;
import nl.wijkafspraken.gedeeld.Rol;
import nl.wijkafspraken.support.IntegratieTest;
import nl.wijkafspraken.support.TestIdp;
import nl.wijkafspraken.support.TestKlok;
import nl.wijkafspraken.support.Testgegevens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * SSO login over real HTTP: the running app and the real OpenID Connect provider of {@link TestIdp}, the whole
 * authorization code flow (redirect, the provider's login, the code back, the token exchange between the two
 * servers, the ID token's signature and nonce). An account is found by issuer and subject only, its roles are ours,
 * and the provider's MFA claim gives the factor {@code FACTOR_IDP_MFA}.
 */
@IntegratieTest
class SsoInlogTest {

    @Autowired
    WebServerApplicationContext context;
    @Autowired
    MockMvcTester mvc;
    @Autowired
    Testgegevens gegevens;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestKlok klok;

    private SsoInloggen browser;
    private long gemeente;

    @BeforeEach
    void nieuweBrowser() {
        browser = new SsoInloggen(context);
        gemeente = gegevens.gemeente().id();
    }

    /** Links the account to a fresh subject at the test provider, as a BEHEERDER would, and returns the subject. */
    private String koppel(String gebruikersnaam) {
        var onderwerp = UUID.randomUUID().toString();
        jdbc.update("update account set sso_issuer = ?, sso_onderwerp = ? where inlognaam = ?", TestIdp.issuer(),
                onderwerp, gebruikersnaam);
        return onderwerp;
    }

    private long id(String gebruikersnaam) {
        return new AccountRijen(jdbc).id(gebruikersnaam);
    }

    private int status(String pad) {
        return browser.get(browser.url(pad)).statusCode();
    }

    @Test
    void eenGekoppeldePersoonIsIngelogdAlsHaarAccountMetDeRollenUitDezeApp() {
        var beheerder = gegevens.account(gemeente, Rol.BEHEERDER);

        // The provider vouches for its MFA, so a BEHEERDER needs no second factor of ours (module tweedefactor).
        assertThat(browser.login(koppel(beheerder), """
                {"amr": ["mfa"]}""")).isEqualTo("/");

        assertThat(browser.authenticatie().getName()).as("our user name, not the provider's subject")
                .isEqualTo(beheerder);
        assertThat(status("/")).isEqualTo(200);
        assertThat(status("/beheer/accounts")).as("a BEHEERDER's page").isEqualTo(200);
        assertThat(new AccountRijen(jdbc).auditSamenvattingen(id(beheerder)))
                .contains("Ingelogd via SSO: " + beheerder);
    }

    @Test
    void eenBeheerderZonderMfaBijDeProviderSteltEerstEenTweedeFactorIn() {
        var beheerder = gegevens.account(gemeente, Rol.BEHEERDER);

        assertThat(browser.login(koppel(beheerder), "")).isEqualTo("/");

        var antwoord = browser.get(browser.url("/beheer/accounts"));
        assertThat(antwoord.statusCode()).isEqualTo(302);
        assertThat(antwoord.headers().firstValue("Location")).hasValueSatisfying(
                adres -> assertThat(adres).endsWith("/beveiliging"));
    }

    @Test
    void deRollenKomenUitDezeAppNietVanDeProvider() {
        var ambtenaar = gegevens.account(gemeente, Rol.AMBTENAAR);

        assertThat(browser.login(koppel(ambtenaar), """
                {"roles": ["BEHEERDER"], "groups": ["BEHEERDER"]}""")).isEqualTo("/");

        assertThat(status("/wijkoverleggen")).isEqualTo(200);
        assertThat(status("/beheer/accounts")).as("no role from the provider's claims").isEqualTo(403);
    }

    @Test
    void eenOnbekendePersoonWordtGeweigerdMetEenNederlandseMeldingEnInHetAuditspoor() {
        var onderwerp = UUID.randomUUID().toString();

        assertThat(browser.login(onderwerp, "")).isEqualTo("/login?sso-geweigerd");

        assertThat(browser.get(browser.url("/login?sso-geweigerd")).body())
                .contains("u heeft geen actief account in Wijkafspraken dat daaraan gekoppeld is");
        assertThat(status("/")).as("not logged in").isEqualTo(302);
        assertThat(jdbc.queryForList("select samenvatting from audit_regel where actie = 'INLOG_SSO_GEWEIGERD'"
                + " and samenvatting like ?", String.class, "%" + onderwerp + "%"))
                .containsExactly("Inloggen via SSO geweigerd: geen account gekoppeld aan " + onderwerp + " bij "
                        + TestIdp.issuer());
    }

    @Test
    void eenGedeactiveerdAccountKrijgtDezelfdeMeldingAlsEenOnbekendePersoon() {
        var ambtenaar = gegevens.account(gemeente, Rol.AMBTENAAR);
        var onderwerp = koppel(ambtenaar);
        jdbc.update("update account set actief = false where inlognaam = ?", ambtenaar);

        assertThat(browser.login(onderwerp, "")).isEqualTo("/login?sso-geweigerd");

        assertThat(status("/")).isEqualTo(302);
        assertThat(new AccountRijen(jdbc).auditSamenvattingen(id(ambtenaar))).contains(
                "Inloggen via SSO geweigerd: " + ambtenaar + " (gedeactiveerd), " + onderwerp + " bij "
                        + TestIdp.issuer());
    }

    @Test
    void eenNaamOfEmailadresVanDeProviderKoppeltNooit() {
        var ambtenaar = gegevens.account(gemeente, Rol.AMBTENAAR);

        // The subject and the claims name the account, but no BEHEERDER linked this subject to it.
        assertThat(browser.login(ambtenaar, """
                {"preferred_username": "%s", "email": "%s@test.example", "name": "Test %s"}"""
                .formatted(ambtenaar, ambtenaar, ambtenaar))).isEqualTo("/login?sso-geweigerd");
    }

    @Test
    void eenTerugkeerZonderEigenAanvraagOfMetEenFoutVanDeProviderIsMislukt() {
        // A callback that the app never asked for (forged, or replayed in another browser), and the provider's
        // "cancelled" answer: no login, the general SSO message.
        assertThat(mvc.get().uri("/login/oauth2/code/" + TestIdp.REGISTRATIE + "?code=gestolen&state=verzonnen"))
                .hasStatus3xxRedirection().hasRedirectedUrl("/login?sso-mislukt");
        assertThat(browser.get(browser.url("/oauth2/authorization/" + TestIdp.REGISTRATIE)).statusCode())
                .isEqualTo(302);
        assertThat(browser.get(browser.url("/login/oauth2/code/" + TestIdp.REGISTRATIE
                + "?error=access_denied&state=verzonnen")).headers().firstValue("Location"))
                .hasValueSatisfying(locatie -> assertThat(locatie).endsWith("/login?sso-mislukt"));
        assertThat(status("/")).as("not logged in").isEqualTo(302);
        assertThat(mvc.get().uri("/login?sso-mislukt")).bodyText()
                .contains("Inloggen via uw organisatie is niet gelukt.");
    }

    @Test
    void eenOnbekendeProviderBestaatNiet() {
        var antwoord = browser.get(browser.url("/oauth2/authorization/onbekend"));
        assertThat(antwoord.statusCode()).isEqualTo(404);
        assertThat(antwoord.body()).as("our Dutch page").contains("Pagina niet gevonden");
    }

    @Test
    void amrMfaGeeftDeFactorIdpMfa() {
        var ambtenaar = gegevens.account(gemeente, Rol.AMBTENAAR);

        assertThat(browser.login(koppel(ambtenaar), """
                {"amr": ["pwd", "mfa"]}""")).isEqualTo("/");

        assertThat(browser.authenticatie().getAuthorities()).extracting(GrantedAuthority::getAuthority)
                .contains(SsoAanmelding.IDP_MFA, "FACTOR_AUTHORIZATION_CODE", "ROLE_GEBRUIKER");
    }

    @Test
    void eenIngesteldeAcrGeeftDeFactorIdpMfa() {
        var ambtenaar = gegevens.account(gemeente, Rol.AMBTENAAR);

        assertThat(browser.login(koppel(ambtenaar), """
                {"acr": "urn:testdam:mfa"}""")).isEqualTo("/");

        assertThat(browser.authenticatie().getAuthorities()).extracting(GrantedAuthority::getAuthority)
                .contains(SsoAanmelding.IDP_MFA);
    }

    @Test
    void zonderMfaClaimGeenFactorIdpMfa() {
        var ambtenaar = gegevens.account(gemeente, Rol.AMBTENAAR);

        assertThat(browser.login(koppel(ambtenaar), """
                {"amr": ["pwd"], "acr": "urn:testdam:laag"}""")).isEqualTo("/");

        assertThat(browser.authenticatie().getAuthorities()).extracting(GrantedAuthority::getAuthority)
                .contains("FACTOR_AUTHORIZATION_CODE").doesNotContain(SsoAanmelding.IDP_MFA);
    }

    @Test
    void deactiverenBeeindigtDeSsoSessie() {
        var beheerder = Inloggen.vanEigenAdres(mvc).sessie(gegevens.account(gemeente, Rol.BEHEERDER),
                Testgegevens.WACHTWOORD);
        var ambtenaar = gegevens.account(gemeente, Rol.AMBTENAAR);
        assertThat(browser.login(koppel(ambtenaar), "")).isEqualTo("/");
        assertThat(status("/")).isEqualTo(200);

        assertThat(mvc.post().uri("/beheer/accounts/" + id(ambtenaar) + "/deactiveren").session(beheerder)
                .with(csrf()).param("versie", String.valueOf(new AccountRijen(jdbc).versie(id(ambtenaar)))))
                .hasStatus3xxRedirection();

        var antwoord = browser.get(browser.url("/"));
        assertThat(antwoord.statusCode()).isEqualTo(302);
        assertThat(antwoord.headers().firstValue("Location")).hasValueSatisfying(
                locatie -> assertThat(locatie).endsWith("/login?verlopen"));
    }

    @Test
    void eenSsoSessieHeeftDezelfdeMaximaleDuur() {
        var ambtenaar = gegevens.account(gemeente, Rol.AMBTENAAR);
        assertThat(browser.login(koppel(ambtenaar), "")).isEqualTo("/");
        assertThat(status("/")).isEqualTo(200);

        klok.op(LocalDate.now(klok).plusDays(1), () -> assertThat(status("/")).isEqualTo(302));
        assertThat(status("/")).isEqualTo(302);
    }
}
