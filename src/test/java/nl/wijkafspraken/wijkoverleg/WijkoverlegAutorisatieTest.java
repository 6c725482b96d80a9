package nl.wijkafspraken.wijkoverleg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.Map;
import java.util.Set;
import nl.wijkafspraken.gedeeld.Rol;
import nl.wijkafspraken.support.IntegratieTest;
import nl.wijkafspraken.support.Testgegevens;
import nl.wijkafspraken.support.Testgegevens.TestGemeente;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** Who may read and change which wijkoverleg; every refusal is checked against the database as well. */
@IntegratieTest
class WijkoverlegAutorisatieTest {

    @Autowired
    MockMvcTester mvc;
    @Autowired
    Testgegevens gegevens;
    @Autowired
    JdbcTemplate jdbc;

    TestGemeente gemeente;
    long eigen;
    long ander;

    @BeforeEach
    void tweeWijkoverleggen() {
        gemeente = gegevens.gemeente();
        eigen = gegevens.wijkoverleg(gemeente.id(), "Eigen", Set.of(gemeente.wijkNoord()));
        ander = gegevens.wijkoverleg(gemeente.id(), "Ander", Set.of(gemeente.wijkZuid()));
    }

    private Map<String, Object> rij(long id) {
        return jdbc.queryForMap("select naam, status, contactadres, versie from wijkoverleg where id = ?", id);
    }

    private int bestuursleden(long id) {
        return jdbc.queryForObject("select count(*) from bestuurslid where wijkoverleg_id = ?", Integer.class, id);
    }

    @ParameterizedTest
    @EnumSource(value = Rol.class, names = {"SECRETARIS", "BESTUURDER"})
    void medewerkersZonderBeheerrolLezenMaarWijzigenNiet(Rol rol) {
        var wie = gegevens.account(gemeente.id(), rol);
        var voor = rij(eigen);
        assertThat(mvc.get().uri("/wijkoverleggen/" + eigen).with(user(wie))).hasStatusOk().bodyText()
                .doesNotContain("/wijzigen\"");
        assertThat(mvc.get().uri("/wijkoverleggen/nieuw").with(user(wie))).hasStatus(403);
        assertThat(mvc.get().uri("/wijkoverleggen/" + eigen + "/wijzigen").with(user(wie))).hasStatus(403);
        assertThat(mvc.post().uri("/wijkoverleggen/nieuw").with(user(wie)).with(csrf()).param("naam", "Nieuw")
                .param("wijkIds", "" + gemeente.wijkNoord()).param("status", "ACTIEF")
                .param("aantalTekenbevoegden", "1")).hasStatus(403);
        assertThat(mvc.post().uri("/wijkoverleggen/" + eigen + "/wijzigen").with(user(wie)).with(csrf())
                .param("naam", "Gekaapt").param("wijkIds", "" + gemeente.wijkNoord()).param("status", "ACTIEF")
                .param("aantalTekenbevoegden", "1").param("versie", "0")).hasStatus(403);
        assertThat(mvc.post().uri("/wijkoverleggen/" + eigen + "/bestuursleden/nieuw").with(user(wie)).with(csrf())
                .param("naam", "X").param("email", "x@x.example").param("functie", "LID")
                .param("startdatum", "2026-01-01")).hasStatus(403);
        assertThat(mvc.post().uri("/wijken/nieuw").with(user(wie)).with(csrf()).param("naam", "Nieuwe wijk"))
                .hasStatus(403);
        assertThat(rij(eigen)).isEqualTo(voor);
        assertThat(bestuursleden(eigen)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from wijkoverleg where gemeente_id = ?", Integer.class,
                gemeente.id())).isEqualTo(2);
    }

    @Test
    void bestuurslidZietAlleenHetEigenWijkoverleg() {
        var lid = gegevens.bestuurslid(gemeente.id(), eigen);
        assertThat(mvc.get().uri("/wijkoverleggen").with(user(lid))).hasStatusOk().bodyText()
                .contains("Eigen").doesNotContain("Ander");
        assertThat(mvc.get().uri("/wijkoverleggen/" + eigen).with(user(lid))).hasStatusOk();
        assertThat(mvc.get().uri("/wijkoverleggen/" + ander).with(user(lid))).hasStatus(404);
        assertThat(mvc.get().uri("/wijken").with(user(lid))).hasStatus(403);
    }

    @Test
    void bestuurslidWerktHetEigenBestuurEnContactadresBijMaarVerderNiets() {
        var lid = gegevens.bestuurslid(gemeente.id(), eigen);
        assertThat(mvc.post().uri("/wijkoverleggen/" + eigen + "/bestuursleden/nieuw").with(user(lid)).with(csrf())
                .param("naam", "Nieuw Lid").param("email", "nieuw@eigen.example").param("functie", "LID")
                .param("startdatum", "2026-01-01")).hasStatus3xxRedirection();
        assertThat(mvc.post().uri("/wijkoverleggen/" + eigen + "/contact").with(user(lid)).with(csrf())
                .param("contactadres", "bestuur@eigen.example").param("versie", "0")).hasStatus3xxRedirection();
        assertThat(bestuursleden(eigen)).isEqualTo(2);
        assertThat(rij(eigen)).containsEntry("contactadres", "bestuur@eigen.example");

        var voor = rij(eigen);
        assertThat(mvc.get().uri("/wijkoverleggen/" + eigen + "/wijzigen").with(user(lid))).hasStatus(403);
        assertThat(mvc.post().uri("/wijkoverleggen/" + eigen + "/wijzigen").with(user(lid)).with(csrf())
                .param("naam", "Hernoemd").param("wijkIds", "" + gemeente.wijkNoord()).param("status", "ACTIEF")
                .param("aantalTekenbevoegden", "1").param("versie", voor.get("versie").toString())).hasStatus(403);
        assertThat(rij(eigen)).isEqualTo(voor);
    }

    @Test
    void bestuurslidKanEenAnderWijkoverlegNietWijzigen() {
        var lid = gegevens.bestuurslid(gemeente.id(), eigen);
        var voor = rij(ander);
        var lidVanAnder = jdbc.queryForObject("select id from bestuurslid where wijkoverleg_id = ?", Long.class, ander);
        assertThat(mvc.post().uri("/wijkoverleggen/" + ander + "/bestuursleden/nieuw").with(user(lid)).with(csrf())
                .param("naam", "Indringer").param("email", "i@x.example").param("functie", "LID")
                .param("startdatum", "2026-01-01")).hasStatus(404);
        assertThat(mvc.post().uri("/wijkoverleggen/" + ander + "/contact").with(user(lid)).with(csrf())
                .param("contactadres", "kaping@x.example").param("versie", "0")).hasStatus(404);
        assertThat(mvc.post().uri("/wijkoverleggen/" + ander + "/bestuursleden/" + lidVanAnder + "/beeindigen")
                .with(user(lid)).with(csrf()).param("einddatum", "2026-01-01").param("versie", "0")).hasStatus(404);
        // The member of the other board, addressed through the own wijkoverleg: still not found.
        assertThat(mvc.post().uri("/wijkoverleggen/" + eigen + "/bestuursleden/" + lidVanAnder + "/beeindigen")
                .with(user(lid)).with(csrf()).param("einddatum", "2026-01-01").param("versie", "0")).hasStatus(404);
        assertThat(rij(ander)).isEqualTo(voor);
        assertThat(jdbc.queryForObject("select einddatum from bestuurslid where id = ?", Object.class, lidVanAnder))
                .isNull();
        assertThat(bestuursleden(ander)).isEqualTo(1);
    }

    @Test
    void ambtenaarVanEenAndereGemeenteKrijgt404EnWijzigtNiets() {
        var andere = gegevens.gemeente();
        var vreemde = gegevens.account(andere.id(), Rol.AMBTENAAR);
        var voor = rij(eigen);
        assertThat(mvc.get().uri("/wijkoverleggen/" + eigen).with(user(vreemde))).hasStatus(404);
        assertThat(mvc.get().uri("/wijkoverleggen").with(user(vreemde))).bodyText().doesNotContain("Eigen");
        assertThat(mvc.post().uri("/wijkoverleggen/" + eigen + "/wijzigen").with(user(vreemde)).with(csrf())
                .param("naam", "Overgenomen").param("wijkIds", "" + andere.wijkNoord()).param("status", "ACTIEF")
                .param("aantalTekenbevoegden", "1").param("versie", "0")).hasStatus(404);
        assertThat(mvc.get().uri("/wijken/" + gemeente.wijkNoord() + "/wijzigen").with(user(vreemde))).hasStatus(404);
        assertThat(mvc.post().uri("/wijken/" + gemeente.wijkNoord() + "/wijzigen").with(user(vreemde)).with(csrf())
                .param("naam", "Overgenomen").param("versie", "0")).hasStatus(404);
        assertThat(rij(eigen)).isEqualTo(voor);
        assertThat(jdbc.queryForObject("select naam from wijk where id = ?", String.class, gemeente.wijkNoord()))
                .isEqualTo("Noord");
    }

    @Test
    void zonderCsrfTokenWordtNietsGewijzigd() {
        var ambtenaar = gegevens.account(gemeente.id(), Rol.AMBTENAAR);
        var voor = rij(eigen);
        assertThat(mvc.post().uri("/wijkoverleggen/" + eigen + "/wijzigen").with(user(ambtenaar))
                .param("naam", "Zonder token").param("wijkIds", "" + gemeente.wijkNoord()).param("status", "ACTIEF")
                .param("aantalTekenbevoegden", "1").param("versie", "0")).hasStatus(403);
        assertThat(rij(eigen)).isEqualTo(voor);
    }
}
