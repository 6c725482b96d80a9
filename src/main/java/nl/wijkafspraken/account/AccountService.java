package nl.wijkafspraken.account;

import java.util.Collection;
import java.util.List;
import nl.wijkafspraken.audit.AuditService;
import nl.wijkafspraken.gedeeld.DomeinregelException;
import nl.wijkafspraken.gedeeld.NietGevondenException;
import nl.wijkafspraken.gedeeld.Rol;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
public class AccountService {

    private final AccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final HuidigeGebruikerProvider huidigeGebruiker;
    private final AuditService audit;

    AccountService(AccountRepository accounts, PasswordEncoder passwordEncoder,
            HuidigeGebruikerProvider huidigeGebruiker, AuditService audit) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.huidigeGebruiker = huidigeGebruiker;
        this.audit = audit;
    }

    /** Switches the active gemeente of the logged-in user and returns its name. */
    public String wisselGemeente(long gemeenteId) {
        huidigeGebruiker.wisselGemeente(gemeenteId);
        return huidigeGebruiker.get().gemeenteNaam();
    }

    public boolean bestaat(String gebruikersnaam) {
        return accounts.existsByGebruikersnaamIgnoreCase(gebruikersnaam);
    }

    /**
     * Creates an account with roles in one gemeente. Without a logged-in BEHEERDER check: for set-up and demo
     * data; the BEHEERDER's screens go through the checked methods.
     */
    @Transactional
    public long registreer(String gebruikersnaam, String naam, String email, String wachtwoord, long gemeenteId,
            Collection<Rol> rollen, Collection<Long> wijkoverlegIds) {
        if (accounts.existsByGebruikersnaamIgnoreCase(gebruikersnaam)) {
            throw new DomeinregelException("account.gebruikersnaam.bestaat", gebruikersnaam);
        }
        var account = new Account(gebruikersnaam, naam, email, passwordEncoder.encode(wachtwoord));
        account.vervangRollen(gemeenteId, rollen, wijkoverlegIds);
        accounts.saveAndFlush(account);
        audit.registreer(gemeenteId, "AANGEMAAKT", "Account", account.getId(),
                "Account " + gebruikersnaam + " met rollen " + rollen);
        return account.getId();
    }

    /** Adds roles in another gemeente to an existing account (set-up and demo data). */
    @Transactional
    public void kenRollenToe(String gebruikersnaam, long gemeenteId, Collection<Rol> rollen,
            Collection<Long> wijkoverlegIds) {
        var account = accounts.findByGebruikersnaamIgnoreCase(gebruikersnaam)
                .orElseThrow(() -> new NietGevondenException("Account", gebruikersnaam));
        account.vervangRollen(gemeenteId, rollen, wijkoverlegIds);
        accounts.flush();
        audit.registreer(gemeenteId, "ROLLEN_GEWIJZIGD", "Account", account.getId(),
                "Rollen van " + gebruikersnaam + ": " + List.copyOf(rollen));
    }
}
