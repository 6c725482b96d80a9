package nl.wijkafspraken.account;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows down password guessing: five failed logins in a row block the user name for fifteen minutes, during which
 * not even the right password gets in (the password is then not checked at all). Counted per name in its one
 * normalised form ({@link Gebruikersnaam}), the same form the account lookup uses, so that a look-alike spelling
 * gets no fresh guesses; in the database so that every app instance sees the same count; and for unknown names as
 * well, so that the block does not reveal which accounts exist. Limiting failed attempts is the usual defence
 * against online guessing (e.g. the OWASP Authentication Cheat Sheet); the figures are our choice: a board member
 * who mistypes a few times is not hindered, and a blocked name frees itself after a quarter of an hour, so nobody
 * can lock an account for long. {@link Inlogbudget} adds a budget per IP address against guessing over many names.
 */
@Component
class Inlogbewaking {

    static final int MAX_MISLUKT = 5;
    static final Duration BLOKKADE = Duration.ofMinutes(15);
    private static final Duration VERGETEN_NA = Duration.ofDays(1);
    private static final int MAX_NAAM = 254;

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final Inlogregistratie registratie;

    Inlogbewaking(JdbcTemplate jdbc, Clock clock, Inlogregistratie registratie) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.registratie = registratie;
    }

    /** Whether the name is blocked now. */
    boolean isGeblokkeerd(String gebruikersnaam) {
        return Boolean.TRUE.equals(jdbc.query("select geblokkeerd_tot > ? from inlogbewaking where gebruikersnaam = ?",
                rs -> rs.next() ? rs.getBoolean(1) : false, nu(), sleutel(gebruikersnaam)));
    }

    @EventListener
    void bijMislukt(AuthenticationFailureBadCredentialsEvent event) {
        telMislukt(event.getAuthentication().getName());
    }

    /**
     * Counts a wrong password for the name; the failure that blocks it goes to the audit trail. In a transaction of
     * its own, so that the count stands when the caller's change is refused and rolled back.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void telMislukt(String gebruikersnaam) {
        var blokkeerTot = Timestamp.from(clock.instant().plus(BLOKKADE));
        // One statement, so that concurrent failures for the same name all count: the row lock orders them.
        Boolean nuGeblokkeerd = jdbc.queryForObject("""
                insert into inlogbewaking (gebruikersnaam, mislukt, geblokkeerd_tot, laatste_poging)
                values (?, 1, null, ?)
                on conflict (gebruikersnaam) do update set
                    mislukt = case when inlogbewaking.mislukt + 1 >= ? then 0 else inlogbewaking.mislukt + 1 end,
                    geblokkeerd_tot = case when inlogbewaking.mislukt + 1 >= ? then ? else inlogbewaking.geblokkeerd_tot end,
                    laatste_poging = excluded.laatste_poging
                returning geblokkeerd_tot is not null and geblokkeerd_tot = ?""", Boolean.class,
                sleutel(gebruikersnaam), nu(), MAX_MISLUKT, MAX_MISLUKT, blokkeerTot, blokkeerTot);
        jdbc.update("delete from inlogbewaking where laatste_poging < ?",
                Timestamp.from(clock.instant().minus(VERGETEN_NA)));
        if (Boolean.TRUE.equals(nuGeblokkeerd)) {
            registratie.naamGeblokkeerd(gebruikersnaam);
        }
    }

    @EventListener
    void bijGelukt(AuthenticationSuccessEvent event) {
        jdbc.update("delete from inlogbewaking where gebruikersnaam = ?", sleutel(event.getAuthentication().getName()));
    }

    private Timestamp nu() {
        return Timestamp.from(clock.instant());
    }

    private static String sleutel(String gebruikersnaam) {
        var naam = Gebruikersnaam.normaliseer(gebruikersnaam);
        return naam.length() > MAX_NAAM ? naam.substring(0, MAX_NAAM) : naam;
    }
}
