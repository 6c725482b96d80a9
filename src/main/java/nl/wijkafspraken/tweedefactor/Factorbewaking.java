package nl.wijkafspraken.tweedefactor;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Online guessing of a six-digit code: five wrong codes in a row block the second factor of the account for
 * fifteen minutes (the same figures as the password block in account/Inlogbewaking). Counted per account in the
 * database, not per session, so that logging in again with the password gives no fresh guesses.
 */
@Component
class Factorbewaking {

    static final int MAX_MISLUKT = 5;
    static final Duration BLOKKADE = Duration.ofMinutes(15);

    private final JdbcTemplate jdbc;
    private final Clock clock;

    Factorbewaking(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    boolean isGeblokkeerd(long accountId) {
        return Boolean.TRUE.equals(jdbc.query(
                "select geblokkeerd_tot > ? from tweede_factor_bewaking where account_id = ?",
                rs -> rs.next() && rs.getBoolean(1), Timestamp.from(clock.instant()), accountId));
    }

    /** In a transaction of its own, so that the count stands when the caller's work rolls back. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void telMislukt(long accountId) {
        var tot = Timestamp.from(clock.instant().plus(BLOKKADE));
        jdbc.update("""
                insert into tweede_factor_bewaking (account_id, mislukt, geblokkeerd_tot) values (?, 1, null)
                on conflict (account_id) do update set
                    mislukt = case when tweede_factor_bewaking.mislukt + 1 >= ? then 0
                                   else tweede_factor_bewaking.mislukt + 1 end,
                    geblokkeerd_tot = case when tweede_factor_bewaking.mislukt + 1 >= ? then ?
                                           else tweede_factor_bewaking.geblokkeerd_tot end""",
                accountId, MAX_MISLUKT, MAX_MISLUKT, tot);
    }

    void gelukt(long accountId) {
        jdbc.update("delete from tweede_factor_bewaking where account_id = ?", accountId);
    }
}
