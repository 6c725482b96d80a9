package nl.wijkafspraken.support;

import javax.sql.DataSource;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.stereotype.Component;

/**
 * A connection as the database owner (Flyway's role: {@code postgres}, the superuser of the embedded server), for
 * what the application's own role may not do: truncate, create a database, disable a trigger to play the attacker.
 * Not a {@link DataSource} bean, so the application's data source stays the only one; a fresh connection per call.
 */
@Component
public class Eigenaar {

    private final DriverManagerDataSource dataSource;

    Eigenaar(Environment env) {
        dataSource = new DriverManagerDataSource(env.getRequiredProperty("spring.datasource.url"),
                env.getRequiredProperty("spring.flyway.user"), env.getProperty("spring.flyway.password", ""));
    }

    public JdbcTemplate jdbc() {
        return new JdbcTemplate(dataSource);
    }

    public DataSource dataSource() {
        return dataSource;
    }

    /** A database of its own for a migration test; close it to remove it. */
    public Migratiedatabase migratiedatabase(String voorvoegsel) {
        return new Migratiedatabase(dataSource, voorvoegsel);
    }
}
