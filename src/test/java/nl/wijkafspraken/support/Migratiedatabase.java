package nl.wijkafspraken.support;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import nl.wijkafspraken.config.EmbeddedPostgresEnvironmentPostProcessor;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * A database of its own on the test server, for a migration test: migrated step by step by the project's own
 * migrations as the owner (so the test can fill it the old way between two versions), and removed on close. Made by
 * {@link Eigenaar#migratiedatabase}, since only the owner may create a database.
 */
public final class Migratiedatabase implements AutoCloseable {

    private static final AtomicInteger TELLER = new AtomicInteger();

    private final JdbcTemplate eigenaar;
    private final String naam;
    private final DriverManagerDataSource bron;

    Migratiedatabase(DriverManagerDataSource eigenaarsbron, String voorvoegsel) {
        naam = voorvoegsel + "_" + TELLER.incrementAndGet() + "_" + ProcessHandle.current().pid();
        eigenaar = new JdbcTemplate(eigenaarsbron);
        eigenaar.execute("create database " + naam);
        var url = eigenaarsbron.getUrl().replaceFirst("/[^/?]+(\\?|$)", "/" + naam + "$1");
        bron = new DriverManagerDataSource(url, eigenaarsbron.getUsername(), eigenaarsbron.getPassword());
    }

    /** Migrates up to and including this version, as the application does at start. */
    public void migreerTot(String versie) {
        Flyway.configure().dataSource(bron).locations("classpath:db/migration").target(versie)
                .placeholders(Map.of("approl", EmbeddedPostgresEnvironmentPostProcessor.APP_ROL))
                .cleanDisabled(true).load().migrate();
    }

    public JdbcTemplate jdbc() {
        return new JdbcTemplate(bron);
    }

    @Override
    public void close() {
        eigenaar.execute("drop database " + naam + " with (force)");
    }
}
