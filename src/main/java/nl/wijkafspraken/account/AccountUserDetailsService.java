package nl.wijkafspraken.account;

import java.util.UUID;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Login against the account table. Roles are per gemeente and are read per request by
 * {@link HuidigeGebruikerProvider}, so the login itself grants only "logged in". The name is looked up in its
 * normalised form ({@link Gebruikersnaam}). A name blocked by {@link Inlogbewaking} is refused before its password
 * is checked. A hash in an older form (BCrypt, from before Argon2id) is replaced by an Argon2id hash at the next
 * successful login: Spring Security's {@code DaoAuthenticationProvider} asks the {@code DelegatingPasswordEncoder}
 * whether the hash needs an upgrade and, if so, hands the new hash to {@link #updatePassword}.
 */
@Service
class AccountUserDetailsService implements UserDetailsService, UserDetailsPasswordService {

    private final AccountRepository accounts;
    private final Inlogbewaking bewaking;
    /**
     * Spring Security 7 still compares the password of a locked user (and ignores the outcome), so that the time
     * taken does not tell a blocked name apart; it gets a hash of a random password that nobody can type.
     */
    private final String geblokkeerdHash;

    AccountUserDetailsService(AccountRepository accounts, Inlogbewaking bewaking, PasswordEncoder passwordEncoder) {
        this.accounts = accounts;
        this.bewaking = bewaking;
        this.geblokkeerdHash = passwordEncoder.encode(UUID.randomUUID().toString());
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String gebruikersnaam) {
        if (bewaking.isGeblokkeerd(gebruikersnaam)) {
            // Before the account is looked up: a blocked name gets the same answer whether it exists or not. A
            // locked user fails Spring Security's pre-authentication check, before its password is compared.
            return User.withUsername(gebruikersnaam).password(geblokkeerdHash).accountLocked(true)
                    .authorities("ROLE_GEBRUIKER").build();
        }
        // A deactivated account is as unknown as a name that does not exist: the same message as a wrong password,
        // and the failure counts against the name and the address like any other.
        var account = accounts.metNaam(gebruikersnaam).filter(Account::isActief)
                .orElseThrow(() -> new UsernameNotFoundException("Onbekende gebruiker"));
        return User.withUsername(account.getGebruikersnaam())
                .password(account.getWachtwoordHash())
                .authorities("ROLE_GEBRUIKER")
                .build();
    }

    /** Stores the new hash (of the password just verified) in place of the old one; nothing else changes. */
    @Override
    @Transactional
    public UserDetails updatePassword(UserDetails gebruiker, String nieuweHash) {
        accounts.metNaam(gebruiker.getUsername()).ifPresent(account -> account.zetWachtwoordHash(nieuweHash));
        return User.withUserDetails(gebruiker).password(nieuweHash).build();
    }
}
