package nl.wijkafspraken.ondertekening;

import static nl.wijkafspraken.support.AfsprakenGegevens.als;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import nl.wijkafspraken.gedeeld.DomeinregelException;
import nl.wijkafspraken.support.AfsprakenGegevens;
import nl.wijkafspraken.support.IntegratieTest;
import nl.wijkafspraken.support.Testgegevens;
import nl.wijkafspraken.wijkoverleg.Functie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 5, item 8: two signatories at once, double clicks and replayed requests. 63 signing requests arrive at the
 * same moment from a thread pool against the real PostgreSQL: every tekenbevoegde of ten wijkoverleggen (two each,
 * both needed) three times, and the wethouder three times. Exactly one signature each, none lost, every party
 * completed and reported exactly once.
 */
@IntegratieTest
class GelijktijdigheidTest {

    private static final int WIJKOVERLEGGEN = 10;
    private static final int HERHALINGEN = 3;

    @Autowired
    Testgegevens gegevens;
    @Autowired
    AfsprakenGegevens afsprakenGegevens;
    @Autowired
    Ondertekeningsgegevens og;
    @Autowired
    RondeService rondes;
    @Autowired
    OndertekeningService ondertekening;
    @Autowired
    GemeenteOndertekening gemeenteOndertekening;
    @Autowired
    PartijOndertekendOntvanger ontvanger;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void vijftigPlusGelijktijdigeVerzoekenGevenPreciesEenHandtekeningPerOndertekenaar() throws Exception {
        var gemeente = gegevens.gemeente();
        var wijkoverleggen = new long[WIJKOVERLEGGEN];
        var adressen = new ArrayList<String>();
        for (int i = 0; i < WIJKOVERLEGGEN; i++) {
            var a = "a" + i + "-" + gemeente.id() + "@gelijk.example";
            var b = "b" + i + "-" + gemeente.id() + "@gelijk.example";
            wijkoverleggen[i] = og.wijkoverleg(gemeente.id(), "Wijkoverleg Gelijk " + i, Set.of(gemeente.wijkNoord()),
                    2, Ondertekeningsgegevens.lid("Voorzitter " + i, a, Functie.VOORZITTER, true),
                    Ondertekeningsgegevens.lid("Secretaris " + i, b, Functie.SECRETARIS, true));
            adressen.add(a);
            adressen.add(b);
        }
        var afspraken = afsprakenGegevens.vastgesteld(gemeente, LocalDate.of(2026, 5, 4), wijkoverleggen);
        var wethouder = og.wethouderMetMandaat(gemeente.id());
        var ronde = als(afspraken.ambtenaar(), () -> rondes.start(afspraken.id(), null));

        var taken = new ArrayList<Callable<Boolean>>();
        for (var adres : adressen) {
            var token = og.token(gemeente.id(), adres);
            ondertekening.vraagCodeAan(token);
            var code = og.code(gemeente.id(), adres);
            for (int i = 0; i < HERHALINGEN; i++) {
                taken.add(() -> {
                    ondertekening.onderteken(token, code, adres, true, true, new Herkomst("10.0.0.1", "gelijk"));
                    return true;
                });
            }
        }
        for (int i = 0; i < HERHALINGEN; i++) {
            taken.add(() -> als(wethouder.login(), () -> {
                gemeenteOndertekening.onderteken(ronde, wethouder.naam(), true, false, new Herkomst("10.0.0.2", "gelijk"));
                return true;
            }));
        }
        Collections.shuffle(taken);
        assertThat(taken).hasSizeGreaterThanOrEqualTo(50);

        var uitkomsten = voerTegelijkUit(taken);

        assertThat(uitkomsten.keySet()).as("nothing failed other than as a refused repeat")
                .isSubsetOf("ondertekend", "LinkGebruiktException", "ondertekening.gemeente.alOndertekend");
        assertThat(uitkomsten.get("ondertekend")).hasValue(adressen.size() + 1);
        assertThat(jdbc.queryForObject("select count(*) from handtekening where ronde_id = ?", Integer.class, ronde))
                .isEqualTo(adressen.size() + 1);
        assertThat(jdbc.queryForObject("select count(distinct email) from handtekening where ronde_id = ? "
                + "and soort = 'WIJKOVERLEG'", Integer.class, ronde)).isEqualTo(adressen.size());
        assertThat(jdbc.queryForList("select distinct u.status from ondertekening_uitnodiging u join "
                + "ondertekenronde_partij p on p.id = u.partij_id where p.ronde_id = ?", String.class, ronde))
                .containsExactly("ONDERTEKEND");
        assertThat(jdbc.queryForList("select distinct status from ondertekenronde_partij where ronde_id = ?",
                String.class, ronde)).containsExactly("ONDERTEKEND");
        assertThat(jdbc.queryForObject("select status from ondertekenronde where id = ?", String.class, ronde))
                .isEqualTo("VOLTOOID");
        assertThat(ontvanger.voorRonde(ronde)).as("each party reported exactly once")
                .extracting(PartijOndertekend::wijkoverlegId)
                .containsExactlyInAnyOrder(java.util.Arrays.stream(wijkoverleggen).boxed().toArray(Long[]::new));
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject("select count(*) from "
                + "afspraken_ondertekening where versie_id = ?", Integer.class, afspraken.versieId()) == WIJKOVERLEGGEN);
    }

    /** Starts all tasks at the same moment and counts the outcomes: "ondertekend" or the refusal. */
    private static ConcurrentHashMap<String, AtomicInteger> voerTegelijkUit(List<Callable<Boolean>> taken)
            throws Exception {
        var uitkomsten = new ConcurrentHashMap<String, AtomicInteger>();
        var start = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(12);
        try {
            var lopend = new ArrayList<Future<?>>();
            for (var taak : taken) {
                lopend.add(pool.submit(() -> {
                    start.await();
                    String uitkomst;
                    try {
                        taak.call();
                        uitkomst = "ondertekend";
                    } catch (DomeinregelException e) {
                        uitkomst = e.getBerichtcode();
                    } catch (Exception e) {
                        uitkomst = e.getClass().getSimpleName();
                        if (!(e instanceof LinkOngeldigException)) {
                            e.printStackTrace();
                        }
                    }
                    uitkomsten.computeIfAbsent(uitkomst, k -> new AtomicInteger()).incrementAndGet();
                    return null;
                }));
            }
            start.countDown();
            for (var taak : lopend) {
                taak.get(120, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        return uitkomsten;
    }
}
