package nl.wijkafspraken.web;

import javax.sql.DataSource;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.jdbc.health.DataSourceHealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Boot's database health check ({@code db}, part of readiness), with one change: an unreachable database is DOWN
 * with one WARN line, not with Boot's stack trace of some two hundred lines at every probe (a probe every few
 * seconds during an outage would bury the log). Any other failure is Boot's as before. The bean name replaces
 * Boot's own {@code db} contributor.
 */
@Component("dbHealthIndicator")
class Databasegezondheid extends DataSourceHealthIndicator {

    private static final Log log = LogFactory.getLog(Databasegezondheid.class);

    Databasegezondheid(DataSource dataSource) {
        super(dataSource);
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) throws Exception {
        try {
            super.doHealthCheck(builder);
            // A pooled connection whose server went away fails Connection.isValid: DOWN without an exception.
            if (Status.DOWN.equals(builder.build().getStatus())) {
                log.warn("Database niet bereikbaar, gereedheid DOWN: de verbinding is niet meer geldig");
            }
        } catch (Exception fout) {
            var oorzaak = Databasestoring.onbereikbaar(fout);
            if (oorzaak == null) {
                throw fout;
            }
            log.warn("Database niet bereikbaar, gereedheid DOWN: " + oorzaak.getClass().getSimpleName() + ": "
                    + Databasestoring.eenRegel(oorzaak.getMessage()));
            builder.down();
        }
    }
}
