package nl.wijkafspraken.ondertekening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.util.function.IntSupplier;
import nl.wijkafspraken.gedeeld.Rol;
import nl.wijkafspraken.support.Inzendingen;
import nl.wijkafspraken.support.IntegratieTest;
import nl.wijkafspraken.support.Testgegevens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Issue 14, part 4 for the signing rounds and mandates: starting a round, withdrawing it, resending an invitation
 * and withdrawing a mandaat, each submitted three times at once and replayed, happen once.
 */
@IntegratieTest
class RondeEenmaalTest {

    @Autowired
    Inzendingen inzendingen;
    @Autowired
    Ondertekeningsgegevens og;
    @Autowired
    Testgegevens gegevens;
    @Autowired
    JdbcTemplate jdbc;

    private int tel(String sql, Object... argumenten) {
        return jdbc.queryForObject(sql, Integer.class, argumenten);
    }

    private String eenmaal(String wie, String pagina, String actie, IntSupplier aantal, String... velden)
            throws Exception {
        return inzendingen.eenRecord(wie, pagina, token -> verzoek(wie, actie, token, velden), aantal);
    }

    private MockHttpServletRequestBuilder verzoek(String wie, String actie, String token, String... velden) {
        var verzoek = post(actie).with(user(wie)).with(csrf()).param("_eenmalig", token);
        for (int i = 0; i < velden.length; i += 2) {
            verzoek.param(velden[i], velden[i + 1]);
        }
        return verzoek;
    }

    @Test
    void rondeStartenIntrekkenEnOpnieuwUitnodigenGebeurenEenKeer() throws Exception {
        var s = og.situatie();
        var ronde = eenmaal(s.ambtenaar(), "/ondertekening/nieuw?afspraken=" + s.afspraken().id(),
                "/ondertekening/nieuw", () -> tel("select count(*) from ondertekenronde where gemeente_id = ?",
                        s.id()), "afsprakenId", "" + s.afspraken().id(), "keuze", "" + s.noord());
        var rondeId = Long.parseLong(ronde.substring("/ondertekening/rondes/".length()));

        var uitnodiging = jdbc.queryForObject("select min(u.id) from ondertekening_uitnodiging u join "
                + "ondertekenronde_partij p on p.id = u.partij_id where p.ronde_id = ?", Long.class, rondeId);
        eenmaal(s.ambtenaar(), ronde, ronde + "/uitnodigingen/" + uitnodiging + "/opnieuw",
                () -> tel("select count(*) from ondertekening_uitnodiging u join ondertekenronde_partij p "
                        + "on p.id = u.partij_id where p.ronde_id = ?", rondeId));

        eenmaal(s.ambtenaar(), ronde + "/intrekken", ronde + "/intrekken",
                () -> tel("select count(*) from audit_regel where objecttype = 'Ondertekenronde' "
                        + "and object_id = ? and actie = 'INGETROKKEN'", "" + rondeId), "reden", "Verkeerde versie");
    }

    @Test
    void mandaatIntrekkenGebeurtEenKeer() throws Exception {
        var s = og.situatie();
        var wethouder = og.wethouderMetMandaat(s.id());
        var mandaat = jdbc.queryForObject("select id from mandaat where collegelid_id = ?", Long.class,
                wethouder.collegelidId());
        var secretaris = gegevens.account(s.id(), Rol.SECRETARIS);
        var versie = jdbc.queryForObject("select versie from mandaat where id = ?", Long.class, mandaat);
        eenmaal(secretaris, "/mandaten/" + mandaat + "/intrekken", "/mandaten/" + mandaat + "/intrekken",
                () -> tel("select count(*) from audit_regel where objecttype = 'Mandaat' and object_id = ? "
                        + "and actie = 'INGETROKKEN'", "" + mandaat),
                "versie", "" + versie, "per", LocalDate.now().plusDays(1).toString(), "reden", "Afgetreden");
    }
}
