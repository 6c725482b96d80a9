package nl.wijkafspraken.account;

import java.time.Duration;
import nl.wijkafspraken.audit.AuditService;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Logins in the audit trail (ASVS 16.3.1): each success and failure, the moment a name is blocked and the moment
 * an address uses up its budget; attempts on a name that is already blocked are not written one by one (they count
 * against the address). Never a password. The name typed is written only when an account has it, as the account's
 * own name; otherwise "onbekende naam", since people type their password in the name field. A line goes to every
 * gemeente the account works in, so each gemeente's BEHEERDER sees it.
 */
@Component
class Inlogregistratie {

    static final String GELUKT = "INLOG_GELUKT";
    static final String MISLUKT = "INLOG_MISLUKT";
    static final String NAAM_GEBLOKKEERD = "INLOG_NAAM_GEBLOKKEERD";
    static final String IP_GEBLOKKEERD = "INLOG_IP_GEBLOKKEERD";
    static final String SSO_GEWEIGERD = "INLOG_SSO_GEWEIGERD";
    static final String ONBEKENDE_NAAM = "onbekende naam";

    private final AccountRepository accounts;
    private final AuditService audit;

    Inlogregistratie(AccountRepository accounts, AuditService audit) {
        this.accounts = accounts;
        this.audit = audit;
    }

    @EventListener
    @Transactional
    void bijGelukt(AuthenticationSuccessEvent event) {
        var viaSso = event.getAuthentication().getPrincipal() instanceof SsoGebruiker;
        schrijf(event.getAuthentication().getName(), GELUKT, viaSso ? "Ingelogd via SSO" : "Ingelogd");
    }

    @EventListener
    @Transactional
    void bijMislukt(AuthenticationFailureBadCredentialsEvent event) {
        schrijf(event.getAuthentication().getName(), MISLUKT, "Inloggen mislukt");
    }

    @Transactional
    void naamGeblokkeerd(String gebruikersnaam) {
        schrijf(gebruikersnaam, NAAM_GEBLOKKEERD, "Gebruikersnaam geblokkeerd voor "
                + Inlogbewaking.BLOKKADE.toMinutes() + " minuten na " + Inlogbewaking.MAX_MISLUKT
                + " mislukte inlogpogingen");
    }

    /**
     * An SSO login that no active account is linked to. The issuer and subject are written, so that a BEHEERDER
     * who is asked can see which identity tried; a deactivated account is named, as for a password login.
     */
    @Transactional
    void ssoGeweigerd(String issuer, String onderwerp, Account account) {
        // Both come from a checked token of a configured provider; cut to the column sizes all the same.
        var identiteit = kort(onderwerp, 255) + " bij " + kort(issuer, 500);
        if (account == null) {
            audit.registreerInlog(null, null, SSO_GEWEIGERD, null,
                    "Inloggen via SSO geweigerd: geen account gekoppeld aan " + identiteit);
            return;
        }
        var samenvatting = "Inloggen via SSO geweigerd: " + account.getGebruikersnaam() + " (gedeactiveerd), "
                + identiteit;
        var gemeenten = account.gemeenteIds();
        if (gemeenten.isEmpty()) {
            audit.registreerInlog(null, account.getGebruikersnaam(), SSO_GEWEIGERD, account.getId(), samenvatting);
        }
        gemeenten.forEach(gemeente -> audit.registreerInlog(gemeente, account.getGebruikersnaam(), SSO_GEWEIGERD,
                account.getId(), samenvatting));
    }

    @Transactional
    void ipGeblokkeerd(String ipAdres, int budget, Duration venster) {
        audit.registreerInlog(null, null, IP_GEBLOKKEERD, null, "IP-adres " + ipAdres + " geweigerd na " + budget
                + " mislukte inlogpogingen binnen " + venster.toMinutes() + " minuten");
    }

    private static String kort(String tekst, int lengte) {
        return tekst.length() <= lengte ? tekst : tekst.substring(0, lengte) + "…";
    }

    private void schrijf(String getypt, String actie, String tekst) {
        var account = accounts.metNaam(getypt).orElse(null);
        if (account == null) {
            audit.registreerInlog(null, null, actie, null, tekst + ": " + ONBEKENDE_NAAM);
            return;
        }
        var samenvatting = tekst + ": " + account.getGebruikersnaam() + (account.isActief() ? "" : " (gedeactiveerd)");
        var gemeenten = account.gemeenteIds();
        if (gemeenten.isEmpty()) {
            audit.registreerInlog(null, account.getGebruikersnaam(), actie, account.getId(), samenvatting);
        }
        gemeenten.forEach(gemeente -> audit.registreerInlog(gemeente, account.getGebruikersnaam(), actie,
                account.getId(), samenvatting));
    }
}
