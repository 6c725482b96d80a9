package nl.wijkafspraken.support;

import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * The authorities of a user who logged in with the password and just now passed the second factor with the
 * authenticator app (module tweedefactor), as the service-level helpers ({@code als(...)}) act: the wethouder's
 * step-up at signing is then given, at the test clock's time.
 */
public final class Ingelogd {

    private Ingelogd() {
    }

    public static List<GrantedAuthority> metTweedeFactor() {
        return List.of(new SimpleGrantedAuthority("ROLE_GEBRUIKER"),
                FactorGrantedAuthority.withAuthority(FactorGrantedAuthority.PASSWORD_AUTHORITY)
                        .issuedAt(TestKlok.nu()).build(),
                FactorGrantedAuthority.withAuthority("FACTOR_TOTP").issuedAt(TestKlok.nu()).build());
    }
}
