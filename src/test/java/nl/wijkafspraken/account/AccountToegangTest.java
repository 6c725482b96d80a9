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

/** Deactivating and reactivating an account: only by a BEHEERDER of its gemeente, never one's own. */
@IntegratieTest
class AccountToegangTest {

    @Autowired
    MockMvcTester mvc;
    @Autowired
    Testgegevens gegevens;
    @Autowired
    JdbcTemplate jdbc;

    private boolean actief(long id) {
        return jdbc.queryForObject("select actief from account where id = ?", Boolean.class, id);
    }

    @Test
    void deBevestigingspaginaNoemtDeGebruikerEnDeGevolgen() {
        var gemeente = gegevens.gemeente().id();
        var beheerder = gegevens.account(gemeente, Rol.BEHEERDER);
        var naam = gegevens.account(gemeente, Rol.AMBTENAAR);
        var id = new AccountRijen(jdbc).id(naam);

        assertThat(mvc.get().uri("/beheer/accounts/" + id).with(user(beheerder))).bodyText()
                .contains("Deze gebruiker kan inloggen.", "href=\"/beheer/accounts/" + id + "/deactiveren\"");
        assertThat(mvc.get().uri("/beheer/accounts/" + id + "/deactiveren").with(user(beheerder))).hasStatusOk()
                .bodyText().contains("Gebruiker " + naam + " deactiveren", "Ja, deactiveren",
                        "De rollen en de geschiedenis blijven bewaard.");
        assertThat(actief(id)).isTrue();
    }

    @Test
    void eenBeheerderKanZichzelfNietDeactiveren() {
        var beheerder = gegevens.account(gegevens.gemeente().id(), Rol.BEHEERDER);
        var id = new AccountRijen(jdbc).id(beheerder);

        assertThat(mvc.get().uri("/beheer/accounts/" + id).with(user(beheerder))).bodyText()
                .contains("Uw eigen account kunt u niet deactiveren.").doesNotContain("/deactiveren\"");
        assertThat(mvc.post().uri("/beheer/accounts/" + id + "/deactiveren").with(user(beheerder)).with(csrf())
                .param("versie", String.valueOf(new AccountRijen(jdbc).versie(id)))).hasStatus3xxRedirection()
                .flash().containsKey("melding");
        assertThat(actief(id)).isTrue();
        assertThat(jdbc.queryForObject("select count(*) from audit_regel where actie = 'GEDEACTIVEERD' "
                + "and object_id = ?", Integer.class, String.valueOf(id))).isZero();
    }

    @Test
    void eenAndereRolKrijgt403EnEenAndereGemeente404EnNietsVerandert() {
        var gemeenteA = gegevens.gemeente().id();
        var gemeenteB = gegevens.gemeente().id();
        var ambtenaarA = gegevens.account(gemeenteA, Rol.AMBTENAAR);
        var beheerderB = gegevens.account(gemeenteB, Rol.BEHEERDER);
        var naam = gegevens.account(gemeenteA, Rol.SECRETARIS);
        var id = new AccountRijen(jdbc).id(naam);
        var versie = String.valueOf(new AccountRijen(jdbc).versie(id));

        assertThat(mvc.get().uri("/beheer/accounts/" + id + "/deactiveren").with(user(ambtenaarA))).hasStatus(403);
        assertThat(mvc.post().uri("/beheer/accounts/" + id + "/deactiveren").with(user(ambtenaarA)).with(csrf())
                .param("versie", versie)).hasStatus(403);
        assertThat(mvc.get().uri("/beheer/accounts/" + id + "/deactiveren").with(user(beheerderB))).hasStatus(404);
        assertThat(mvc.post().uri("/beheer/accounts/" + id + "/deactiveren").with(user(beheerderB)).with(csrf())
                .param("versie", versie)).hasStatus(404);
        assertThat(actief(id)).isTrue();

        jdbc.update("update account set actief = false where id = ?", id);
        assertThat(mvc.post().uri("/beheer/accounts/" + id + "/activeren").with(user(ambtenaarA)).with(csrf())
                .param("versie", versie)).hasStatus(403);
        assertThat(mvc.post().uri("/beheer/accounts/" + id + "/activeren").with(user(beheerderB)).with(csrf())
                .param("versie", versie)).hasStatus(404);
        assertThat(actief(id)).isFalse();
    }

    @Test
    void deLijstToontWieGedeactiveerdIs() {
        var gemeente = gegevens.gemeente().id();
        var beheerder = gegevens.account(gemeente, Rol.BEHEERDER);
        var naam = gegevens.account(gemeente, Rol.AMBTENAAR);
        jdbc.update("update account set actief = false where gebruikersnaam = ?", naam);

        assertThat(mvc.get().uri("/beheer/accounts").with(user(beheerder))).bodyText()
                .contains(naam + "</a> <span class=\"label\">(gedeactiveerd)</span>");
    }
}
