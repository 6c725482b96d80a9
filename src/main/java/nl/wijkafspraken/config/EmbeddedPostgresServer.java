package nl.wijkafspraken.config;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import javax.sql.DataSource;
import org.apache.commons.logging.Log;

/**
 * The one place that touches zonky's embedded PostgreSQL, so that the rest of the application loads without it:
 * the packaged jar leaves it out (an optional dependency), and only the demo mode gets here.
 *
 * <p>A kept data folder holds real work (the demo, a try-out that ran for weeks), so there PostgreSQL runs durable:
 * zonky's defaults are {@code fsync=off} ({@code -F}) and {@code synchronous_commit=off}, with which a kill of the
 * machine or of PostgreSQL loses commits that the application reported as saved (issue 14). {@code -c} options come
 * after zonky's {@code -F} on the command line, and the last one wins. A throw-away folder (the tests) keeps the fast
 * defaults: nothing in it outlives the JVM.
 */
final class EmbeddedPostgresServer implements Closeable {

    /** Starting after a crash replays the WAL first; zonky's 10 s is too short for a large demo database. */
    private static final Duration STARTTIJD_BEWAARDE_MAP = Duration.ofMinutes(2);

    private final EmbeddedPostgres postgres;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /**
     * Starts PostgreSQL on {@code map} (kept, durable), or on a throw-away folder when {@code map} is null. A
     * PostgreSQL that a killed earlier run left behind on {@code map} is stopped first
     * ({@link AchtergeblevenPostmaster}).
     */
    static EmbeddedPostgresServer start(Path map, Log log) throws IOException {
        var builder = EmbeddedPostgres.builder().setServerConfig("timezone", "UTC").setRegisterShutdownHook(false);
        if (map != null) {
            Files.createDirectories(map);
            AchtergeblevenPostmaster.ruimOp(map, log);
            // zonky only runs initdb when the folder holds no cluster yet
            builder.setDataDirectory(map).setCleanDataDirectory(false)
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on")
                    .setPGStartupWait(STARTTIJD_BEWAARDE_MAP);
        }
        return new EmbeddedPostgresServer(builder.start());
    }

    int poort() {
        return postgres.getPort();
    }

    /** The superuser {@code postgres}, owner of everything on this private server. */
    DataSource eigenaar() {
        return postgres.getPostgresDatabase();
    }

    /** Stops PostgreSQL cleanly (a fast shutdown with a checkpoint), and removes a throw-away folder. */
    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
