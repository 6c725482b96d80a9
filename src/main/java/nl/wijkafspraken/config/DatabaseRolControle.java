package nl.wijkafspraken.config;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Refuses to start when the application's database role could undo the evidence: a superuser, or the owner of the
 * append-only tables (or a member of that role), can disable their triggers, truncate them, or alter them. Such an
 * installation has to give the application its own role first (README, "Evidence model"); until then
 * {@code wijkafspraken.database.eigenaar-toestaan=true} lets it start, with a warning.
 */
@Component
class DatabaseRolControle {

    private static final Log log = LogFactory.getLog(DatabaseRolControle.class);

    private final JdbcClient jdbc;
    private final boolean eigenaarToestaan;

    DatabaseRolControle(JdbcClient jdbc, @Value("${wijkafspraken.database.eigenaar-toestaan:false}") boolean toestaan) {
        this.jdbc = jdbc;
        this.eigenaarToestaan = toestaan;
    }

    @EventListener(ApplicationStartedEvent.class)
    void controleer() {
        var teMachtig = jdbc.sql("""
                select r.rolsuper or pg_has_role(current_user, c.relowner, 'MEMBER')
                  from pg_roles r, pg_class c
                 where r.rolname = current_user and c.oid = 'audit_regel'::regclass""")
                .query(Boolean.class).single();
        if (!teMachtig) {
            return;
        }
        var melding = "De applicatie verbindt met de database als superuser of als eigenaar van de tabellen: zo kan "
                + "zij triggers uitschakelen en het bewijs wissen. Geef haar een eigen rol (spring.datasource.username) "
                + "en laat Flyway als eigenaar migreren (spring.flyway.user); zie README, 'Evidence model'.";
        if (!eigenaarToestaan) {
            throw new IllegalStateException(melding);
        }
        log.warn(melding + " (toegestaan door wijkafspraken.database.eigenaar-toestaan=true)");
    }
}
