package nl.wijkafspraken.account;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Login against the account table. Roles are per gemeente and are read per request by
 * {@link HuidigeGebruikerProvider}, so the login itself grants only "logged in". A name blocked by
 * {@link Inlogbewaking} is refused before its password is checked.
 */
@Service
class AccountUserDetailsService implements UserDetailsService {

    private final AccountRepository accounts;
    private final Inlogbewaking bewaking;

    AccountUserDetailsService(AccountRepository accounts, Inlogbewaking bewaking) {
        this.accounts = accounts;
        this.bewaking = bewaking;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String gebruikersnaam) {
        if (bewaking.isGeblokkeerd(gebruikersnaam)) {
            // Before the account is looked up: a blocked name gets the same answer whether it exists or not. A
            // locked user fails Spring Security's pre-authentication check, before its password is compared.
            return User.withUsername(gebruikersnaam).password("{noop}").accountLocked(true)
                    .authorities("ROLE_GEBRUIKER").build();
        }
        var account = accounts.findByGebruikersnaamIgnoreCase(gebruikersnaam)
                .orElseThrow(() -> new UsernameNotFoundException("Onbekende gebruiker"));
        return User.withUsername(account.getGebruikersnaam())
                .password(account.getWachtwoordHash())
                .disabled(!account.isActief())
                .authorities("ROLE_GEBRUIKER")
                .build();
    }
}
