package nl.wijkafspraken.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.List;
import java.util.Set;
import nl.wijkafspraken.gedeeld.Rol;
import nl.wijkafspraken.support.IntegratieTest;
import nl.wijkafspraken.support.Testgegevens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** The BEHEERDER's user management end to end: screens, database and login. */
@IntegratieTest
class AccountBeheerTest {

    private static final String NIEUW_WACHTWOORD = "een-lang-nieuw-wachtwoord";

    @Autowired
    MockMvcTester mvc;
    @Autowired
    Testgegevens gegevens;
    @Autowired
    AccountService accountService;
    @Autowired
    JdbcTemplate jdbc;

    private AccountRijen rijen() {
        return new AccountRijen(jdbc);
    }

    @Test
    void beheerderMaaktGebruikerAanDieInDeLijstStaatEnKanInloggen() {
        var gemeente = gegevens.gemeente();
        var beheerder = gegevens.account(gemeente.id(), Rol.BEHEERDER);
        var wijkoverleg = gegevens.wijkoverleg(gemeente.id(), "Wijkoverleg Noord", Set.of(gemeente.wijkNoord()));
        var gebruikersnaam = "nieuw-" + gemeente.id();

        var aangemaakt = mvc.post().uri("/beheer/accounts/nieuw").with(user(beheerder)).with(csrf())
                .param("gebruikersnaam", gebruikersnaam).param("naam", "Nina Nieuw")
                .param("email", "nina@test.example").param("wachtwoord", NIEUW_WACHTWOORD)
                .param("rollen", "AMBTENAAR", "BESTUURSLID").param("wijkoverlegIds", String.valueOf(wijkoverleg))
                .exchange();

        var id = rijen().id(gebruikersnaam);
        assertThat(aangemaakt).hasStatus3xxRedirection().hasRedirectedUrl("/beheer/accounts/" + id)
                .flash().containsKey("melding");
        assertThat(rijen().rollen(id)).containsExactly(gemeente.id() + " AMBTENAAR",
                gemeente.id() + " BESTUURSLID " + wijkoverleg);
        assertThat(mvc.get().uri("/beheer/accounts").param("zoek", "NINA").with(user(beheerder)))
                .hasStatusOk().bodyText()
                .contains(gebruikersnaam, "Nina Nieuw", "nina@test.example",
                        "<span>Ambtenaar</span>, <span>Bestuurslid wijkoverleg</span> (Wijkoverleg Noord)")
                .doesNotContain(">" + beheerder + "</a>");
        assertThat(mvc.perform(formLogin().user(gebruikersnaam).password(NIEUW_WACHTWOORD)))
                .hasStatus3xxRedirection().hasRedirectedUrl("/");
    }

    @Test
    void bewerkpaginaToontGegevensEnAangevinkteRollen() {
        var gemeente = gegevens.gemeente();
        var beheerder = gegevens.account(gemeente.id(), Rol.BEHEERDER);
        var wijkoverleg = gegevens.wijkoverleg(gemeente.id(), "Wijkoverleg Zuid", Set.of(gemeente.wijkZuid()));
        var lid = gegevens.bestuurslid(gemeente.id(), wijkoverleg);

        assertThat(mvc.get().uri("/beheer/accounts/" + rijen().id(lid)).with(user(beheerder))).hasStatusOk()
                .bodyText().contains("Gebruiker " + lid, "value=\"Test " + lid + "\"", "Wijkoverleg Zuid",
                        "Rollen in gemeente " + gemeente.naam(), "Nieuw wachtwoord")
                .containsPattern(aangevinkt("rollen", "BESTUURSLID"))
                .containsPattern(aangevinkt("wijkoverlegIds", String.valueOf(wijkoverleg)))
                .doesNotContainPattern(aangevinkt("rollen", "AMBTENAAR"));
    }

    @Test
    void rollenWijzigenKomtInDeDatabaseEnRollenInAndereGemeenteBlijven() {
        var gemeente = gegevens.gemeente();
        var andere = gegevens.gemeente();
        var beheerder = gegevens.account(gemeente.id(), Rol.BEHEERDER);
        var wijkoverleg = gegevens.wijkoverleg(gemeente.id(), "Wijkoverleg Noord", Set.of(gemeente.wijkNoord()));
        var ambtenaar = gegevens.account(gemeente.id(), Rol.AMBTENAAR);
        accountService.kenRollenToe(ambtenaar, andere.id(), List.of(Rol.SECRETARIS), List.of());
        var id = rijen().id(ambtenaar);
        var versie = rijen().versie(id);

        assertThat(mvc.post().uri("/beheer/accounts/" + id).with(user(beheerder)).with(csrf())
                .param("versie", String.valueOf(versie)).param("naam", "Test " + ambtenaar)
                .param("email", ambtenaar + "@test.example").param("rollen", "SECRETARIS", "BESTUURSLID")
                .param("wijkoverlegIds", String.valueOf(wijkoverleg)))
                .hasStatus3xxRedirection().hasRedirectedUrl("/beheer/accounts/" + id);

        assertThat(rijen().rollen(id)).containsExactlyInAnyOrder(gemeente.id() + " SECRETARIS",
                gemeente.id() + " BESTUURSLID " + wijkoverleg, andere.id() + " SECRETARIS");
        assertThat(rijen().versie(id)).as("een rolwijziging telt als wijziging van het account").isGreaterThan(versie);
        assertThat(rijen().auditSamenvattingen(id)).last().asString()
                .contains("[AMBTENAAR] → [BESTUURSLID Wijkoverleg Noord, SECRETARIS]", "gewijzigd door " + beheerder);
    }

    @Test
    void naamEnEmailWijzigenKomtInDeDatabase() {
        var gemeente = gegevens.gemeente();
        var beheerder = gegevens.account(gemeente.id(), Rol.BEHEERDER);
        var ambtenaar = gegevens.account(gemeente.id(), Rol.AMBTENAAR);
        var id = rijen().id(ambtenaar);

        assertThat(mvc.post().uri("/beheer/accounts/" + id).with(user(beheerder)).with(csrf())
                .param("versie", String.valueOf(rijen().versie(id))).param("naam", "  Anna Anders ")
                .param("email", "anna@test.example").param("rollen", "AMBTENAAR"))
                .hasStatus3xxRedirection().hasRedirectedUrl("/beheer/accounts/" + id);

        assertThat(rijen().account(id)).containsEntry("naam", "Anna Anders")
                .containsEntry("email", "anna@test.example");
        assertThat(rijen().rollen(id)).containsExactly(gemeente.id() + " AMBTENAAR");
        assertThat(mvc.get().uri("/beheer/accounts/" + id).with(user(beheerder))).hasStatusOk().bodyText()
                .contains("value=\"Anna Anders\"");
    }

    static String aangevinkt(String naam, String waarde) {
        return "value=\"" + waarde + "\" id=\"" + naam + "\\d+\" name=\"" + naam + "\" checked=\"checked\"";
    }

    @Test
    void nieuwWachtwoordWerktBijInloggenEnHetOudeNietMeer() {
        var gemeente = gegevens.gemeente();
        var beheerder = gegevens.account(gemeente.id(), Rol.BEHEERDER);
        var ambtenaar = gegevens.account(gemeente.id(), Rol.AMBTENAAR);
        var id = rijen().id(ambtenaar);

        assertThat(mvc.post().uri("/beheer/accounts/" + id + "/wachtwoord").with(user(beheerder)).with(csrf())
                .param("versie", String.valueOf(rijen().versie(id))).param("wachtwoord", NIEUW_WACHTWOORD))
                .hasStatus3xxRedirection().hasRedirectedUrl("/beheer/accounts/" + id);

        assertThat(mvc.perform(formLogin().user(ambtenaar).password(NIEUW_WACHTWOORD)))
                .hasStatus3xxRedirection().hasRedirectedUrl("/");
        assertThat(mvc.perform(formLogin().user(ambtenaar).password(Testgegevens.WACHTWOORD)))
                .hasStatus3xxRedirection().hasRedirectedUrl("/login?error");
    }

    @Test
    void auditBevatGeenWachtwoordEnGeenHash() {
        var gemeente = gegevens.gemeente();
        var beheerder = gegevens.account(gemeente.id(), Rol.BEHEERDER);
        var gebruikersnaam = "geheim-" + gemeente.id();
        mvc.post().uri("/beheer/accounts/nieuw").with(user(beheerder)).with(csrf())
                .param("gebruikersnaam", gebruikersnaam).param("naam", "Geheim").param("email", "g@test.example")
                .param("wachtwoord", "eerste-wachtwoord-123").param("rollen", "AMBTENAAR").exchange();
        var id = rijen().id(gebruikersnaam);
        var eersteHash = (String) rijen().account(id).get("wachtwoord_hash");
        mvc.post().uri("/beheer/accounts/" + id + "/wachtwoord").with(user(beheerder)).with(csrf())
                .param("versie", String.valueOf(rijen().versie(id))).param("wachtwoord", "tweede-wachtwoord-456")
                .exchange();
        var tweedeHash = (String) rijen().account(id).get("wachtwoord_hash");

        var samenvattingen = rijen().auditSamenvattingen(id);
        assertThat(samenvattingen).hasSize(2).allSatisfy(s -> assertThat(s)
                .doesNotContain("eerste-wachtwoord-123", "tweede-wachtwoord-456", eersteHash, tweedeHash, "{bcrypt}"));
        assertThat(jdbc.queryForObject("select count(*) from audit_regel where samenvatting like '%wachtwoord-123%'"
                + " or samenvatting like '%wachtwoord-456%' or samenvatting like '%{bcrypt}%'", Long.class))
                .isZero();
    }

    @Test
    void lijstPagineertPerTwintigEnZoektOpNaam() {
        var gemeente = gegevens.gemeente();
        var beheerder = gegevens.account(gemeente.id(), Rol.BEHEERDER);
        for (int i = 0; i < 20; i++) {
            gegevens.account(gemeente.id(), Rol.AMBTENAAR);
        }

        assertThat(mvc.get().uri("/beheer/accounts").with(user(beheerder))).hasStatusOk().bodyText()
                .contains("Pagina 1 van 2", "pagina=1", "(21)");
        assertThat(mvc.get().uri("/beheer/accounts").param("pagina", "1").with(user(beheerder))).hasStatusOk()
                .bodyText().contains("Pagina 2 van 2");
        assertThat(mvc.get().uri("/beheer/accounts").param("zoek", beheerder).with(user(beheerder))).hasStatusOk()
                .bodyText().contains("(1)").doesNotContain("Pagina 1 van");
        assertThat(mvc.get().uri("/beheer/accounts").param("zoek", "bestaat-niet").with(user(beheerder)))
                .hasStatusOk().bodyText().contains("Geen gebruikers gevonden");
    }

    @Test
    void beheerderKanEigenRollenNietWijzigen() {
        var gemeente = gegevens.gemeente();
        var beheerder = gegevens.account(gemeente.id(), Rol.BEHEERDER);
        var id = rijen().id(beheerder);

        assertThat(mvc.post().uri("/beheer/accounts/" + id).with(user(beheerder)).with(csrf())
                .param("versie", String.valueOf(rijen().versie(id))).param("naam", "Test " + beheerder)
                .param("email", beheerder + "@test.example").param("rollen", "AMBTENAAR"))
                .hasStatusOk().bodyText().contains("U kunt uw eigen rollen niet wijzigen");

        assertThat(rijen().rollen(id)).containsExactly(gemeente.id() + " BEHEERDER");
    }

    @Test
    void eigenAccountToontDeRollenZonderVinkjes() {
        var gemeente = gegevens.gemeente();
        var beheerder = gegevens.account(gemeente.id(), Rol.BEHEERDER);
        var id = rijen().id(beheerder);

        assertThat(mvc.get().uri("/beheer/accounts/" + id).with(user(beheerder))).hasStatusOk().bodyText()
                .contains("Rollen in gemeente " + gemeente.naam(), "<li>Beheerder</li>",
                        "Dit is uw eigen account: uw rollen kunt u hier niet wijzigen.",
                        "<input type=\"hidden\" name=\"rollen\" value=\"BEHEERDER\">", "value=\"Test " + beheerder + "\"")
                .doesNotContainPattern("type=\"checkbox\"[^>]*name=\"(rollen|wijkoverlegIds)\"")
                .doesNotContain("<li>Ambtenaar</li>");
    }

    @Test
    void eigenNaamWijzigenZonderRolvinkjesLaatDeRollenOngemoeid() {
        var gemeente = gegevens.gemeente();
        var beheerder = gegevens.account(gemeente.id(), Rol.BEHEERDER);
        var id = rijen().id(beheerder);

        // What the page sends for one's own account: the roles as they are, in hidden fields.
        assertThat(mvc.post().uri("/beheer/accounts/" + id).with(user(beheerder)).with(csrf())
                .param("versie", String.valueOf(rijen().versie(id))).param("naam", "Bea Beheer")
                .param("email", beheerder + "@test.example").param("rollen", "BEHEERDER"))
                .hasStatus3xxRedirection().hasRedirectedUrl("/beheer/accounts/" + id);

        assertThat(rijen().account(id)).containsEntry("naam", "Bea Beheer");
        assertThat(rijen().rollen(id)).containsExactly(gemeente.id() + " BEHEERDER");
    }

    @Test
    void accountVanEenAnderToontDeRolvinkjesWel() {
        var gemeente = gegevens.gemeente();
        var beheerder = gegevens.account(gemeente.id(), Rol.BEHEERDER);
        var ambtenaar = gegevens.account(gemeente.id(), Rol.AMBTENAAR);

        assertThat(mvc.get().uri("/beheer/accounts/" + rijen().id(ambtenaar)).with(user(beheerder))).hasStatusOk()
                .bodyText().containsPattern(aangevinkt("rollen", "AMBTENAAR"))
                .doesNotContain("Dit is uw eigen account");
    }
}
