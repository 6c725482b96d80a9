package nl.wijkafspraken.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.wijkafspraken.gedeeld.Rol;
import nl.wijkafspraken.support.IntegratieTest;
import nl.wijkafspraken.support.TestIdp;
import nl.wijkafspraken.support.Testgegevens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;

/**
 * How an account gets its SSO link: only a BEHEERDER of every gemeente of the account sets it, on the account's
 * page; nobody links themselves (there is no self-service path), and nobody outside the gemeente reaches it. Bad
 * input gets a Dutch message next to its field and changes nothing.
 */
@IntegratieTest
class SsoKoppelingTest {

    @Autowired
    MockMvcTester mvc;
    @Autowired
    Testgegevens gegevens;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AccountService accountService;
    @Autowired
    WebServerApplicationContext context;

    private long gemeente;
    private String beheerder;

    @BeforeEach
    void gemeente() {
        gemeente = gegevens.gemeente().id();
        beheerder = gegevens.account(gemeente, Rol.BEHEERDER);
    }

    private long id(String naam) {
        return new AccountRijen(jdbc).id(naam);
    }

    private Map<String, Object> koppeling(String naam) {
        return jdbc.queryForMap("select sso_issuer, sso_onderwerp, versie from account where id = ?", id(naam));
    }

    private MockMvcRequestBuilder koppel(String door, String naam, String registratie, String onderwerp) {
        return mvc.post().uri("/beheer/accounts/" + id(naam) + "/sso").with(user(door)).with(csrf())
                .param("versie", String.valueOf(new AccountRijen(jdbc).versie(id(naam))))
                .param("registratie", registratie).param("onderwerp", onderwerp);
    }

    @Test
    void eenBeheerderKoppeltEenAccountEnDatLogtDaarnaInViaSso() {
        var ambtenaar = gegevens.account(gemeente, Rol.AMBTENAAR);
        var onderwerp = UUID.randomUUID().toString();

        assertThat(mvc.get().uri("/beheer/accounts/" + id(ambtenaar)).with(user(beheerder))).hasStatusOk()
                .bodyText().contains("Inloggen via SSO", "Niet gekoppeld.");
        assertThat(mvc.get().uri("/beheer/accounts/" + id(ambtenaar) + "/sso").with(user(beheerder))).hasStatusOk()
                .bodyText().contains(TestIdp.NAAM, "Code van de persoon bij de identity provider");
        assertThat(koppel(beheerder, ambtenaar, TestIdp.REGISTRATIE, "  " + onderwerp + " "))
                .hasStatus3xxRedirection().hasRedirectedUrl("/beheer/accounts/" + id(ambtenaar));

        assertThat(koppeling(ambtenaar)).containsEntry("sso_issuer", TestIdp.issuer())
                .containsEntry("sso_onderwerp", onderwerp);
        assertThat(new AccountRijen(jdbc).auditSamenvattingen(id(ambtenaar))).contains("SSO-koppeling van "
                + ambtenaar + ": geen → " + onderwerp + " bij " + TestIdp.issuer() + "; door " + beheerder);
        assertThat(mvc.get().uri("/beheer/accounts/" + id(ambtenaar)).with(user(beheerder))).bodyText()
                .contains("Gekoppeld aan " + onderwerp + " bij " + TestIdp.NAAM);
        assertThat(jdbc.queryForList("select tekst from uitgaand_bericht where aan = ? and onderwerp = ?",
                String.class, ambtenaar + "@test.example", "Inloggen via SSO bij Wijkafspraken is gewijzigd"))
                .as("the account holder is told").singleElement().asString()
                .contains("gekoppeld aan een inlog bij " + TestIdp.NAAM, "Gewijzigd door Test " + beheerder);
        assertThat(new SsoInloggen(context).login(onderwerp, "")).isEqualTo("/");
    }

    @Test
    void eenBeheerderKoppeltZijnEigenAccountNiet() {
        var voor = koppeling(beheerder);

        assertThat(mvc.get().uri("/beheer/accounts/" + id(beheerder) + "/sso").with(user(beheerder)))
                .hasStatusOk().bodyText().contains("U kunt uw eigen account niet koppelen of ontkoppelen.")
                .doesNotContain("Code van de persoon bij de identity provider");
        assertThat(koppel(beheerder, beheerder, TestIdp.REGISTRATIE, "mijn-eigen-identiteit")).hasStatusOk()
                .bodyText().contains("U kunt uw eigen account niet koppelen of ontkoppelen.");
        assertThat(koppeling(beheerder)).isEqualTo(voor);
    }

    @Test
    void ontkoppelenBeeindigtDeSsoSessieEnStaatInHetAuditspoor() {
        var ambtenaar = gegevens.account(gemeente, Rol.AMBTENAAR);
        var onderwerp = UUID.randomUUID().toString();
        assertThat(koppel(beheerder, ambtenaar, TestIdp.REGISTRATIE, onderwerp)).hasStatus3xxRedirection();
        var browser = new SsoInloggen(context);
        assertThat(browser.login(onderwerp, "")).isEqualTo("/");

        assertThat(mvc.post().uri("/beheer/accounts/" + id(ambtenaar) + "/sso/ontkoppelen").with(user(beheerder))
                .with(csrf()).param("versie", String.valueOf(new AccountRijen(jdbc).versie(id(ambtenaar)))))
                .hasStatus3xxRedirection();

        assertThat(koppeling(ambtenaar)).containsEntry("sso_issuer", null).containsEntry("sso_onderwerp", null);
        assertThat(browser.get(browser.url("/")).statusCode()).as("the old session ended").isEqualTo(302);
        assertThat(new AccountRijen(jdbc).auditSamenvattingen(id(ambtenaar))).contains("SSO-koppeling van "
                + ambtenaar + ": " + onderwerp + " bij " + TestIdp.issuer() + " → geen; door " + beheerder);
        assertThat(new SsoInloggen(context).login(onderwerp, "")).isEqualTo("/login?sso-geweigerd");
    }

    @Test
    void wieGeenBeheerderIsKoppeltNiemandOokZichzelfNiet() {
        var ambtenaar = gegevens.account(gemeente, Rol.AMBTENAAR);
        var secretaris = gegevens.account(gemeente, Rol.SECRETARIS);
        var voor = koppeling(ambtenaar);

        for (var doelwit : List.of(ambtenaar, secretaris, beheerder)) {
            assertThat(mvc.get().uri("/beheer/accounts/" + id(doelwit) + "/sso").with(user(ambtenaar)))
                    .hasStatus(403);
            assertThat(koppel(ambtenaar, doelwit, TestIdp.REGISTRATIE, "indringer")).hasStatus(403);
            assertThat(mvc.post().uri("/beheer/accounts/" + id(doelwit) + "/sso/ontkoppelen").with(user(ambtenaar))
                    .with(csrf()).param("versie", "0")).hasStatus(403);
        }
        assertThat(koppeling(ambtenaar)).isEqualTo(voor);
        assertThat(jdbc.queryForObject("select count(*) from account where sso_onderwerp = 'indringer'",
                Integer.class)).isZero();
    }

    @Test
    void eenBeheerderVanEenAndereGemeenteVindtHetAccountNiet() {
        var andereBeheerder = gegevens.account(gegevens.gemeente().id(), Rol.BEHEERDER);
        var ambtenaar = gegevens.account(gemeente, Rol.AMBTENAAR);
        var voor = koppeling(ambtenaar);

        assertThat(mvc.get().uri("/beheer/accounts/" + id(ambtenaar) + "/sso").with(user(andereBeheerder)))
                .hasStatus(404);
        assertThat(koppel(andereBeheerder, ambtenaar, TestIdp.REGISTRATIE, "indringer")).hasStatus(404);
        assertThat(koppeling(ambtenaar)).isEqualTo(voor);
    }

    @Test
    void eenAccountDatOokInEenAndereGemeenteWerktKoppeltAlleenEenBeheerderVanBeide() {
        var andereGemeente = gegevens.gemeente().id();
        var gedeeld = gegevens.account(gemeente, Rol.AMBTENAAR);
        accountService.kenRollenToe(gedeeld, andereGemeente, List.of(Rol.AMBTENAAR), List.of());
        var voor = koppeling(gedeeld);

        assertThat(mvc.get().uri("/beheer/accounts/" + id(gedeeld) + "/sso").with(user(beheerder))).hasStatusOk()
                .bodyText().contains("Alleen een beheerder die in alle gemeenten van deze gebruiker beheerder is");
        assertThat(koppel(beheerder, gedeeld, TestIdp.REGISTRATIE, "indringer")).hasStatusOk().bodyText()
                .contains("Alleen een beheerder die in alle gemeenten van deze gebruiker beheerder is");
        assertThat(koppeling(gedeeld)).isEqualTo(voor);
    }

    @Test
    void zonderCsrfTokenGebeurtNiets() {
        var ambtenaar = gegevens.account(gemeente, Rol.AMBTENAAR);
        assertThat(mvc.post().uri("/beheer/accounts/" + id(ambtenaar) + "/sso").with(user(beheerder))
                .param("versie", "0").param("registratie", TestIdp.REGISTRATIE).param("onderwerp", "x"))
                .hasStatus(403);
        assertThat(koppeling(ambtenaar).get("sso_onderwerp")).isNull();
    }

    @Test
    void foutieveInvoerKrijgtEenMeldingBijHetVeldEnVerandertNiets() {
        var ambtenaar = gegevens.account(gemeente, Rol.AMBTENAAR);
        var ander = gegevens.account(gemeente, Rol.SECRETARIS);
        var bezet = UUID.randomUUID().toString();
        assertThat(koppel(beheerder, ander, TestIdp.REGISTRATIE, bezet)).hasStatus3xxRedirection();
        var voor = koppeling(ambtenaar);

        assertThat(koppel(beheerder, ambtenaar, TestIdp.REGISTRATIE, "   ")).hasStatusOk().bodyText()
                .contains("Vul de code van de persoon bij de identity provider in.");
        assertThat(koppel(beheerder, ambtenaar, TestIdp.REGISTRATIE, "a".repeat(256))).hasStatusOk().bodyText()
                .contains("Deze code is te lang of bevat onzichtbare tekens.");
        assertThat(koppel(beheerder, ambtenaar, TestIdp.REGISTRATIE, "abc\u0000def")).hasStatusOk().bodyText()
                .contains("Deze code is te lang of bevat onzichtbare tekens.");
        assertThat(koppel(beheerder, ambtenaar, "onbekend", "abc")).hasStatusOk().bodyText()
                .contains("Kies een van de ingestelde identity providers.");
        assertThat(koppel(beheerder, ambtenaar, TestIdp.REGISTRATIE, bezet)).hasStatusOk().bodyText()
                .contains("Deze persoon is al gekoppeld aan een andere gebruiker.");
        assertThat(mvc.post().uri("/beheer/accounts/" + id(ambtenaar) + "/sso").with(user(beheerder)).with(csrf())
                .param("versie", "999").param("registratie", TestIdp.REGISTRATIE).param("onderwerp", "abc"))
                .hasStatusOk().bodyText().contains("Iemand anders heeft dit intussen gewijzigd.");
        assertThat(mvc.post().uri("/beheer/accounts/" + id(ambtenaar) + "/sso").with(user(beheerder)).with(csrf())
                .param("versie", "geen-getal").param("registratie", TestIdp.REGISTRATIE).param("onderwerp", "abc"))
                .hasStatusOk().bodyText().contains("Iemand anders heeft dit intussen gewijzigd.");
        assertThat(mvc.post().uri("/beheer/accounts/" + id(ambtenaar) + "/sso/ontkoppelen").with(user(beheerder))
                .with(csrf()).param("versie", String.valueOf(voor.get("versie")))).hasStatus3xxRedirection()
                .flash().containsKey("melding");

        assertThat(koppeling(ambtenaar)).isEqualTo(voor);
    }

    @Test
    void hoofdlettersInDeCodeTellen() {
        var ambtenaar = gegevens.account(gemeente, Rol.AMBTENAAR);
        var onderwerp = "Persoon-" + UUID.randomUUID();
        assertThat(koppel(beheerder, ambtenaar, TestIdp.REGISTRATIE, onderwerp)).hasStatus3xxRedirection();

        assertThat(new SsoInloggen(context).login(onderwerp.toLowerCase(), "")).isEqualTo("/login?sso-geweigerd");
        assertThat(new SsoInloggen(context).login(onderwerp, "")).isEqualTo("/");
    }
}
