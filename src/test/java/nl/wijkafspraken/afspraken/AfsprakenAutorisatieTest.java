package nl.wijkafspraken.afspraken;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.wijkafspraken.gedeeld.Rol;
import nl.wijkafspraken.support.AfsprakenGegevens;
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
 * Who may read and change which afspraken and convenanten; every refusal is checked against the database too. A
 * BESTUURSLID reads the text and the own party only, another gemeente gets 404, a role without rights 403.
 */
@IntegratieTest
class AfsprakenAutorisatieTest {

    @Autowired
    MockMvcTester mvc;
    @Autowired
    Testgegevens gegevens;
    @Autowired
    AfsprakenGegevens afsprakenGegevens;
    @Autowired
    VersieService versies;
    @Autowired
    JdbcTemplate jdbc;

    TestGemeente gemeente;
    long eigen;
    long ander;
    AfsprakenGegevens.Afspraken afspraken;
    int concept;

    @BeforeEach
    void afsprakenMetConceptEnTweePartijen() {
        gemeente = gegevens.gemeente();
        eigen = gegevens.wijkoverleg(gemeente.id(), "Eigen Buurt", Set.of(gemeente.wijkNoord()));
        ander = gegevens.wijkoverleg(gemeente.id(), "Andere Buurt", Set.of(gemeente.wijkZuid()));
        afspraken = afsprakenGegevens.vastgesteld(gemeente, LocalDate.of(2026, 5, 4), eigen, ander);
        concept = AfsprakenGegevens.als(afspraken.ambtenaar(), () -> versies.nieuwConcept(afspraken.id()));
    }

    /** Everything that can change: the afspraken, versions, articles, parties and meetings. */
    private Map<String, Object> stand() {
        return Map.of(
                "afspraken", jdbc.queryForList("select * from afspraken where id = ?", afspraken.id()),
                "versies", jdbc.queryForList("select * from afspraken_versie where afspraken_id = ? order by id",
                        afspraken.id()),
                "artikelen", jdbc.queryForList("select a.* from afspraken_artikel a join afspraken_versie v "
                        + "on v.id = a.versie_id where v.afspraken_id = ? order by 1, 2", afspraken.id()),
                "deelnames", jdbc.queryForList("select * from afspraken_deelname where afspraken_id = ? order by id",
                        afspraken.id()),
                "verlengingen", jdbc.queryForList("select * from afspraken_verlenging where afspraken_id = ?",
                        afspraken.id()));
    }

    private String pad(String rest) {
        return "/afspraken/" + afspraken.id() + rest;
    }

    /** Every changing request, as a user without the right to change would try them. */
    private List<Integer> alleWijzigingen(String wie) {
        var versie = "" + jdbc.queryForObject("select versie from afspraken_versie where afspraken_id = ? "
                + "and nummer = ?", Long.class, afspraken.id(), concept);
        return List.of(
                mvc.post().uri(pad("/concept")).with(user(wie)).with(csrf()).exchange().getResponse().getStatus(),
                mvc.post().uri(pad("/versies/" + concept + "/artikelen/nieuw")).with(user(wie)).with(csrf())
                        .param("kop", "Gekaapt").param("tekst", "Tekst").param("versie", versie).exchange()
                        .getResponse().getStatus(),
                mvc.post().uri(pad("/versies/" + concept + "/artikelen/1/wijzigen")).with(user(wie)).with(csrf())
                        .param("kop", "Gekaapt").param("tekst", "Tekst").param("versie", versie).exchange()
                        .getResponse().getStatus(),
                mvc.post().uri(pad("/versies/" + concept + "/artikelen/1/verwijderen")).with(user(wie)).with(csrf())
                        .param("versie", versie).exchange().getResponse().getStatus(),
                mvc.post().uri(pad("/versies/" + concept + "/wijzigen")).with(user(wie)).with(csrf())
                        .param("zaaknummer", "Z26-666666").param("versie", versie).exchange().getResponse()
                        .getStatus(),
                mvc.post().uri(pad("/partijen/nieuw")).with(user(wie)).with(csrf())
                        .param("wijkoverlegId", "" + eigen).param("datum", "2026-06-01").exchange().getResponse()
                        .getStatus(),
                mvc.post().uri(pad("/verlengingen/nieuw")).with(user(wie)).with(csrf())
                        .param("datum", "2026-06-01").param("uitkomst", "NIET_VERLENGD")
                        .param("partijen[0].wijkoverlegId", "" + eigen).param("partijen[0].aanwezig", "true")
                        .exchange().getResponse().getStatus(),
                mvc.post().uri("/afspraken/nieuw").with(user(wie)).with(csrf()).param("titel", "Nieuw").exchange()
                        .getResponse().getStatus());
    }

    @ParameterizedTest
    @EnumSource(value = Rol.class, names = {"SECRETARIS", "BESTUURDER"})
    void medewerkersZonderBeheerrolLezenAllesMaarWijzigenNiets(Rol rol) {
        var wie = gegevens.account(gemeente.id(), rol);
        var voor = stand();
        assertThat(mvc.get().uri(pad("")).with(user(wie))).hasStatusOk().bodyText()
                .contains("Eigen Buurt", "Andere Buurt").doesNotContain("Verlenging vastleggen");
        assertThat(mvc.get().uri(pad("/versies/" + concept)).with(user(wie))).hasStatusOk().bodyText()
                .doesNotContain("Artikel toevoegen");
        assertThat(mvc.get().uri(pad("/vergelijken")).with(user(wie))).hasStatusOk();
        assertThat(mvc.get().uri(pad("/versies/" + concept + "/artikelen/nieuw")).with(user(wie))).hasStatus(403);
        assertThat(mvc.get().uri(pad("/verlengingen/nieuw")).with(user(wie))).hasStatus(403);
        assertThat(alleWijzigingen(wie)).containsOnly(403);
        assertThat(stand()).isEqualTo(voor);
    }

    @Test
    void bestuurslidLeestAlleenDeTekstEnDeEigenPartij() {
        var lid = gegevens.bestuurslid(gemeente.id(), eigen);
        assertThat(mvc.get().uri("/afspraken").with(user(lid))).hasStatusOk().bodyText()
                .contains("Samenwerkingsafspraken " + gemeente.naam());
        assertThat(mvc.get().uri(pad("")).with(user(lid))).hasStatusOk().bodyText()
                .contains("Eigen Buurt", "Rollen", "De gemeente faciliteert.")
                .doesNotContain("Andere Buurt", "Verlenging vastleggen", "Versie " + concept);
        assertThat(mvc.get().uri(pad("/versies/1")).with(user(lid))).hasStatusOk();
        assertThat(mvc.get().uri(pad("/versies/" + concept)).with(user(lid))).hasStatus(404);
        assertThat(mvc.get().uri(pad("/vergelijken")).with(user(lid))).hasStatus(403);
        assertThat(mvc.get().uri("/convenanten").with(user(lid))).hasStatus(403);
        assertThat(mvc.get().uri("/").with(user(lid))).hasStatusOk().bodyText()
                .doesNotContain("Nog niet ondertekend");
    }

    @Test
    void bestuurslidWijzigtNiets() {
        var lid = gegevens.bestuurslid(gemeente.id(), eigen);
        var voor = stand();
        assertThat(alleWijzigingen(lid)).allMatch(status -> status == 403 || status == 404);
        assertThat(stand()).isEqualTo(voor);
    }

    @Test
    void bestuurslidVanEenWijkoverlegDatGeenPartijIsZietDeAfsprakenNiet() {
        var buiten = gegevens.wijkoverleg(gemeente.id(), "Buiten", Set.of(gemeente.wijkZuid()));
        var lid = gegevens.bestuurslid(gemeente.id(), buiten);
        assertThat(mvc.get().uri("/afspraken").with(user(lid))).hasStatusOk().bodyText()
                .doesNotContain("Samenwerkingsafspraken " + gemeente.naam());
        assertThat(mvc.get().uri(pad("")).with(user(lid))).hasStatus(404);
        assertThat(mvc.get().uri(pad("/versies/1")).with(user(lid))).hasStatus(404);
    }

    @Test
    void ambtenaarVanEenAndereGemeenteKrijgt404EnWijzigtNiets() {
        var vreemde = gegevens.account(gegevens.gemeente().id(), Rol.AMBTENAAR);
        var voor = stand();
        assertThat(mvc.get().uri(pad("")).with(user(vreemde))).hasStatus(404);
        assertThat(mvc.get().uri(pad("/versies/1")).with(user(vreemde))).hasStatus(404);
        assertThat(mvc.get().uri(pad("/vergelijken?van=1&naar=2")).with(user(vreemde))).hasStatus(404);
        assertThat(mvc.get().uri("/afspraken").with(user(vreemde))).bodyText()
                .doesNotContain("Samenwerkingsafspraken " + gemeente.naam());
        assertThat(alleWijzigingen(vreemde).subList(0, 7)).containsOnly(404);
        assertThat(stand()).isEqualTo(voor);
    }

    @Test
    void convenantenLezenMedewerkersEnRegistrerenAlleenAmbtenaarEnBeheerder() {
        var convenant = afsprakenGegevens.convenant(gemeente, "Hornmeer");
        var secretaris = gegevens.account(gemeente.id(), Rol.SECRETARIS);
        var vreemde = gegevens.account(gegevens.gemeente().id(), Rol.AMBTENAAR);
        var voor = jdbc.queryForList("select * from convenant where gemeente_id = ?", gemeente.id());

        assertThat(mvc.get().uri("/convenanten/" + convenant).with(user(secretaris))).hasStatusOk();
        assertThat(mvc.get().uri("/convenanten/nieuw").with(user(secretaris))).hasStatus(403);
        assertThat(mvc.post().uri("/convenanten/nieuw").with(user(secretaris)).with(csrf())
                .param("titel", "X").param("partij", "Y").param("datumOndertekend", "2007-01-01")).hasStatus(403);
        assertThat(mvc.post().uri("/convenanten/" + convenant + "/wijzigen").with(user(secretaris)).with(csrf())
                .param("titel", "X").param("partij", "Y").param("datumOndertekend", "2007-01-01")
                .param("versie", "0")).hasStatus(403);
        assertThat(mvc.get().uri("/convenanten/" + convenant).with(user(vreemde))).hasStatus(404);
        assertThat(mvc.post().uri("/convenanten/" + convenant + "/wijzigen").with(user(vreemde)).with(csrf())
                .param("titel", "X").param("partij", "Y").param("datumOndertekend", "2007-01-01")
                .param("versie", "0")).hasStatus(404);
        // There is no way to delete or withdraw a convenant over HTTP.
        var ambtenaar = gegevens.account(gemeente.id(), Rol.AMBTENAAR);
        assertThat(mvc.delete().uri("/convenanten/" + convenant).with(user(ambtenaar)).with(csrf()))
                .hasStatus(405);
        assertThat(mvc.post().uri("/convenanten/" + convenant + "/verwijderen").with(user(ambtenaar)).with(csrf()))
                .hasStatus(404);
        assertThat(mvc.post().uri("/convenanten/" + convenant + "/intrekken").with(user(ambtenaar)).with(csrf()))
                .hasStatus(404);
        assertThat(jdbc.queryForList("select * from convenant where gemeente_id = ?", gemeente.id()))
                .isEqualTo(voor);
    }
}
