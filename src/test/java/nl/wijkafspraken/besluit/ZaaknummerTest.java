package nl.wijkafspraken.besluit;

import static nl.wijkafspraken.support.Besluitvorming.als;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import nl.wijkafspraken.gedeeld.DomeinregelException;
import nl.wijkafspraken.gedeeld.Rol;
import nl.wijkafspraken.support.Besluitvorming;
import nl.wijkafspraken.support.IntegratieTest;
import nl.wijkafspraken.support.Testgegevens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Zaaknummers: Z + year + six digits, per gemeente and year, distinct also when many are handed out at once. */
@IntegratieTest
class ZaaknummerTest {

    @Autowired
    Testgegevens gegevens;
    @Autowired
    Besluitvorming besluitvorming;
    @Autowired
    CollegevoorstelService voorstellen;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;

    long gemeente;
    String ambtenaar;
    long wethouder;
    String jaar;

    @BeforeEach
    void gemeenteMetAmbtenaar() {
        gemeente = gegevens.gemeente().id();
        ambtenaar = gegevens.account(gemeente, Rol.AMBTENAAR);
        wethouder = besluitvorming.wethouder(gemeente, "Wethouder Zaak");
        jaar = String.format("%02d", LocalDate.now(clock).getYear() % 100);
    }

    private String zaaknummer(long id) {
        return jdbc.queryForObject("select zaaknummer from collegevoorstel where id = ?", String.class, id);
    }

    @Test
    void twintigGelijktijdigeVoorstellenKrijgenTwintigVerschillendeNummers() throws Exception {
        int aantal = 20;
        var start = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(aantal);
        try {
            var resultaten = new ArrayList<Future<Long>>();
            for (int i = 0; i < aantal; i++) {
                var onderwerp = "Gelijktijdig " + i;
                resultaten.add(pool.submit((Callable<Long>) () -> {
                    start.await();
                    return als(ambtenaar, () -> voorstellen.nieuw(Besluitvorming.gegevens(wethouder, onderwerp), null));
                }));
            }
            start.countDown();
            var nummers = new ArrayList<String>();
            for (var resultaat : resultaten) {
                nummers.add(zaaknummer(resultaat.get()));
            }
            assertThat(nummers).doesNotHaveDuplicates().hasSize(aantal)
                    .allMatch(n -> n.matches("Z" + jaar + "-\\d{6}"));
            assertThat(nummers.stream().map(n -> Integer.parseInt(n.substring(4))).sorted().toList())
                    .as("no gaps either").isEqualTo(IntStream.rangeClosed(1, aantal).boxed().toList());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void handmatigNummerMoetHetFormaatHebbenEnUniekZijn() {
        var eerste = als(ambtenaar, () -> voorstellen.nieuw(Besluitvorming.gegevens(wethouder, "Elders"), " Z26-021435 "));
        assertThat(zaaknummer(eerste)).isEqualTo("Z26-021435");
        assertThatThrownBy(() -> als(ambtenaar, () -> voorstellen.nieuw(Besluitvorming.gegevens(wethouder, "Dubbel"),
                "Z26-021435"))).isInstanceOf(DomeinregelException.class).hasMessage("collegevoorstel.zaaknummer.bestaat");
        for (var fout : new String[] {"Z2026-000001", "z26-000001", "Z26-1234567", "Z26 000001", "26-000001"}) {
            assertThatThrownBy(() -> als(ambtenaar, () -> voorstellen.nieuw(Besluitvorming.gegevens(wethouder, "Fout"),
                    fout))).hasMessage("collegevoorstel.zaaknummer.formaat");
        }
        assertThat(jdbc.queryForObject("select count(*) from collegevoorstel where gemeente_id = ?", Integer.class,
                gemeente)).isEqualTo(1);
    }

    @Test
    void gegenereerdNummerSlaatEenHandmatigIngevoerdNummerOver() {
        als(ambtenaar, () -> voorstellen.nieuw(Besluitvorming.gegevens(wethouder, "Hand"), "Z" + jaar + "-000001"));
        var gegenereerd = als(ambtenaar, () -> voorstellen.nieuw(Besluitvorming.gegevens(wethouder, "Auto"), null));
        assertThat(zaaknummer(gegenereerd)).isEqualTo("Z" + jaar + "-000002");
    }

    @Test
    void elkeGemeenteTeltApart() {
        var andere = gegevens.gemeente().id();
        var ambtenaarElders = gegevens.account(andere, Rol.AMBTENAAR);
        var wethouderElders = besluitvorming.wethouder(andere, "Wethouder Elders");
        var hier = als(ambtenaar, () -> voorstellen.nieuw(Besluitvorming.gegevens(wethouder, "Hier"), null));
        var daar = als(ambtenaarElders, () -> voorstellen.nieuw(Besluitvorming.gegevens(wethouderElders, "Daar"), null));
        assertThat(zaaknummer(hier)).isEqualTo(zaaknummer(daar)).isEqualTo("Z" + jaar + "-000001");
    }
}
