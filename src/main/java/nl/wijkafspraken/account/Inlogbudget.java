package nl.wijkafspraken.account;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * A budget of failed logins per IP address (by default 50 in a sliding hour), against guessing a few passwords
 * each for many names, which the block per name does not stop. Every failure counts, also one for a blocked or
 * unknown name. Counted in the database, so the budget holds across app instances. An address over its budget
 * gets 429 without its attempt being checked ({@link InlogbudgetFilter}) until failures leave the window. A whole
 * office behind one address shares the budget; 50 an hour is far above what colleagues mistyping ever reach.
 */
@Component
class Inlogbudget {

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final Inlogregistratie registratie;
    private final int budget;
    private final Duration venster;

    Inlogbudget(JdbcTemplate jdbc, Clock clock, Inlogregistratie registratie,
            @Value("${wijkafspraken.inlog.ip-budget:50}") int budget,
            @Value("${wijkafspraken.inlog.ip-venster:PT1H}") Duration venster) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.registratie = registratie;
        this.budget = budget;
        this.venster = venster;
    }

    /** Whether the address has used up its budget of failures in the window. */
    boolean isOp(String ipAdres) {
        return ipAdres != null && mislukt(ipAdres) >= budget;
    }

    @EventListener
    void bijMislukt(AbstractAuthenticationFailureEvent event) {
        if (!(event.getAuthentication().getDetails() instanceof WebAuthenticationDetails details)
                || details.getRemoteAddress() == null) {
            return;
        }
        var ipAdres = details.getRemoteAddress();
        jdbc.update("insert into inlogpoging_ip (ip_adres, tijdstip) values (?, ?)", ipAdres,
                Timestamp.from(clock.instant()));
        jdbc.update("delete from inlogpoging_ip where tijdstip <= ?", vensterBegin());
        if (mislukt(ipAdres) == budget) {
            registratie.ipGeblokkeerd(ipAdres, budget, venster);
        }
    }

    private int mislukt(String ipAdres) {
        Integer aantal = jdbc.queryForObject(
                "select count(*) from inlogpoging_ip where ip_adres = ? and tijdstip > ?", Integer.class, ipAdres,
                vensterBegin());
        return aantal == null ? 0 : aantal;
    }

    private Timestamp vensterBegin() {
        return Timestamp.from(clock.instant().minus(venster));
    }
}
