package nl.wijkafspraken.bestuur;

import static org.assertj.core.api.Assertions.assertThat;

import nl.wijkafspraken.support.Eigenaar;
import nl.wijkafspraken.support.IntegratieTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * V43 turns links by name into links by account id, within the gemeente only: run on a database of its own in the
 * same PostgreSQL server, migrated to V42, filled the old way, then migrated to V43.
 */
@IntegratieTest
class KoppelingMigratieTest {

    @Autowired
    Eigenaar eigenaar;

    @Test
    void koppelingOpNaamWordtKoppelingOpAccountBinnenDeGemeente() {
        try (var oud = eigenaar.migratiedatabase("migratie_v43")) {
            oud.migreerTot("42");
            var db = oud.jdbc();
            db.update("insert into gemeente (id, code, naam) values (1, 'hier', 'Hier'), (2, 'elders', 'Elders')");
            db.update("""
                    insert into account (id, gebruikersnaam, naam, wachtwoord_hash) values
                    (10, 'wethouder', 'W', 'x'), (11, 'vreemde', 'V', 'x'), (12, 'zonderrol', 'Z', 'x')""");
            db.update("insert into roltoekenning (account_id, gemeente_id, rol) values (10, 1, 'BESTUURDER'), "
                    + "(11, 2, 'BESTUURDER')");
            db.update("""
                    insert into collegelid (id, gemeente_id, naam, rol, periode_van, gebruikersnaam) values
                    (100, 1, 'Eigen', 'WETHOUDER', '2022-06-01', 'WETHOUDER'),
                    (101, 1, 'Vreemd', 'WETHOUDER', '2022-06-01', 'vreemde'),
                    (102, 1, 'Zonder', 'WETHOUDER', '2022-06-01', 'zonderrol'),
                    (103, 1, 'Niemand', 'WETHOUDER', '2022-06-01', 'bestaat-niet'),
                    (104, 1, 'Los', 'BURGEMEESTER', '2022-06-01', null)""");

            oud.migreerTot("43");

            assertThat(db.queryForList("select id || ' ' || coalesce(account_id::text, '-') from collegelid "
                    + "order by id", String.class))
                    .containsExactly("100 10", "101 -", "102 -", "103 -", "104 -");
            assertThat(db.queryForList("select actie || ' ' || object_id from audit_regel order by object_id",
                    String.class)).containsExactly("KOPPELING_OMGEZET 100", "KOPPELING_VERVALLEN 101",
                    "KOPPELING_VERVALLEN 102", "KOPPELING_VERVALLEN 103");
            assertThat(db.queryForObject("select samenvatting from audit_regel where object_id = '101'",
                    String.class)).contains("gebruikersnaam vreemde → geen account");
        }
    }
}
