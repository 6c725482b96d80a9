package nl.wijkafspraken.account;

import nl.wijkafspraken.audit.AuditService;
import nl.wijkafspraken.gedeeld.DomeinregelException;
import nl.wijkafspraken.gedeeld.GeenToegangException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every logged-in user changes their own password here, with the current one (ASVS 6.2.3), so that a BEHEERDER who
 * set the first password no longer knows it, and a session left open cannot change it. A wrong current password
 * counts as a failed login for the name: guessing through this form blocks the name as guessing at the login does.
 * The user's other sessions end; the one that made the change stays logged in.
 */
@Service
public class EigenWachtwoordService {

    private final AccountRepository accounts;
    private final HuidigeGebruikerProvider huidigeGebruiker;
    private final PasswordEncoder passwordEncoder;
    private final Wachtwoordbeleid wachtwoordbeleid;
    private final Inlogbewaking inlogbewaking;
    private final Sessiebeheer sessies;
    private final AuditService audit;

    EigenWachtwoordService(AccountRepository accounts, HuidigeGebruikerProvider huidigeGebruiker,
            PasswordEncoder passwordEncoder, Wachtwoordbeleid wachtwoordbeleid, Inlogbewaking inlogbewaking,
            Sessiebeheer sessies, AuditService audit) {
        this.accounts = accounts;
        this.huidigeGebruiker = huidigeGebruiker;
        this.passwordEncoder = passwordEncoder;
        this.wachtwoordbeleid = wachtwoordbeleid;
        this.inlogbewaking = inlogbewaking;
        this.sessies = sessies;
        this.audit = audit;
    }

    @Transactional
    public void wijzig(WachtwoordWijziging wijziging) {
        var gebruiker = huidigeGebruiker.get();
        var account = accounts.findById(gebruiker.accountId()).filter(Account::isActief)
                .orElseThrow(GeenToegangException::new);
        if (inlogbewaking.isGeblokkeerd(account.getGebruikersnaam())) {
            throw DomeinregelException.voorVeld("huidigWachtwoord", "account.wachtwoord.geblokkeerd");
        }
        if (wijziging.huidig() == null || !passwordEncoder.matches(wijziging.huidig(), account.getWachtwoordHash())) {
            inlogbewaking.telMislukt(account.getGebruikersnaam());
            throw DomeinregelException.voorVeld("huidigWachtwoord", "account.wachtwoord.huidigOnjuist");
        }
        if (wijziging.nieuw() != null && !wijziging.nieuw().equals(wijziging.herhaling())) {
            throw DomeinregelException.voorVeld("herhaling", "account.wachtwoord.herhalingAnders");
        }
        wachtwoordbeleid.controleer(wijziging.nieuw(), "nieuwWachtwoord", account.getGebruikersnaam(),
                account.getNaam(), account.getEmail());
        if (passwordEncoder.matches(wijziging.nieuw(), account.getWachtwoordHash())) {
            throw DomeinregelException.voorVeld("nieuwWachtwoord", "account.wachtwoord.zelfde");
        }
        account.zetWachtwoordHash(passwordEncoder.encode(wijziging.nieuw()));
        accounts.flush();
        audit.registreer(gebruiker.gemeenteId(), "WACHTWOORD_GEWIJZIGD", "Account", account.getId(),
                "Eigen wachtwoord gewijzigd door " + account.getGebruikersnaam());
        sessies.beeindigAndereSessies(account);
    }
}
