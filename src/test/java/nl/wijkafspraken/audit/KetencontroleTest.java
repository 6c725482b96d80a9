package nl.wijkafspraken.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import nl.wijkafspraken.audit.Ketencontrole.Breuk;
import nl.wijkafspraken.audit.Ketencontrole.Keten;
import nl.wijkafspraken.audit.Ketencontrole.Uitkomst;
import nl.wijkafspraken.support.IntegratieTest;
import nl.wijkafspraken.support.Testgegevens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The hash chains (V49) and their verifier: every new row is chained in the database, whoever writes it; a row changed
 * or removed by the owner with the triggers off breaks the chain at that row; concurrent writers keep one chain.
 */
@IntegratieTest
class KetencontroleTest {

    @Autowired
    Ketencontrole controle;
    @Autowired
    AuditService audit;
    @Autowired
    Testgegevens gegevens;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transactie;
    @Autowired
    Vervalser vervalser;

    private Uitkomst uitkomst(Keten keten) {
        return controle.controleer().stream().filter(u -> u.keten() == keten).findFirst().orElseThrow();
    }

    private long nieuweRegel(long gemeenteId, String samenvatting) {
        transactie.executeWithoutResult(t -> audit.registreer(gemeenteId, "GEWIJZIGD", "Test", null, samenvatting));
        return jdbc.queryForObject("select max(id) from audit_regel where samenvatting = ?", Long.class, samenvatting);
    }

    @Test
    void elkeNieuweRegelWijstNaarDeHashVanDeVorige() {
        var gemeente = gegevens.gemeente();
        long eerste = nieuweRegel(gemeente.id(), "eerste");
        long tweede = nieuweRegel(gemeente.id(), "tweede");

        var rijen = jdbc.queryForList("select keten_nr, vorige_hash, hash, keten_hash(vorige_hash, to_jsonb(a)) as "
                + "herberekend from audit_regel a where id in (?, ?) order by keten_nr", eerste, tweede);
        assertThat((long) rijen.get(1).get("keten_nr")).isEqualTo((long) rijen.get(0).get("keten_nr") + 1);
        assertThat(rijen.get(1).get("vorige_hash")).isEqualTo(rijen.get(0).get("hash"));
        assertThat(rijen).allSatisfy(r -> assertThat(r.get("hash")).isEqualTo(r.get("herberekend")));
        assertThat((String) rijen.get(0).get("hash")).matches("[0-9a-f]{64}");
        assertThat(controle.controleer()).allSatisfy(u -> assertThat(u.intact()).as(u.keten().name()).isTrue());
    }

    @Test
    void eenInvoegingDieOpEenConflictAfketstLaatGeenGatInDeKeten() {
        var gemeente = gegevens.gemeente();
        long bestaand = nieuweRegel(gemeente.id(), "bestaand");

        assertThat(jdbc.update("insert into audit_regel (id, tijdstip, gemeente_id, actie, objecttype, samenvatting) "
                + "values (?, now(), ?, 'GEWIJZIGD', 'Test', 'dubbel') on conflict do nothing", bestaand,
                gemeente.id())).isZero();
        long daarna = nieuweRegel(gemeente.id(), "daarna");

        assertThat(jdbc.queryForObject("select b.keten_nr - a.keten_nr from audit_regel a, audit_regel b "
                + "where a.id = ? and b.id = ?", Long.class, bestaand, daarna)).isEqualTo(1L);
        assertThat(uitkomst(Keten.AUDITTRAIL).intact()).isTrue();
    }

    @Test
    void eenDoorDeSuperuserGewijzigdeRegelBreektDeKetenBijDieRegel() {
        var gemeente = gegevens.gemeente();
        long id = nieuweRegel(gemeente.id(), "echt");
        nieuweRegel(gemeente.id(), "daarna");

        var gevonden = vervalser.wijzig("audit_regel", id, "samenvatting", "vervalst",
                () -> uitkomst(Keten.AUDITTRAIL));

        assertThat(gevonden.intact()).isFalse();
        assertThat(gevonden.breuk()).isEqualTo(Breuk.INHOUD);
        assertThat(gevonden.rij()).isEqualTo(String.valueOf(id));
        assertThat(uitkomst(Keten.AUDITTRAIL).intact()).as("hersteld").isTrue();
    }

    @Test
    void eenWeggehaaldeRegelBreektDeKetenBijDeRegelErna() {
        var gemeente = gegevens.gemeente();
        long weg = nieuweRegel(gemeente.id(), "weg");
        long erna = nieuweRegel(gemeente.id(), "erna");

        var gevonden = vervalser.verwijder("audit_regel", weg, () -> uitkomst(Keten.AUDITTRAIL));

        assertThat(gevonden.breuk()).isEqualTo(Breuk.VOLGNUMMER);
        assertThat(gevonden.rij()).isEqualTo(String.valueOf(erna));
        assertThat(uitkomst(Keten.AUDITTRAIL).intact()).isTrue();
    }

    @Test
    void eenWeggehaaldeLaatsteRegelLaatDeKopNietMeerKloppen() {
        var gemeente = gegevens.gemeente();
        long laatste = nieuweRegel(gemeente.id(), "laatste");

        var gevonden = vervalser.verwijder("audit_regel", laatste, () -> uitkomst(Keten.AUDITTRAIL));

        assertThat(gevonden.breuk()).isEqualTo(Breuk.KOP);
        assertThat(uitkomst(Keten.AUDITTRAIL).intact()).isTrue();
    }

    @Test
    void vijftigGelijktijdigeSchrijversHoudenEenGeldigeKeten() throws Exception {
        var gemeente = gegevens.gemeente();
        int voor = jdbc.queryForObject("select count(*) from audit_regel where gemeente_id = ?", Integer.class,
                gemeente.id());
        var start = new CountDownLatch(1);
        var klaar = new ArrayList<Future<?>>();
        try (var draden = Executors.newFixedThreadPool(50)) {
            for (int i = 0; i < 50; i++) {
                var samenvatting = "gelijktijdig " + i;
                klaar.add(draden.submit(() -> {
                    start.await();
                    transactie.executeWithoutResult(t ->
                            audit.registreer(gemeente.id(), "GEWIJZIGD", "Test", null, samenvatting));
                    return null;
                }));
            }
            start.countDown();
            for (var f : klaar) {
                f.get(60, TimeUnit.SECONDS);
            }
        }

        assertThat(jdbc.queryForObject("select count(distinct keten_nr) from audit_regel where gemeente_id = ?",
                Integer.class, gemeente.id())).isEqualTo(voor + 50);
        assertThat(jdbc.queryForObject("select count(*) from audit_regel a where vorige_hash = (select hash from "
                + "audit_regel b where b.keten_nr = a.keten_nr - 1) and a.gemeente_id = ?", Integer.class,
                gemeente.id())).isEqualTo(voor + 50);
        assertThat(uitkomst(Keten.AUDITTRAIL).intact()).isTrue();
    }
}
