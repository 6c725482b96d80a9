package nl.wijkafspraken.ondertekening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;
import java.util.regex.Pattern;
import nl.wijkafspraken.gedeeld.Melding;
import nl.wijkafspraken.gedeeld.Rol;
import nl.wijkafspraken.support.IntegratieTest;
import nl.wijkafspraken.support.Testgegevens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Issue 14, part 4 for the signing rounds and mandates: starting a round, withdrawing it, resending an invitation
 * and withdrawing a mandaat, each submitted three times at once and replayed, happen once.
 */
@IntegratieTest
class RondeEenmaalTest {

    private static final Pattern TOKEN = Pattern.compile("name=\"_eenmalig\" value=\"([0-9a-f-]{36})\"");

    @Autowired
    MockMvc mvc;
    @Autowired
    Ondertekeningsgegevens og;
    @Autowired
    Testgegevens gegevens;
    @Autowired
    RondeService rondes;
    @Autowired
    JdbcTemplate jdbc;

    private String token(String wie, String pagina) throws Exception {
        var html = mvc.perform(get(pagina).with(user(wie))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        var token = TOKEN.matcher(html);
        assertThat(token.find()).as("the form on %s carries its one-time token", pagina).isTrue();
        return token.group(1);
    }

    private int tel(String sql, Object... argumenten) {
        return jdbc.queryForObject(sql, Integer.class, argumenten);
    }

    /** Three submits at once and a replay, all with the page's token: one change, one target page. */
    private String eenmaal(String wie, String pagina, String actie, IntSupplier aantal, String... velden)
            throws Exception {
        var token = token(wie, pagina);
        int voor = aantal.getAsInt();
        var start = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(3);
        var doelen = new HashSet<String>();
        try {
            var antwoorden = new ArrayList<Future<MvcResult>>();
            for (int i = 0; i < 3; i++) {
                antwoorden.add(pool.submit(() -> {
                    start.await();
                    return mvc.perform(verzoek(wie, actie, token, velden)).andReturn();
                }));
            }
            start.countDown();
            for (var antwoord : antwoorden) {
                var resultaat = antwoord.get(60, TimeUnit.SECONDS).getResponse();
                assertThat(resultaat.getStatus()).as("answer to %s", actie).isEqualTo(302);
                doelen.add(resultaat.getRedirectedUrl());
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(doelen).hasSize(1);
        assertThat(aantal.getAsInt()).as("records made by %s", actie).isEqualTo(voor + 1);
        var herhaling = mvc.perform(verzoek(wie, actie, token, velden)).andReturn();
        assertThat(herhaling.getResponse().getRedirectedUrl()).isEqualTo(doelen.iterator().next());
        assertThat(((Melding) herhaling.getFlashMap().get("melding")).code()).isEqualTo("formulier.alVerzonden");
        assertThat(aantal.getAsInt()).isEqualTo(voor + 1);
        return doelen.iterator().next();
    }

    private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder verzoek(String wie,
            String actie, String token, String... velden) {
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
