package nl.wijkafspraken.tweedefactor;

import nl.wijkafspraken.account.Inlogprofiel;
import nl.wijkafspraken.audit.AuditService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The second factor in the audit trail: enrolment, removal, success and failure, the use of a recovery code. A line
 * goes to every gemeente the account works in, like the login lines (account/Inlogregistratie). Never a code.
 */
@Component
class Factorregistratie {

    static final String INGESTELD = "TWEEDE_FACTOR_INGESTELD";
    static final String VERWIJDERD = "TWEEDE_FACTOR_VERWIJDERD";
    static final String GELUKT = "TWEEDE_FACTOR_GELUKT";
    static final String MISLUKT = "TWEEDE_FACTOR_MISLUKT";
    static final String HERSTELCODE_GEBRUIKT = "HERSTELCODE_GEBRUIKT";
    static final String HERSTELCODES_AANGEMAAKT = "HERSTELCODES_AANGEMAAKT";

    private final AuditService audit;

    Factorregistratie(AuditService audit) {
        this.audit = audit;
    }

    /** Joins the caller's transaction; Spring's passkey registration filter calls without one. */
    @Transactional
    void schrijf(Inlogprofiel account, String actie, String tekst) {
        var samenvatting = tekst + ": " + account.gebruikersnaam();
        if (account.gemeenteIds().isEmpty()) {
            audit.registreerInlog(null, account.gebruikersnaam(), actie, account.accountId(), samenvatting);
        }
        account.gemeenteIds().forEach(gemeente -> audit.registreerInlog(gemeente, account.gebruikersnaam(), actie,
                account.accountId(), samenvatting));
    }
}
