package nl.wijkafspraken.account;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Login against the account table. Roles are per gemeente and are read per request by
 * {@link HuidigeGebruikerProvider}, so the login itself grants only "logged in".
 */
@Service
class AccountUserDetailsService implements UserDetailsService {

    private final AccountRepository accounts;

    AccountUserDetailsService(AccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String gebruikersnaam) {
        var account = accounts.findByGebruikersnaamIgnoreCase(gebruikersnaam)
                .orElseThrow(() -> new UsernameNotFoundException("Onbekende gebruiker"));
        return User.withUsername(account.getGebruikersnaam())
                .password(account.getWachtwoordHash())
                .disabled(!account.isActief())
                .authorities("ROLE_GEBRUIKER")
                .build();
    }
}
