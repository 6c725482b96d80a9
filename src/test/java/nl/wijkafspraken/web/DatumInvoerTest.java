package nl.wijkafspraken.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.LocalDate;
import nl.wijkafspraken.gedeeld.Rol;
import nl.wijkafspraken.support.IntegratieTest;
import nl.wijkafspraken.support.Testgegevens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** Dates typed the Dutch way in forms of two modules, through the one formatter and the one form fragment. */
@IntegratieTest
class DatumInvoerTest {

    @Autowired
    MockMvcTester mvc;
    @Autowired
    Testgegevens gegevens;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void datumveldIsTekstveldMetVoorbeeld() {
        var gemeente = gegevens.gemeente();
        var secretaris = gegevens.account(gemeente.id(), Rol.SECRETARIS);

        assertThat(mvc.get().uri("/vergaderingen/nieuw").with(user(secretaris))).hasStatusOk().bodyText()
                .contains("id=\"datum-formaat\"", "Bijvoorbeeld 3-12-2026", "class=\"invoer--datum\"",
                        "aria-describedby=\"datum-formaat\"")
                .containsPattern("<input type=\"text\"[^>]* id=\"datum\" name=\"datum\"")
                .doesNotContain("type=\"date\"");
    }

    @Test
    void vergaderingMetNederlandseDatum() {
        var gemeente = gegevens.gemeente();
        var secretaris = gegevens.account(gemeente.id(), Rol.SECRETARIS);

        assertThat(mvc.post().uri("/vergaderingen/nieuw").with(user(secretaris)).with(csrf())
                .param("datum", "3-12-2026")).hasStatus3xxRedirection();
        assertThat(jdbc.queryForList("select datum from bw_vergadering where gemeente_id = ?", LocalDate.class,
                gemeente.id())).containsExactly(LocalDate.of(2026, 12, 3));
    }

    @Test
    void wijkoverlegMetDatumInWoordenEnTerugAlsDagMaandJaar() {
        var gemeente = gegevens.gemeente();
        var ambtenaar = gegevens.account(gemeente.id(), Rol.AMBTENAAR);

        assertThat(registreer(ambtenaar, gemeente.wijkNoord(), "Wijkoverleg Datum", "3 december 2026"))
                .hasStatus3xxRedirection();
        var id = jdbc.queryForObject("select id from wijkoverleg where gemeente_id = ? and naam = ?", Long.class,
                gemeente.id(), "Wijkoverleg Datum");
        assertThat(jdbc.queryForObject("select oprichtingsdatum from wijkoverleg where id = ?", LocalDate.class, id))
                .isEqualTo(LocalDate.of(2026, 12, 3));
        // The edit form prints the stored date the Dutch way.
        assertThat(mvc.get().uri("/wijkoverleggen/" + id + "/wijzigen").with(user(ambtenaar))).hasStatusOk()
                .bodyText().contains("value=\"3-12-2026\"").doesNotContain("2026-12-03\"");
    }

    @Test
    void onmogelijkeDatumGeeftNederlandseMeldingBijHetVeldEnSlaatNietsOp() {
        var gemeente = gegevens.gemeente();
        var ambtenaar = gegevens.account(gemeente.id(), Rol.AMBTENAAR);
        var secretaris = gegevens.account(gemeente.id(), Rol.SECRETARIS);

        assertThat(registreer(ambtenaar, gemeente.wijkNoord(), "Wijkoverleg Fout", "31-2-2026")).hasStatusOk()
                .bodyText().contains("id=\"oprichtingsdatum-fout\"",
                        "Vul een geldige datum in, bijvoorbeeld 3-12-2026.", "value=\"31-2-2026\"",
                        "aria-describedby=\"oprichtingsdatum-fout oprichtingsdatum-formaat\"")
                .doesNotContain("typeMismatch", "Failed to convert");
        assertThat(mvc.post().uri("/vergaderingen/nieuw").with(user(secretaris)).with(csrf())
                .param("datum", "12/31/2026")).hasStatusOk().bodyText()
                .contains("id=\"datum-fout\"", "Vul een geldige datum in, bijvoorbeeld 3-12-2026.");
        assertThat(jdbc.queryForObject("select count(*) from wijkoverleg where gemeente_id = ?", Integer.class,
                gemeente.id())).isZero();
        assertThat(jdbc.queryForObject("select count(*) from bw_vergadering where gemeente_id = ?", Integer.class,
                gemeente.id())).isZero();
    }

    @Test
    void isoDatumBlijftWerken() {
        var gemeente = gegevens.gemeente();
        var secretaris = gegevens.account(gemeente.id(), Rol.SECRETARIS);

        assertThat(mvc.post().uri("/vergaderingen/nieuw").with(user(secretaris)).with(csrf())
                .param("datum", "2026-12-03")).hasStatus3xxRedirection();
        assertThat(jdbc.queryForList("select datum from bw_vergadering where gemeente_id = ?", LocalDate.class,
                gemeente.id())).containsExactly(LocalDate.of(2026, 12, 3));
    }

    private org.springframework.test.web.servlet.assertj.MvcTestResult registreer(String ambtenaar, long wijk,
            String naam, String oprichtingsdatum) {
        return mvc.post().uri("/wijkoverleggen/nieuw").with(user(ambtenaar)).with(csrf()).param("naam", naam)
                .param("status", "ACTIEF").param("aantalTekenbevoegden", "1").param("contactadres", "info@datum.example")
                .param("wijkIds", "" + wijk).param("oprichtingsdatum", oprichtingsdatum).exchange();
    }
}
