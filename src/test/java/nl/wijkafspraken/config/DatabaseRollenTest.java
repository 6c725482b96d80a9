package nl.wijkafspraken.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import nl.wijkafspraken.support.Eigenaar;
import nl.wijkafspraken.support.IntegratieTest;
import nl.wijkafspraken.support.Testgegevens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two database roles: the application's own role can append evidence but not undo it (no TRUNCATE, ALTER, DISABLE
 * TRIGGER or replica mode); the owner, who migrates, still meets a TRUNCATE trigger on every append-only table.
 */
@IntegratieTest
class DatabaseRollenTest {

    private static final List<String> ALLEEN_TOEVOEGEN = List.of("audit_regel", "handtekening",
            "ondertekening_weigering", "verzegeld_document", "verzegeld_document_ondertekenaar",
            "verzegeld_document_inhoud", "afspraken_verlenging", "afspraken_evaluatie", "convenant_intrekking");

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Eigenaar eigenaar;
    @Autowired
    Testgegevens gegevens;

    @Test
    void deApplicatieIsGeenSuperuserEnGeenEigenaar() {
        assertThat(jdbc.queryForObject("select current_user", String.class))
                .isEqualTo(EmbeddedPostgresEnvironmentPostProcessor.APP_ROL);
        assertThat(jdbc.queryForObject("select rolsuper or rolcreatedb or rolcreaterole or rolbypassrls from pg_roles "
                + "where rolname = current_user", Boolean.class)).isFalse();
        assertThat(jdbc.queryForObject("select count(*) from pg_class c join pg_namespace n on n.oid = c.relnamespace "
                + "where n.nspname = 'public' and pg_has_role(current_user, c.relowner, 'MEMBER')", Integer.class))
                .isZero();
    }

    @Test
    void deApplicatieKanBewijsNietWissenOfDeTriggersOmzeilen() {
        for (var tabel : ALLEEN_TOEVOEGEN) {
            var kolom = jdbc.queryForObject("select attname from pg_attribute where attrelid = ?::regclass "
                    + "and attnum = 1", String.class, tabel);
            for (var opdracht : List.of("truncate " + tabel + " cascade",
                    "alter table " + tabel + " disable trigger all",
                    "alter table " + tabel + " disable trigger user",
                    "alter table " + tabel + " add column vervalst text",
                    "update " + tabel + " set " + kolom + " = " + kolom,
                    "delete from " + tabel)) {
                assertThatThrownBy(() -> jdbc.execute(opdracht)).as(opdracht).isInstanceOf(DataAccessException.class)
                        .rootCause().message().containsAnyOf("permission denied", "must be owner");
            }
        }
        assertThatThrownBy(() -> jdbc.execute("set session_replication_role = replica"))
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("permission denied");
        assertThatThrownBy(() -> jdbc.execute("update keten_kop set laatste_nr = 0"))
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("permission denied");
        assertThatThrownBy(() -> jdbc.execute("delete from flyway_schema_history"))
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("permission denied");
        assertThatThrownBy(() -> jdbc.execute("create table eigen_tabel (id int)"))
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("permission denied");
        // and what it may do, it still does: a new gemeente appends its lines to the audit trail
        var gemeente = gegevens.gemeente();
        assertThat(jdbc.queryForObject("select count(*) from audit_regel where gemeente_id = ?", Long.class,
                gemeente.id())).isPositive();
    }

    @Test
    void ookDeEigenaarKanGeenAlleenToevoegenTabelLeegmaken() {
        var tabellen = new ArrayList<>(ALLEEN_TOEVOEGEN);
        tabellen.addAll(List.of("afspraken_versie", "afspraken_artikel", "convenant", "convenant_scan", "keten_kop"));
        for (var tabel : tabellen) {
            assertThatThrownBy(() -> eigenaar.jdbc().execute("truncate " + tabel + " cascade")).as(tabel)
                    .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");
        }
    }
}
