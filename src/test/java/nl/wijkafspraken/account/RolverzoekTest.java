package nl.wijkafspraken.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.List;
import nl.wijkafspraken.gedeeld.Rol;
import nl.wijkafspraken.support.IntegratieTest;
import nl.wijkafspraken.support.Testgegevens;
import nl.wijkafspraken.support.Testgegevens.TestGemeente;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Separation of duties on roles (issue 12): nobody changes their own roles, and BEHEERDER or BESTUURDER wait for a
 * second person, a BEHEERDER or the SECRETARIS, who is neither the one who asked nor the account itself.
 */
@IntegratieTest
class RolverzoekTest {

    @Autowired
    MockMvcTester mvc;
    @Autowired
    Testgegevens gegevens;
    @Autowired
    JdbcTemplate jdbc;

    TestGemeente gemeente;
    String beheerder;
    String tweedeBeheerder;

    @BeforeEach
    void beheerders() {
        gemeente = gegevens.gemeente();
        beheerder = gegevens.account(gemeente.id(), Rol.BEHEERDER);
        tweedeBeheerder = gegevens.account(gemeente.id(), Rol.BEHEERDER);
    }

    private AccountRijen rijen() {
        return new AccountRijen(jdbc);
    }

    private MvcTestResult rollen(String wie, String voor, String... rollen) {
        var id = rijen().id(voor);
        return mvc.post().uri("/beheer/accounts/" + id).with(user(wie)).with(csrf())
                .param("versie", String.valueOf(rijen().versie(id))).param("naam", "Test " + voor)
                .param("email", voor + "@test.example").param("rollen", rollen).exchange();
    }

    private List<String> verzoeken(String voor) {
        return jdbc.queryForList("select rol || ' ' || status from rolverzoek where account_id = ? order by id",
                String.class, rijen().id(voor));
    }

    private long openVerzoek(String voor) {
        return jdbc.queryForObject("select id from rolverzoek where account_id = ? and status = 'OPEN'", Long.class,
                rijen().id(voor));
    }

    private MvcTestResult handelAf(String wie, long verzoek, String actie) {
        return mvc.post().uri("/beheer/rolverzoeken/" + verzoek + "/" + actie).with(user(wie)).with(csrf())
                .exchange();
    }

    @Test
    void eenBeheerderKentZichzelfGeenRolToeEnErVerandertNiets() {
        var id = rijen().id(beheerder);
        var voor = rijen().account(id);

        assertThat(rollen(beheerder, beheerder, "BEHEERDER", "BESTUURDER")).hasStatusOk().bodyText()
                .contains("U kunt uw eigen rollen niet wijzigen.");
        assertThat(rollen(beheerder, beheerder, "AMBTENAAR")).hasStatusOk().bodyText()
                .contains("U kunt uw eigen rollen niet wijzigen.");

        assertThat(rijen().rollen(id)).containsExactly(gemeente.id() + " BEHEERDER");
        assertThat(rijen().account(id)).isEqualTo(voor);
        assertThat(verzoeken(beheerder)).isEmpty();
        assertThat(rijen().auditSamenvattingen(id)).hasSize(1);
    }

    @Test
    void bestuurderWachtOpEenTweedeBeheerder() {
        var ambtenaar = gegevens.account(gemeente.id(), Rol.AMBTENAAR);
        var id = rijen().id(ambtenaar);

        assertThat(rollen(beheerder, ambtenaar, "AMBTENAAR", "BESTUURDER")).hasStatus3xxRedirection();
        assertThat(rijen().rollen(id)).as("nog niet bevestigd").containsExactly(gemeente.id() + " AMBTENAAR");
        assertThat(verzoeken(ambtenaar)).containsExactly("BESTUURDER OPEN");
        assertThat(mvc.get().uri("/beheer/accounts/" + id).with(user(beheerder))).bodyText()
                .contains("Bestuurder (wacht op bevestiging)");

        var verzoek = openVerzoek(ambtenaar);
        assertThat(handelAf(beheerder, verzoek, "bevestigen")).hasStatus3xxRedirection().flash()
                .containsKey("melding");
        assertThat(rijen().rollen(id)).as("wie aanvroeg bevestigt niet").containsExactly(gemeente.id() + " AMBTENAAR");
        assertThat(mvc.get().uri("/beheer/accounts").with(user(beheerder))).bodyText()
                .contains("U heeft dit zelf aangevraagd.")
                .doesNotContain("/beheer/rolverzoeken/" + verzoek + "/bevestigen");

        assertThat(handelAf(tweedeBeheerder, verzoek, "bevestigen")).hasStatus3xxRedirection();
        assertThat(rijen().rollen(id)).containsExactly(gemeente.id() + " AMBTENAAR", gemeente.id() + " BESTUURDER");
        assertThat(verzoeken(ambtenaar)).containsExactly("BESTUURDER BEVESTIGD");
        assertThat(rijen().auditSamenvattingen(id)).last().asString()
                .contains("Rol BESTUURDER toegekend aan " + ambtenaar, "[AMBTENAAR] → [AMBTENAAR, BESTUURDER]",
                        "aangevraagd door " + beheerder, "bevestigd door " + tweedeBeheerder);
        assertThat(rijen().auditSamenvattingen(id)).anySatisfy(s -> assertThat(s)
                .contains("Rol BESTUURDER aangevraagd voor " + ambtenaar, "[AMBTENAAR] → [AMBTENAAR, BESTUURDER]",
                        "aangevraagd door " + beheerder));
    }

    @Test
    void hetAccountZelfBevestigtZijnBeheerderrolNiet() {
        var derde = gegevens.account(gemeente.id(), Rol.BEHEERDER);
        // derde is BEHEERDER already and gets BESTUURDER: he is a BEHEERDER, but not for his own request.
        rollen(beheerder, derde, "BEHEERDER", "BESTUURDER");
        var verzoek = openVerzoek(derde);

        assertThat(handelAf(derde, verzoek, "bevestigen")).hasStatus3xxRedirection();
        assertThat(handelAf(derde, verzoek, "afwijzen")).hasStatus3xxRedirection();
        assertThat(verzoeken(derde)).containsExactly("BESTUURDER OPEN");
        assertThat(rijen().rollen(rijen().id(derde))).containsExactly(gemeente.id() + " BEHEERDER");
        assertThat(mvc.get().uri("/beheer/accounts").with(user(derde))).bodyText()
                .contains("Dit gaat over uw eigen account.");
    }

    @Test
    void afwijzenLaatDeRollenZoalsZeWarenEnStaatInDeAudit() {
        var ambtenaar = gegevens.account(gemeente.id(), Rol.AMBTENAAR);
        rollen(beheerder, ambtenaar, "AMBTENAAR", "BEHEERDER");

        assertThat(handelAf(tweedeBeheerder, openVerzoek(ambtenaar), "afwijzen")).hasStatus3xxRedirection();
        assertThat(rijen().rollen(rijen().id(ambtenaar))).containsExactly(gemeente.id() + " AMBTENAAR");
        assertThat(verzoeken(ambtenaar)).containsExactly("BEHEERDER AFGEWEZEN");
        assertThat(rijen().auditSamenvattingen(rijen().id(ambtenaar))).last().asString()
                .contains("[AMBTENAAR] → [AMBTENAAR]", "gevraagd: [AMBTENAAR, BEHEERDER]",
                        "aangevraagd door " + beheerder, "afgewezen door " + tweedeBeheerder);
    }

    @Test
    void uitvinkenTrektDeAanvraagIn() {
        var ambtenaar = gegevens.account(gemeente.id(), Rol.AMBTENAAR);
        rollen(beheerder, ambtenaar, "AMBTENAAR", "BESTUURDER");
        assertThat(rollen(beheerder, ambtenaar, "AMBTENAAR")).hasStatus3xxRedirection();
        assertThat(verzoeken(ambtenaar)).containsExactly("BESTUURDER INGETROKKEN");
        assertThat(rijen().rollen(rijen().id(ambtenaar))).containsExactly(gemeente.id() + " AMBTENAAR");
    }

    @Test
    void eenNieuwAccountAlleenMetBestuurderWachtEnStaatInDeLijst() {
        var naam = "wethouder-" + gemeente.id();
        assertThat(mvc.post().uri("/beheer/accounts/nieuw").with(user(beheerder)).with(csrf())
                .param("gebruikersnaam", naam).param("naam", "Nieuwe Wethouder").param("email", "w@test.example")
                .param("wachtwoord", "lang-genoeg-wachtwoord").param("rollen", "BESTUURDER"))
                .hasStatus3xxRedirection();
        var id = rijen().id(naam);
        assertThat(rijen().rollen(id)).isEmpty();
        assertThat(mvc.get().uri("/beheer/accounts").with(user(tweedeBeheerder))).bodyText()
                .contains(naam, "Bestuurder (wacht op bevestiging)", "Rollen die wachten op bevestiging");

        handelAf(tweedeBeheerder, openVerzoek(naam), "bevestigen");
        assertThat(rijen().rollen(id)).containsExactly(gemeente.id() + " BESTUURDER");
    }

    @Test
    void andereGemeenteEnAndereRollenHandelenNietsAf() {
        var ambtenaar = gegevens.account(gemeente.id(), Rol.AMBTENAAR);
        rollen(beheerder, ambtenaar, "AMBTENAAR", "BESTUURDER");
        var verzoek = openVerzoek(ambtenaar);
        var vreemdeBeheerder = gegevens.account(gegevens.gemeente().id(), Rol.BEHEERDER);

        assertThat(handelAf(vreemdeBeheerder, verzoek, "bevestigen")).hasStatus(404);
        assertThat(handelAf(vreemdeBeheerder, verzoek, "afwijzen")).hasStatus(404);
        assertThat(handelAf(gegevens.account(gemeente.id(), Rol.BESTUURDER), verzoek, "bevestigen")).hasStatus(403);
        assertThat(handelAf(gegevens.account(gegevens.gemeente().id(), Rol.SECRETARIS), verzoek, "bevestigen"))
                .hasStatus(404);
        assertThat(handelAf(ambtenaar, verzoek, "bevestigen")).hasStatus(403);
        assertThat(handelAf(tweedeBeheerder, 999_999_999L, "bevestigen")).hasStatus(404);
        assertThat(verzoeken(ambtenaar)).containsExactly("BESTUURDER OPEN");
        assertThat(rijen().rollen(rijen().id(ambtenaar))).containsExactly(gemeente.id() + " AMBTENAAR");
    }

    @Test
    void deSecretarisIsDeTweedePersoonAlsDeGemeenteEenBeheerderHeeft() {
        var ambtenaar = gegevens.account(gemeente.id(), Rol.AMBTENAAR);
        var secretaris = gegevens.account(gemeente.id(), Rol.SECRETARIS);
        var id = rijen().id(ambtenaar);
        assertThat(mvc.get().uri("/rolverzoeken").with(user(secretaris))).hasStatusOk().bodyText()
                .contains("Er wachten geen rollen op bevestiging.");
        rollen(beheerder, ambtenaar, "AMBTENAAR", "BESTUURDER");
        var verzoek = openVerzoek(ambtenaar);

        assertThat(mvc.get().uri("/").with(user(secretaris))).body().asString().contains("href=\"/rolverzoeken\"");
        assertThat(mvc.get().uri("/rolverzoeken").with(user(secretaris))).hasStatusOk().body().asString()
                .contains(ambtenaar, "/beheer/rolverzoeken/" + verzoek + "/bevestigen")
                .as("the secretaris has no user management to link to").doesNotContain("/beheer/accounts/" + id);
        assertThat(handelAf(secretaris, verzoek, "bevestigen")).hasStatus3xxRedirection()
                .hasRedirectedUrl("/rolverzoeken");

        assertThat(rijen().rollen(id)).containsExactly(gemeente.id() + " AMBTENAAR", gemeente.id() + " BESTUURDER");
        assertThat(rijen().auditSamenvattingen(id)).last().asString()
                .contains("aangevraagd door " + beheerder, "bevestigd door " + secretaris);
    }

    @Test
    void deSecretarisBevestigtGeenRolVoorZichzelf() {
        var secretaris = gegevens.account(gemeente.id(), Rol.SECRETARIS);
        rollen(beheerder, secretaris, "SECRETARIS", "BEHEERDER");
        var verzoek = openVerzoek(secretaris);

        assertThat(handelAf(secretaris, verzoek, "bevestigen")).hasStatus3xxRedirection();
        assertThat(handelAf(secretaris, verzoek, "afwijzen")).hasStatus3xxRedirection();
        assertThat(verzoeken(secretaris)).containsExactly("BEHEERDER OPEN");
        assertThat(rijen().rollen(rijen().id(secretaris))).containsExactly(gemeente.id() + " SECRETARIS");
        assertThat(mvc.get().uri("/rolverzoeken").with(user(secretaris))).bodyText()
                .contains("Dit gaat over uw eigen account.");
    }
}
