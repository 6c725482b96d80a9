package nl.wijkafspraken.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import nl.wijkafspraken.WijkafsprakenApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A production start without a database (a forgotten SPRING_DATASOURCE_URL) is never the demo: the application's
 * main class, in its own JVM without the tests' classes (their profile, their test OpenID provider) and without demo
 * mode, stops at once with the report of {@link GeenDatabaseAnalyzer}, and starts no PostgreSQL (its data folder is
 * not even created).
 */
class StartZonderDatabaseTest {

    @TempDir
    Path tijdelijk;

    @Test
    void eenGewoneStartZonderDatabaseStoptMetDeMeldingEnStartGeenPostgres() throws Exception {
        var map = tijdelijk.resolve("postgres");
        try (var app = Kindproces.startApp(tijdelijk, WijkafsprakenApplication.class,
                "--wijkafspraken.embedded-postgres.data-dir=" + map, "--server.port=0")) {
            var code = app.wachtOpEinde(Duration.ofSeconds(90));
            var uitvoer = app.uitvoer();

            assertThat(code).as(uitvoer).isNotZero();
            assertThat(uitvoer).contains("APPLICATION FAILED TO START", "Geen database ingesteld",
                    "No database configured", "./mvnw spring-boot:run");
            assertThat(uitvoer).doesNotContain("Embedded PostgreSQL draait", "Tomcat started", "Exception in thread");
            assertThat(map).doesNotExist();
        }
    }
}
