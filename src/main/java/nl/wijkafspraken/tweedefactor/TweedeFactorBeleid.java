package nl.wijkafspraken.tweedefactor;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import nl.wijkafspraken.account.AccountService;
import nl.wijkafspraken.account.Inlogprofiel;
import nl.wijkafspraken.gedeeld.Rol;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * The one place that decides whether a logged-in user has satisfied the second factor ({@link #stand}). The
 * factors are the authorities Spring Security 7 puts on an authentication at each login step
 * ({@code FactorGrantedAuthority}): the password or an SSO login is the first factor; a passkey, a TOTP code or a
 * recovery code after it is the second; {@value Factoren#IDP_MFA} (the SSO login's identity provider vouched for
 * its own MFA) counts as both. Whoever has a second factor enrolled must pass it; an account holding BEHEERDER,
 * SECRETARIS or BESTUURDER in any gemeente must enrol one first; every other account is offered one. A demo
 * account in the embedded demo ({@link Demomodus}) passes with its password alone.
 * <p>
 * An authentication without any factor authority was not made by a login of this app (every login filter of
 * Spring Security 7 adds one); it gets {@link Stand#GEEN_LOGIN} and the gate leaves it alone. The step-up at signing
 * does not use this exemption: it wants a fresh passkey or TOTP factor
 * ({@link TweedeFactorService#bevestigingVoorOndertekenen()}).
 */
@Component
public class TweedeFactorBeleid {

    /** The roles that must enrol a second factor (issue 12; ASVS 6.3.3, BIO 5.17.01). */
    static final Set<Rol> VERPLICHT = EnumSet.of(Rol.BEHEERDER, Rol.SECRETARIS, Rol.BESTUURDER);

    private final AccountService accounts;
    private final Factorstatus status;
    private final Demomodus demo;

    TweedeFactorBeleid(AccountService accounts, Factorstatus status, Demomodus demo) {
        this.accounts = accounts;
        this.status = status;
        this.demo = demo;
    }

    public Stand stand(Authentication authentication) {
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return Stand.GEEN_LOGIN;
        }
        var factoren = factoren(authentication);
        if (factoren.isEmpty()) {
            return Stand.GEEN_LOGIN;
        }
        if (factoren.contains(Factoren.IDP_MFA)) {
            return Stand.VOLDAAN;
        }
        if (factoren.stream().allMatch(Factoren.TWEEDE::contains)) {
            return Stand.EERSTE_FACTOR_NODIG;
        }
        if (factoren.stream().anyMatch(Factoren.TWEEDE::contains)
                || demo.isDemoAccount(authentication.getName())) {
            return Stand.VOLDAAN;
        }
        var account = accounts.inlogprofiel(authentication.getName()).orElse(null);
        if (account == null) {
            // Deactivated or gone: the pages themselves find no user and refuse.
            return Stand.GEEN_LOGIN;
        }
        if (status.heeftTweedeFactor(account)) {
            return Stand.CONTROLE_NODIG;
        }
        return isVerplicht(account) ? Stand.INSTELLEN_NODIG : Stand.VOLDAAN;
    }

    static boolean isVerplicht(Inlogprofiel account) {
        return account.rollenOveral().stream().anyMatch(VERPLICHT::contains);
    }

    /** Whether the banner "MFA is off for demo accounts" belongs on the page. */
    public boolean isDemo() {
        return demo.isAan();
    }

    static Set<String> factoren(Authentication authentication) {
        return authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .filter(a -> a != null && a.startsWith("FACTOR_")).collect(Collectors.toSet());
    }
}
