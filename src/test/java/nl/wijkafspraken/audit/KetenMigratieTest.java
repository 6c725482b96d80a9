package nl.wijkafspraken.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import nl.wijkafspraken.support.Eigenaar;
import nl.wijkafspraken.support.IntegratieTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Migration V49 on a database that already holds audit lines: it chains them in id order, sets the head, and the
 * next line written continues the chain. In a database of its own, migrated as the owner.
 */
@IntegratieTest
class KetenMigratieTest {

    @Autowired
    Eigenaar eigenaar;

    @Test
    void bestaandeRegelsWordenInVolgordeVanHunIdGeketend() {
        try (var oud = eigenaar.migratiedatabase("migratie_v49")) {
            oud.migreerTot("48");
            var db = oud.jdbc();
            db.update("insert into gemeente (id, code, naam) values (1, 'hier', 'Hier')");
            for (long id : new long[] {5, 3, 9}) {
                db.update("insert into audit_regel (id, tijdstip, gebruikersnaam, gemeente_id, actie, objecttype, "
                        + "samenvatting) values (?, now(), 'oud', 1, 'AANGEMAAKT', 'Gemeente', 'regel ' || ?)", id, id);
            }

            oud.migreerTot("49");

            var rijen = db.queryForList("select id, keten_nr, vorige_hash, hash, keten_hash(vorige_hash, to_jsonb(a)) "
                    + "as herberekend from audit_regel a order by keten_nr");
            assertThat(rijen).extracting(r -> r.get("id")).containsExactly(3L, 5L, 9L);
            assertThat(rijen).extracting(r -> r.get("keten_nr")).containsExactly(1L, 2L, 3L);
            assertThat(rijen.get(0).get("vorige_hash")).isEqualTo("0".repeat(64));
            assertThat(rijen.get(1).get("vorige_hash")).isEqualTo(rijen.get(0).get("hash"));
            assertThat(rijen.get(2).get("vorige_hash")).isEqualTo(rijen.get(1).get("hash"));
            assertThat(rijen).allSatisfy(r -> assertThat(r.get("hash")).isEqualTo(r.get("herberekend")));
            assertThat(db.queryForMap("select laatste_nr, laatste_hash from keten_kop where tabel = 'audit_regel'"))
                    .isEqualTo(Map.of("laatste_nr", 3L, "laatste_hash", rijen.get(2).get("hash")));

            db.update("insert into audit_regel (tijdstip, gemeente_id, actie, objecttype, samenvatting) "
                    + "values (now(), 1, 'GEWIJZIGD', 'Gemeente', 'nieuw')");
            assertThat(db.queryForMap("select keten_nr, vorige_hash from audit_regel where samenvatting = 'nieuw'"))
                    .containsEntry("keten_nr", 4L).containsEntry("vorige_hash", rijen.get(2).get("hash"));
        }
    }
}
