package nl.wijkafspraken.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import nl.wijkafspraken.gedeeld.Rol;
import nl.wijkafspraken.support.IntegratieTest;
import nl.wijkafspraken.support.Testgegevens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** Logins in the audit trail: success, failure and block, never a password, an unknown name not as typed. */
@IntegratieTest
class InlogAuditTest {

    @Autowired
    MockMvcTester mvc;
    @Autowired
    Testgegevens gegevens;
    @Autowired
    JdbcTemplate jdbc;

    private Inloggen inloggen;

    @BeforeEach
    void eigenAdres() {
        inloggen = Inloggen.vanEigenAdres(mvc);
    }

    /** Every line written for a login from this test's address, all columns as text. */
    private List<Map<String, Object>> regels() {
        return jdbc.queryForList("""
                select actie, coalesce(gebruikersnaam, '') as gebruikersnaam, gemeente_id, objecttype,
                       coalesce(object_id, '') as object_id, samenvatting
                from audit_regel where ip_adres = ? order by id""", inloggen.ipAdres());
    }

    @Test
    void geslaagdeEnMislukteLoginStaanInDeAudittrailZonderWachtwoord() {
        var gemeente = gegevens.gemeente();
        var naam = gegevens.account(gemeente.id(), Rol.AMBTENAAR);

        inloggen.poging(naam, "mis-geraden-wachtwoord").exchange();
        inloggen.poging(naam.toUpperCase(), Testgegevens.WACHTWOORD).exchange();

        var regels = regels();
        assertThat(regels).extracting(r -> r.get("actie")).containsExactly("INLOG_MISLUKT", "INLOG_GELUKT");
        assertThat(regels).allSatisfy(r -> {
            assertThat(r.get("gebruikersnaam")).isEqualTo(naam);
            assertThat(r.get("gemeente_id")).isEqualTo(gemeente.id());
            assertThat(r.get("samenvatting").toString()).contains(naam);
        });
        assertThat(regels.toString()).doesNotContain("mis-geraden-wachtwoord", Testgegevens.WACHTWOORD);
    }

    @Test
    void eenOnbekendeNaamKomtNietInDeAudittrail() {
        var getypt = "per-ongeluk-mijn-wachtwoord-" + System.nanoTime();

        inloggen.poging(getypt, "iets-anders-123").exchange();

        var regels = regels();
        assertThat(regels).singleElement().satisfies(r -> {
            assertThat(r.get("actie")).isEqualTo("INLOG_MISLUKT");
            assertThat(r.get("samenvatting")).isEqualTo("Inloggen mislukt: onbekende naam");
            assertThat(r.get("gemeente_id")).isNull();
        });
        assertThat(regels.toString()).doesNotContain(getypt, "iets-anders-123");
    }

    @Test
    void deBlokkadeVanEenNaamStaatInDeAudittrail() {
        var naam = gegevens.account(gegevens.gemeente().id(), Rol.AMBTENAAR);
        for (int i = 0; i < Inlogbewaking.MAX_MISLUKT; i++) {
            inloggen.poging(naam, "geraden-" + i).exchange();
        }

        assertThat(regels()).extracting(r -> r.get("actie")).containsExactlyInAnyOrder("INLOG_MISLUKT", "INLOG_MISLUKT",
                "INLOG_MISLUKT", "INLOG_MISLUKT", "INLOG_MISLUKT", "INLOG_NAAM_GEBLOKKEERD");
    }
}
