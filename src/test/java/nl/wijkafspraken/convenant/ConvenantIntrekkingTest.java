package nl.wijkafspraken.convenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import nl.wijkafspraken.gedeeld.DomeinregelException;
import nl.wijkafspraken.support.AfsprakenGegevens;
import nl.wijkafspraken.support.IntegratieTest;
import nl.wijkafspraken.support.Testgegevens;
import nl.wijkafspraken.support.Testgegevens.TestGemeente;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The effect "convenanten intrekken" on the real database: once per besluitpunt, all or nothing, irreversible, and a
 * convenant is never deleted.
 */
@IntegratieTest
class ConvenantIntrekkingTest {

    private static final LocalDate VERVALDATUM = LocalDate.of(2026, 5, 4);

    @Autowired
    ConvenantService convenanten;
    @Autowired
    Testgegevens gegevens;
    @Autowired
    AfsprakenGegevens afsprakenGegevens;
    @Autowired
    JdbcTemplate jdbc;

    TestGemeente gemeente;
    long hornmeer;
    long oosteinde;
    long dorper;

    @BeforeEach
    void drieConvenanten() {
        gemeente = gegevens.gemeente();
        hornmeer = afsprakenGegevens.convenant(gemeente, "Hornmeer");
        oosteinde = afsprakenGegevens.convenant(gemeente, "Oosteinde");
        dorper = afsprakenGegevens.convenant(gemeente, "De Dorper");
    }

    private List<Long> ingetrokken() {
        return jdbc.queryForList("select id from convenant where gemeente_id = ? and intrekking_id is not null "
                + "order by id", Long.class, gemeente.id());
    }

    private int intrekkingen() {
        return jdbc.queryForObject("select count(*) from convenant_intrekking where gemeente_id = ?", Integer.class,
                gemeente.id());
    }

    @Test
    void intrekkenTweeKeerVoorHetzelfdeBesluitpuntGebeurtEenKeer() {
        var afspraken = afsprakenGegevens.vastgesteld(gemeente, VERVALDATUM);
        var besluitpunt = AfsprakenGegevens.nieuwBesluitpunt();

        var eerste = convenanten.trekIn(gemeente.id(), List.of(hornmeer, oosteinde, dorper), 5, besluitpunt,
                VERVALDATUM, afspraken.id(), "B&W 4 mei 2026, nr. 10");
        var tweede = convenanten.trekIn(gemeente.id(), List.of(hornmeer, oosteinde, dorper), 5, besluitpunt,
                VERVALDATUM, afspraken.id(), "B&W 4 mei 2026, nr. 10");

        assertThat(eerste).startsWith("3 convenanten ingetrokken per 4 mei 2026");
        assertThat(tweede).startsWith("Niets gedaan");
        assertThat(ingetrokken()).containsExactly(hornmeer, oosteinde, dorper);
        assertThat(intrekkingen()).isEqualTo(1);
        assertThat(jdbc.queryForMap("select vervaldatum, vervalreden, besluit_id, vervangende_afspraken_id "
                + "from convenant_intrekking where besluitpunt_id = ?", besluitpunt))
                .containsEntry("vervalreden", "ingetrokken_overheid").containsEntry("besluit_id", 5L)
                .containsEntry("vervangende_afspraken_id", afspraken.id());
        assertThat(jdbc.queryForObject("select count(*) from audit_regel where actie = 'INGETROKKEN' "
                + "and gemeente_id = ?", Integer.class, gemeente.id())).isEqualTo(3);
    }

    @Test
    void tweeGelijktijdigeUitvoeringenVanHetzelfdeBesluitpuntTrekkenEenKeerIn() throws Exception {
        var besluitpunt = AfsprakenGegevens.nieuwBesluitpunt();
        var start = new CountDownLatch(1);
        Callable<String> uitvoering = () -> {
            start.await();
            return convenanten.trekIn(gemeente.id(), List.of(hornmeer, oosteinde), 5, besluitpunt, VERVALDATUM, null,
                    "B&W");
        };
        try (var uitvoerder = Executors.newFixedThreadPool(2)) {
            var een = uitvoerder.submit(uitvoering);
            var twee = uitvoerder.submit(uitvoering);
            start.countDown();
            assertThat(List.of(een.get(), twee.get())).filteredOn(r -> r.startsWith("Niets gedaan")).hasSize(1);
        }
        assertThat(intrekkingen()).isEqualTo(1);
        assertThat(ingetrokken()).containsExactly(hornmeer, oosteinde);
    }

    @Test
    void eenAlIngetrokkenConvenantInDeLijstWeigertAllesEnNietsVerandert() {
        convenanten.trekIn(gemeente.id(), List.of(oosteinde), 5, AfsprakenGegevens.nieuwBesluitpunt(), VERVALDATUM,
                null, "eerder besluit");

        assertThatThrownBy(() -> convenanten.trekIn(gemeente.id(), List.of(hornmeer, oosteinde, dorper), 6,
                AfsprakenGegevens.nieuwBesluitpunt(), VERVALDATUM.plusDays(1), null, "later besluit"))
                .isInstanceOf(DomeinregelException.class).hasMessage("convenant.intrekken.alIngetrokken");

        assertThat(ingetrokken()).containsExactly(oosteinde);
        assertThat(intrekkingen()).isEqualTo(1);
        assertThat(jdbc.queryForObject("select i.besluit_identificatie from convenant c join convenant_intrekking i "
                + "on i.id = c.intrekking_id where c.id = ?", String.class, oosteinde)).isEqualTo("eerder besluit");
    }

    @Test
    void eenOnbekendConvenantOfEenVanEenAndereGemeenteWeigertAlles() {
        var andere = gegevens.gemeente();
        var vreemd = afsprakenGegevens.convenant(andere, "Elders");

        assertThatThrownBy(() -> convenanten.trekIn(gemeente.id(), List.of(hornmeer, vreemd), 5,
                AfsprakenGegevens.nieuwBesluitpunt(), VERVALDATUM, null, "B&W"))
                .hasMessage("convenant.intrekken.onbekend");
        assertThatThrownBy(() -> convenanten.trekIn(gemeente.id(), List.of(hornmeer, 999_999_999L), 5,
                AfsprakenGegevens.nieuwBesluitpunt(), VERVALDATUM, null, "B&W"))
                .hasMessage("convenant.intrekken.onbekend");
        assertThatThrownBy(() -> convenanten.trekIn(gemeente.id(), List.of(), 5,
                AfsprakenGegevens.nieuwBesluitpunt(), VERVALDATUM, null, "B&W"))
                .hasMessage("convenant.intrekken.geenConvenanten");
        var vreemdeAfspraken = afsprakenGegevens.concept(andere);
        assertThatThrownBy(() -> convenanten.trekIn(gemeente.id(), List.of(hornmeer), 5,
                AfsprakenGegevens.nieuwBesluitpunt(), VERVALDATUM, vreemdeAfspraken.id(), "B&W"))
                .hasMessage("convenant.intrekken.afsprakenOnbekend");

        assertThat(ingetrokken()).isEmpty();
        assertThat(intrekkingen()).isZero();
        assertThat(jdbc.queryForObject("select intrekking_id from convenant where id = ?", Long.class, vreemd))
                .isNull();
    }

    @Test
    void ingetrokkenConvenantKanNietOpnieuwWordenIngetrokkenOfGewijzigd() {
        convenanten.trekIn(gemeente.id(), List.of(hornmeer), 5, AfsprakenGegevens.nieuwBesluitpunt(), VERVALDATUM,
                null, "B&W");

        assertThatThrownBy(() -> convenanten.trekIn(gemeente.id(), List.of(hornmeer), 6,
                AfsprakenGegevens.nieuwBesluitpunt(), VERVALDATUM, null, "nog een besluit"))
                .hasMessage("convenant.intrekken.alIngetrokken");
        assertThatThrownBy(() -> jdbc.update("update convenant set intrekking_id = null where id = ?", hornmeer))
                .isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> jdbc.update("update convenant_intrekking set vervaldatum = '2030-01-01' "
                + "where gemeente_id = ?", gemeente.id())).isInstanceOf(DataAccessException.class);
        assertThat(ingetrokken()).containsExactly(hornmeer);
    }

    @Test
    void deDatabaseVerwijdertNooitEenConvenant() {
        assertThatThrownBy(() -> jdbc.update("delete from convenant where id = ?", dorper))
                .isInstanceOf(DataAccessException.class);
        convenanten.trekIn(gemeente.id(), List.of(dorper), 5, AfsprakenGegevens.nieuwBesluitpunt(), VERVALDATUM,
                null, "B&W");
        assertThatThrownBy(() -> jdbc.update("delete from convenant where id = ?", dorper))
                .isInstanceOf(DataAccessException.class);
        assertThat(jdbc.queryForObject("select count(*) from convenant where gemeente_id = ?", Integer.class,
                gemeente.id())).isEqualTo(3);
    }
}
