package nl.wijkafspraken.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import nl.wijkafspraken.config.EmbeddedPostgresEnvironmentPostProcessor;
import nl.wijkafspraken.support.Eigenaar;
import nl.wijkafspraken.support.IntegratieTest;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Migration V49 on a database that already holds audit lines: it chains them in id order, sets the head, and the
 * next line written continues the chain. In a database of its own, migrated as the owner.
 */
@IntegratieTest
class KetenMigratieTest {

    private static final AtomicInteger teller = new AtomicInteger();

    @Autowired
    DataSource dataSource;
    @Autowired
    Eigenaar eigenaar;

    @Test
    void bestaandeRegelsWordenInVolgordeVanHunIdGeketend() {
        var database = "migratie_v49_" + teller.incrementAndGet() + "_" + ProcessHandle.current().pid();
        eigenaar.jdbc().execute("create database " + database);
        var url = ((HikariDataSource) dataSource).getJdbcUrl().replaceFirst("/[^/?]+(\\?|$)", "/" + database + "$1");
        var bron = (DriverManagerDataSource) eigenaar.dataSource();
        var oud = new DriverManagerDataSource(url, bron.getUsername(), bron.getPassword());
        try {
            flyway(oud, "48").migrate();
            var db = new JdbcTemplate(oud);
            db.update("insert into gemeente (id, code, naam) values (1, 'hier', 'Hier')");
            for (long id : new long[] {5, 3, 9}) {
                db.update("insert into audit_regel (id, tijdstip, gebruikersnaam, gemeente_id, actie, objecttype, "
                        + "samenvatting) values (?, now(), 'oud', 1, 'AANGEMAAKT', 'Gemeente', 'regel ' || ?)", id, id);
            }

            flyway(oud, "49").migrate();

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
        } finally {
            eigenaar.jdbc().execute("drop database " + database + " with (force)");
        }
    }

    private static Flyway flyway(DataSource dataSource, String versie) {
        return Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").target(versie)
                .placeholders(Map.of("approl", EmbeddedPostgresEnvironmentPostProcessor.APP_ROL))
                .cleanDisabled(true).load();
    }
}
