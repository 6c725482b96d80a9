package nl.wijkafspraken.account;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing: five failed logins in a row block the user name for fifteen minutes, during which
 * not even the right password gets in (the password is then not checked at all). Counted per name as typed, in the
 * database so that every app instance sees the same count, and for unknown names as well, so that the block does
 * not reveal which accounts exist. Limiting failed attempts is the usual defence against online guessing (e.g. the
 * OWASP Authentication Cheat Sheet); the figures are our choice: a board member who mistypes a few times is not
 * hindered, and a blocked name frees itself after a quarter of an hour, so nobody can lock an account for long.
 */
@Component
class Inlogbewaking {

    static final int MAX_MISLUKT = 5;
    static final Duration BLOKKADE = Duration.ofMinutes(15);
    private static final Duration VERGETEN_NA = Duration.ofDays(1);
    private static final int MAX_NAAM = 254;

    private final JdbcTemplate jdbc;
    private final Clock clock;

    Inlogbewaking(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Whether the name is blocked now. */
    boolean isGeblokkeerd(String gebruikersnaam) {
        return Boolean.TRUE.equals(jdbc.query("select geblokkeerd_tot > ? from inlogbewaking where gebruikersnaam = ?",
                rs -> rs.next() ? rs.getBoolean(1) : false, nu(), sleutel(gebruikersnaam)));
    }

    @EventListener
    void bijMislukt(AuthenticationFailureBadCredentialsEvent event) {
        var nu = nu();
        // One statement, so that concurrent failures for the same name all count: the row lock orders them.
        jdbc.update("""
                insert into inlogbewaking (gebruikersnaam, mislukt, geblokkeerd_tot, laatste_poging)
                values (?, 1, null, ?)
                on conflict (gebruikersnaam) do update set
                    mislukt = case when inlogbewaking.mislukt + 1 >= ? then 0 else inlogbewaking.mislukt + 1 end,
                    geblokkeerd_tot = case when inlogbewaking.mislukt + 1 >= ? then ? else inlogbewaking.geblokkeerd_tot end,
                    laatste_poging = excluded.laatste_poging""",
                sleutel(event.getAuthentication().getName()), nu, MAX_MISLUKT, MAX_MISLUKT,
                Timestamp.from(clock.instant().plus(BLOKKADE)));
        jdbc.update("delete from inlogbewaking where laatste_poging < ?",
                Timestamp.from(clock.instant().minus(VERGETEN_NA)));
    }

    @EventListener
    void bijGelukt(AuthenticationSuccessEvent event) {
        jdbc.update("delete from inlogbewaking where gebruikersnaam = ?", sleutel(event.getAuthentication().getName()));
    }

    private Timestamp nu() {
        return Timestamp.from(clock.instant());
    }

    private static String sleutel(String gebruikersnaam) {
        var naam = gebruikersnaam == null ? "" : gebruikersnaam.strip().toLowerCase(Locale.ROOT);
        return naam.length() > MAX_NAAM ? naam.substring(0, MAX_NAAM) : naam;
    }
}
