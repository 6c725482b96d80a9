package nl.wijkafspraken.besluit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import nl.wijkafspraken.gedeeld.Rol;
import nl.wijkafspraken.support.Besluitvorming;
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

/**
 * Who may do what with voorstellen, meetings and besluiten; every refusal is checked against the database too.
 * AMBTENAAR writes voorstellen, SECRETARIS runs meetings, every medewerker reads, a BESTUURSLID has no access, and
 * another gemeente's objects are not found.
 */
@IntegratieTest
class BesluitvormingAutorisatieTest {

    @Autowired
    MockMvcTester mvc;
    @Autowired
    Testgegevens gegevens;
    @Autowired
    Besluitvorming besluitvorming;
    @Autowired
    JdbcTemplate jdbc;

    TestGemeente testgemeente;
    long gemeente;
    String ambtenaar;
    String secretaris;
    long wethouder;
    long voorstel;
    long vergadering;
    long agendapunt;

    @BeforeEach
    void voorstelOpDeAgenda() {
        testgemeente = gegevens.gemeente();
        gemeente = testgemeente.id();
        ambtenaar = gegevens.account(gemeente, Rol.AMBTENAAR);
        secretaris = gegevens.account(gemeente, Rol.SECRETARIS);
        wethouder = besluitvorming.wethouder(gemeente, "Wethouder Toegang");
        voorstel = besluitvorming.voorstel(ambtenaar, wethouder, "Bewaakt", (Effect) null);
        var punt = besluitvorming.geagendeerd(secretaris, voorstel, LocalDate.of(2026, 5, 4));
        vergadering = punt[0];
        agendapunt = punt[1];
    }

    private Map<String, Object> stand() {
        return jdbc.queryForMap("select v.onderwerp, v.status, v.versie, (select count(*) from besluitpunt b where "
                + "b.collegevoorstel_id = v.id) as punten, (select count(*) from agendapunt a where "
                + "a.collegevoorstel_id = v.id and a.uitkomst is not null) as uitkomsten, (select count(*) from "
                + "bw_vergadering w where w.gemeente_id = v.gemeente_id) as vergaderingen, (select status from "
                + "bw_vergadering w where w.id = ?) as vergaderstatus, (select count(*) from collegevoorstel c where "
                + "c.gemeente_id = v.gemeente_id) as voorstellen from collegevoorstel v where v.id = ?",
                vergadering, voorstel);
    }

    @ParameterizedTest
    @EnumSource(value = Rol.class, names = {"SECRETARIS", "BESTUURDER", "BEHEERDER"})
    void alleenDeAmbtenaarSchrijftVoorstellen(Rol rol) {
        var wie = gegevens.account(gemeente, rol);
        var voor = stand();
        assertThat(mvc.get().uri("/collegevoorstellen/" + voorstel).with(user(wie))).hasStatusOk();
        assertThat(mvc.get().uri("/collegevoorstellen/nieuw").with(user(wie))).hasStatus(403);
        assertThat(mvc.post().uri("/collegevoorstellen/nieuw").with(user(wie)).with(csrf()).param("openbaar", "true")
                .param("naarRaad", "false").param("onderwerp", "Ongewenst")).hasStatus(403);
        assertThat(mvc.post().uri("/collegevoorstellen/" + voorstel + "/wijzigen").with(user(wie)).with(csrf())
                .param("versie", voor.get("versie").toString()).param("openbaar", "true").param("naarRaad", "false")
                .param("onderwerp", "Gekaapt")).hasStatus(403);
        assertThat(mvc.post().uri("/collegevoorstellen/" + voorstel + "/besluitpunten/nieuw").with(user(wie))
                .with(csrf()).param("versie", voor.get("versie").toString()).param("tekst", "extra")).hasStatus(403);
        assertThat(stand()).isEqualTo(voor);
    }

    @ParameterizedTest
    @EnumSource(value = Rol.class, names = {"AMBTENAAR", "BESTUURDER", "BEHEERDER"})
    void alleenDeSecretarisLegtUitkomstenVastEnSluitVergaderingen(Rol rol) {
        var wie = gegevens.account(gemeente, rol);
        var voor = stand();
        assertThat(mvc.get().uri("/vergaderingen/" + vergadering).with(user(wie))).hasStatusOk().bodyText()
                .doesNotContain("/uitkomst\"", "/sluiten\"");
        assertThat(mvc.post().uri("/vergaderingen/nieuw").with(user(wie)).with(csrf()).param("datum", "2026-06-01"))
                .hasStatus(403);
        assertThat(mvc.get().uri("/vergaderingen/" + vergadering + "/agendapunten/" + agendapunt + "/uitkomst")
                .with(user(wie))).hasStatus(403);
        assertThat(mvc.post().uri("/vergaderingen/" + vergadering + "/agendapunten/" + agendapunt + "/uitkomst")
                .with(user(wie)).with(csrf()).param("uitkomst", "CONFORM_ADVIES")).hasStatus(403);
        assertThat(mvc.post().uri("/vergaderingen/" + vergadering + "/agendapunten/" + agendapunt + "/van-agenda")
                .with(user(wie)).with(csrf())).hasStatus(403);
        assertThat(mvc.post().uri("/vergaderingen/" + vergadering + "/sluiten").with(user(wie)).with(csrf()))
                .hasStatus(403);
        assertThat(stand()).isEqualTo(voor);
    }

    @Test
    void bestuurslidVanEenWijkoverlegHeeftGeenToegang() {
        var wijkoverleg = gegevens.wijkoverleg(gemeente, "Wijk Toegang", Set.of(testgemeente.wijkNoord()));
        var lid = gegevens.bestuurslid(gemeente, wijkoverleg);
        for (var pad : new String[] {"/collegevoorstellen", "/collegevoorstellen/" + voorstel, "/vergaderingen",
                "/vergaderingen/" + vergadering, "/vergaderingen/" + vergadering + "/besluitenlijst", "/besluiten",
                "/mandaten", "/college"}) {
            assertThat(mvc.get().uri(pad).with(user(lid))).as(pad).hasStatus(403);
        }
        assertThat(mvc.get().uri("/").with(user(lid))).hasStatusOk().bodyText()
                .doesNotContain("href=\"/collegevoorstellen\"", "href=\"/mandaten\"");
    }

    @Test
    void andereGemeenteVindtNietsEnWijzigtNiets() {
        var andere = gegevens.gemeente().id();
        var vreemdeAmbtenaar = gegevens.account(andere, Rol.AMBTENAAR);
        var vreemdeSecretaris = gegevens.account(andere, Rol.SECRETARIS);
        var voor = stand();
        assertThat(mvc.get().uri("/collegevoorstellen/" + voorstel).with(user(vreemdeAmbtenaar))).hasStatus(404);
        assertThat(mvc.get().uri("/collegevoorstellen").with(user(vreemdeAmbtenaar))).bodyText()
                .doesNotContain("Bewaakt");
        assertThat(mvc.post().uri("/collegevoorstellen/" + voorstel + "/wijzigen").with(user(vreemdeAmbtenaar))
                .with(csrf()).param("versie", voor.get("versie").toString()).param("openbaar", "true")
                .param("naarRaad", "false").param("onderwerp", "Overgenomen")).hasStatus(404);
        assertThat(mvc.get().uri("/vergaderingen/" + vergadering).with(user(vreemdeSecretaris))).hasStatus(404);
        assertThat(mvc.post().uri("/vergaderingen/" + vergadering + "/agendapunten/" + agendapunt + "/uitkomst")
                .with(user(vreemdeSecretaris)).with(csrf()).param("uitkomst", "CONFORM_ADVIES")).hasStatus(404);
        assertThat(mvc.post().uri("/vergaderingen/" + vergadering + "/sluiten").with(user(vreemdeSecretaris))
                .with(csrf())).hasStatus(404);

        // A meeting of the own gemeente cannot take a voorstel of the other one on its agenda.
        var eigenVergadering = besluitvorming.geagendeerd(vreemdeSecretaris,
                besluitvorming.voorstel(vreemdeAmbtenaar, besluitvorming.wethouder(andere, "W"), "Eigen", (Effect) null),
                LocalDate.of(2026, 6, 1))[0];
        assertThat(mvc.post().uri("/vergaderingen/" + eigenVergadering + "/agenda").with(user(vreemdeSecretaris))
                .with(csrf()).param("collegevoorstelId", "" + voorstel)).hasStatusOk().bodyText()
                .contains("Kies een collegevoorstel van deze gemeente.");
        assertThat(stand()).isEqualTo(voor);
    }

    @Test
    void zonderCsrfTokenWordtNietsVastgelegd() {
        var voor = stand();
        assertThat(mvc.post().uri("/vergaderingen/" + vergadering + "/agendapunten/" + agendapunt + "/uitkomst")
                .with(user(secretaris)).param("uitkomst", "CONFORM_ADVIES")).hasStatus(403);
        assertThat(stand()).isEqualTo(voor);
    }

    @Test
    void uitkomstIsDefinitiefEnEenGeslotenVergaderingVerandertNiet() {
        var pad = "/vergaderingen/" + vergadering + "/agendapunten/" + agendapunt + "/uitkomst";
        assertThat(mvc.post().uri(pad).with(user(secretaris)).with(csrf()).param("uitkomst", "AFGEWEZEN"))
                .hasStatus3xxRedirection();
        assertThat(mvc.post().uri(pad).with(user(secretaris)).with(csrf()).param("uitkomst", "CONFORM_ADVIES"))
                .hasStatusOk().bodyText().contains("Over dit agendapunt is al besloten; de uitkomst ligt vast.");
        assertThat(mvc.post().uri("/vergaderingen/" + vergadering + "/sluiten").with(user(secretaris)).with(csrf()))
                .hasStatus3xxRedirection();
        var voor = stand();
        assertThat(voor).containsEntry("status", "BESLOTEN").containsEntry("vergaderstatus", "GESLOTEN");
        var nieuw = besluitvorming.voorstel(ambtenaar, wethouder, "Te laat", (Effect) null);
        assertThat(mvc.post().uri("/vergaderingen/" + vergadering + "/agenda").with(user(secretaris)).with(csrf())
                .param("collegevoorstelId", "" + nieuw)).hasStatus3xxRedirection().flash()
                .containsKey("melding");
        assertThat(jdbc.queryForObject("select status from collegevoorstel where id = ?", String.class, nieuw))
                .isEqualTo("CONCEPT");
        assertThat(jdbc.queryForObject("select count(*) from besluit where collegevoorstel_id = ?", Integer.class,
                voorstel)).isZero();
    }
}
