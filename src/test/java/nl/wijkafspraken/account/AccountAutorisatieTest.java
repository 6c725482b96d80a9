package nl.wijkafspraken.account;

import static org.assertj.core.api.Assertions.assertThat;
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
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;

/** Who may manage which accounts: only a BEHEERDER, only within the active gemeente. */
@IntegratieTest
class AccountAutorisatieTest {

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
    void ambtenaarKrijgt403OpElkeBeheerpagina() {
        var gemeente = gegevens.gemeente();
        var ambtenaar = gegevens.account(gemeente.id(), Rol.AMBTENAAR);
        var collega = gegevens.account(gemeente.id(), Rol.SECRETARIS);
        var id = rijen().id(collega);
        var voor = rijen().account(id);
        var versie = String.valueOf(rijen().versie(id));

        List<MockMvcRequestBuilder> verzoeken = List.of(
                mvc.get().uri("/beheer/accounts"),
                mvc.get().uri("/beheer/accounts/nieuw"),
                mvc.post().uri("/beheer/accounts/nieuw").param("gebruikersnaam", "indringer-" + gemeente.id())
                        .param("naam", "Indringer").param("email", "i@test.example")
                        .param("wachtwoord", "lang-genoeg-wachtwoord").param("rollen", "BEHEERDER"),
                mvc.post().uri("/beheer/accounts/nieuw"),
                mvc.get().uri("/beheer/accounts/" + id),
                mvc.post().uri("/beheer/accounts/" + id).param("versie", versie).param("naam", "Gekaapt")
                        .param("email", "k@test.example").param("rollen", "BEHEERDER"),
                mvc.post().uri("/beheer/accounts/" + id).param("versie", versie),
                mvc.post().uri("/beheer/accounts/" + id + "/wachtwoord").param("versie", versie)
                        .param("wachtwoord", "lang-genoeg-wachtwoord"));

        verzoeken.forEach(verzoek -> assertThat(verzoek.with(user(ambtenaar)).with(csrf())).hasStatus(403)
                .bodyText().contains("Geen toegang"));
        assertThat(rijen().account(id)).isEqualTo(voor);
        assertThat(rijen().rollen(id)).containsExactly(gemeente.id() + " SECRETARIS");
        assertThat(accountService.bestaat("indringer-" + gemeente.id())).isFalse();
    }

    @Test
    void beheerderZietEnWijzigtGeenAccountVanAndereGemeente() {
        var gemeenteA = gegevens.gemeente();
        var gemeenteB = gegevens.gemeente();
        var beheerderA = gegevens.account(gemeenteA.id(), Rol.BEHEERDER);
        var ambtenaarB = gegevens.account(gemeenteB.id(), Rol.AMBTENAAR);
        var id = rijen().id(ambtenaarB);
        var voor = rijen().account(id);
        var versie = String.valueOf(rijen().versie(id));

        assertThat(mvc.get().uri("/beheer/accounts/" + id).with(user(beheerderA))).hasStatus(404)
                .bodyText().contains("Pagina niet gevonden").doesNotContain(ambtenaarB);
        assertThat(mvc.post().uri("/beheer/accounts/" + id).with(user(beheerderA)).with(csrf())
                .param("versie", versie).param("naam", "Gekaapt").param("email", "k@test.example")
                .param("rollen", "BEHEERDER")).hasStatus(404);
        assertThat(mvc.post().uri("/beheer/accounts/" + id + "/wachtwoord").with(user(beheerderA)).with(csrf())
                .param("versie", versie).param("wachtwoord", "gekaapt-wachtwoord-123")).hasStatus(404);
        assertThat(mvc.get().uri("/beheer/accounts").param("zoek", ambtenaarB).with(user(beheerderA)))
                .hasStatusOk().bodyText().contains("Geen gebruikers gevonden")
                .doesNotContain("/beheer/accounts/" + id + "\"");

        assertThat(rijen().account(id)).isEqualTo(voor);
        assertThat(rijen().rollen(id)).containsExactly(gemeenteB.id() + " AMBTENAAR");
    }

    @Test
    void beheerderKanGeenBestuurslidMakenVanWijkoverlegInAndereGemeente() {
        var gemeenteA = gegevens.gemeente();
        var gemeenteB = gegevens.gemeente();
        var beheerderA = gegevens.account(gemeenteA.id(), Rol.BEHEERDER);
        var wijkoverlegB = gegevens.wijkoverleg(gemeenteB.id(), "Wijkoverleg Elders", Set.of(gemeenteB.wijkNoord()));
        var ambtenaarA = gegevens.account(gemeenteA.id(), Rol.AMBTENAAR);
        var id = rijen().id(ambtenaarA);
        var voor = rijen().account(id);

        assertThat(mvc.post().uri("/beheer/accounts/" + id).with(user(beheerderA)).with(csrf())
                .param("versie", String.valueOf(rijen().versie(id))).param("naam", "Test " + ambtenaarA)
                .param("email", ambtenaarA + "@test.example").param("rollen", "BESTUURSLID")
                .param("wijkoverlegIds", String.valueOf(wijkoverlegB)))
                .hasStatusOk().bodyText().contains("Kies alleen wijkoverleggen van deze gemeente.")
                .doesNotContain("Wijkoverleg Elders");
        assertThat(rijen().account(id)).isEqualTo(voor);
        assertThat(rijen().rollen(id)).containsExactly(gemeenteA.id() + " AMBTENAAR");

        var gebruikersnaam = "elders-" + gemeenteA.id();
        assertThat(mvc.post().uri("/beheer/accounts/nieuw").with(user(beheerderA)).with(csrf())
                .param("gebruikersnaam", gebruikersnaam).param("naam", "Elders").param("email", "e@test.example")
                .param("wachtwoord", "lang-genoeg-wachtwoord").param("rollen", "BESTUURSLID")
                .param("wijkoverlegIds", String.valueOf(wijkoverlegB)))
                .hasStatusOk().bodyText().contains("Kies alleen wijkoverleggen van deze gemeente.");
        assertThat(accountService.bestaat(gebruikersnaam)).isFalse();
    }

    @Test
    void beheerderWerktInDeActieveGemeente() {
        var gemeenteA = gegevens.gemeente();
        var gemeenteB = gegevens.gemeente();
        var beheerder = gegevens.account(gemeenteA.id(), Rol.BEHEERDER);
        accountService.kenRollenToe(beheerder, gemeenteB.id(), List.of(Rol.AMBTENAAR), List.of());
        var ambtenaarA = gegevens.account(gemeenteA.id(), Rol.AMBTENAAR);

        assertThat(mvc.get().uri("/beheer/accounts").with(user(beheerder))
                .sessionAttr(HuidigeGebruikerProvider.ACTIEVE_GEMEENTE, gemeenteA.id()))
                .hasStatusOk().bodyText().contains(ambtenaarA);
        assertThat(mvc.get().uri("/beheer/accounts").with(user(beheerder))
                .sessionAttr(HuidigeGebruikerProvider.ACTIEVE_GEMEENTE, gemeenteB.id())).hasStatus(403);
    }

    @Test
    void gegevensEnWachtwoordVanGebruikerDieOokEldersWerktBlijvenVanDeBeheerderDaar() {
        var gemeenteA = gegevens.gemeente();
        var gemeenteB = gegevens.gemeente();
        var beheerderA = gegevens.account(gemeenteA.id(), Rol.BEHEERDER);
        var beheerderB = gegevens.account(gemeenteB.id(), Rol.BEHEERDER);
        accountService.kenRollenToe(beheerderB, gemeenteA.id(), List.of(Rol.AMBTENAAR), List.of());
        var id = rijen().id(beheerderB);
        var voor = rijen().account(id);
        var versie = String.valueOf(rijen().versie(id));

        assertThat(mvc.get().uri("/beheer/accounts/" + id).with(user(beheerderA))).hasStatusOk().bodyText()
                .contains("ook een rol in een gemeente waarin u geen beheerder bent")
                .doesNotContain("Nieuw wachtwoord");
        assertThat(mvc.post().uri("/beheer/accounts/" + id + "/wachtwoord").with(user(beheerderA)).with(csrf())
                .param("versie", versie).param("wachtwoord", "overname-wachtwoord-123"))
                .hasStatusOk().bodyText().contains("Naam, e-mailadres en wachtwoord kunt u daarom niet wijzigen");
        assertThat(mvc.post().uri("/beheer/accounts/" + id).with(user(beheerderA)).with(csrf())
                .param("versie", versie).param("naam", "Andere naam").param("email", "overname@test.example")
                .param("rollen", "AMBTENAAR")).hasStatusOk().bodyText()
                .contains("role=\"alert\"", "Naam, e-mailadres en wachtwoord kunt u daarom niet wijzigen.");
        assertThat(rijen().account(id)).isEqualTo(voor);

        assertThat(mvc.post().uri("/beheer/accounts/" + id).with(user(beheerderA)).with(csrf())
                .param("versie", versie).param("naam", (String) voor.get("naam"))
                .param("email", (String) voor.get("email")).param("rollen", "SECRETARIS"))
                .hasStatus3xxRedirection();
        assertThat(rijen().rollen(id)).containsExactlyInAnyOrder(gemeenteA.id() + " SECRETARIS",
                gemeenteB.id() + " BEHEERDER");
    }
}
