package nl.wijkafspraken.account;

import jakarta.servlet.http.HttpSession;
import java.util.Optional;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Ends the sessions of an account after a password reset or change, a role change or a deactivation (ASVS 7.4.3),
 * so that whoever had the old password, or the old roles, loses them at once. Marks the sessions expired in Spring
 * Security's {@link SessionRegistry}; the ConcurrentSessionFilter then logs them out at their next request and
 * sends them to the login page. The session of the request that made the change survives: a user who changes
 * their own password stays logged in there, and a BEHEERDER keeps working.
 * <p>
 * The registry reads the sessions from the shared store in PostgreSQL by the principal's name, which is the
 * account's gebruikersnaam for a password login and for SSO alike, so a session on any instance of the app ends.
 */
@Component
class Sessiebeheer {

    private final SessionRegistry sessies;

    Sessiebeheer(SessionRegistry sessies) {
        this.sessies = sessies;
    }

    /** Ends the account's other sessions once the change is committed: a change that rolls back ends nothing. */
    void beeindigAndereSessies(Account account) {
        var naam = account.getGebruikersnaam();
        var behalve = huidigeSessie().orElse(null);
        Runnable beeindig = () -> sessies.getAllSessions(naam, false).stream()
                .filter(sessie -> !sessie.getSessionId().equals(behalve))
                .forEach(SessionInformation::expireNow);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    beeindig.run();
                }
            });
        } else {
            beeindig.run();
        }
    }

    private static Optional<String> huidigeSessie() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? Optional.ofNullable(attributes.getRequest().getSession(false)).map(HttpSession::getId)
                : Optional.empty();
    }
}
