package nl.wijkafspraken.besluit;

import static org.assertj.core.api.Assertions.assertThat;

import nl.wijkafspraken.config.EmbeddedPostgresEnvironmentPostProcessor;
import nl.wijkafspraken.support.Eigenaar;
import nl.wijkafspraken.support.IntegratieTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * V58 moves the single behandelend ambtenaar of every voorstel into the ordered list and drops the old columns: run
 * on a database of its own in the same PostgreSQL server, migrated to V57, filled the old way (as the demo and
 * earlier releases wrote it), then migrated to V58.
 */
@IntegratieTest
class AmbtenarenMigratieTest {

    @Autowired
    Eigenaar eigenaar;

    @Test
    void deEneAmbtenaarVanElkVoorstelWordtDeEersteVanDeLijst() {
        try (var oud = eigenaar.migratiedatabase("migratie_v58")) {
            oud.migreerTot("57");
            var db = oud.jdbc();
            db.update("insert into gemeente (id, code, naam) values (1, 'hier', 'Hier')");
            db.update("""
                    insert into collegevoorstel (id, gemeente_id, zaaknummer, status, openbaar, naar_raad,
                        ambtenaar_naam, ambtenaar_telefoon, ambtenaar_email, ambtenaar_team, onderwerp, gewijzigd_op)
                    values
                    (1, 1, 'Z26-000001', 'CONCEPT', true, false, 'R. Jonkman', '020 555 0142',
                        'r.jonkman@aalsmeer-demo.example', 'Team Participatie', 'Volledig', now()),
                    (2, 1, 'Z26-000002', 'CONCEPT', true, false, 'R. Jonkman', null, null, 'Team Participatie',
                        'Alleen een naam', now()),
                    (3, 1, 'Z26-000003', 'CONCEPT', false, false, null, null, null, 'Team Zonder', 'Niemand', now()),
                    (4, 1, 'Z26-000004', 'CONCEPT', false, false, '  ', '', 'los@gemeente.example', null,
                        'Alleen een adres', now())""");

            oud.migreerTot("58");

            assertThat(db.queryForList("select collegevoorstel_id || ' ' || volgorde || ' ' || naam || ' ' || "
                    + "coalesce(telefoon, '-') || ' ' || coalesce(email, '-') from collegevoorstel_ambtenaar "
                    + "order by collegevoorstel_id, volgorde", String.class)).containsExactly(
                    "1 0 R. Jonkman 020 555 0142 r.jonkman@aalsmeer-demo.example",
                    "2 0 R. Jonkman - -",
                    "4 0 (naam onbekend) - los@gemeente.example");
            assertThat(db.queryForList("select id || ' ' || coalesce(ambtenaar_team, '-') from collegevoorstel "
                    + "order by id", String.class))
                    .containsExactly("1 Team Participatie", "2 Team Participatie", "3 Team Zonder", "4 -");
            assertThat(db.queryForObject("select count(*) from information_schema.columns where table_name = "
                    + "'collegevoorstel' and column_name in ('ambtenaar_naam', 'ambtenaar_telefoon', "
                    + "'ambtenaar_email')", Integer.class)).as("personal data is kept in one place only").isZero();
            assertThat(db.queryForObject("select has_table_privilege(?, 'collegevoorstel_ambtenaar', "
                    + "'select, insert, update, delete')", Boolean.class,
                    EmbeddedPostgresEnvironmentPostProcessor.APP_ROL)).as("the application may use the new table")
                    .isTrue();
        }
    }
}
