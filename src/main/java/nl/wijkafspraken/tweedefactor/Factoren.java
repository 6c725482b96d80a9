package nl.wijkafspraken.tweedefactor;

import java.util.Set;
import nl.wijkafspraken.account.SsoAanmelding;
import org.springframework.security.core.authority.FactorGrantedAuthority;

/**
 * The authority strings of the factors, as Spring Security 7's {@link FactorGrantedAuthority}: the ones Spring
 * sets itself (password, passkey, an OIDC login) and our own for TOTP and a recovery code. {@link #IDP_MFA} is the
 * contract with the SSO login: an authentication carrying it was vouched for by the identity provider's MFA.
 */
public final class Factoren {

    public static final String WACHTWOORD = FactorGrantedAuthority.PASSWORD_AUTHORITY;
    public static final String PASSKEY = FactorGrantedAuthority.WEBAUTHN_AUTHORITY;
    public static final String TOTP = "FACTOR_TOTP";
    public static final String HERSTELCODE = "FACTOR_HERSTELCODE";
    /** Granted by the SSO login when the identity provider vouches for its own MFA (account/SsoAanmelding). */
    public static final String IDP_MFA = SsoAanmelding.IDP_MFA;

    /** Each of these, after a first factor, is a second factor. */
    static final Set<String> TWEEDE = Set.of(PASSKEY, TOTP, HERSTELCODE);

    private Factoren() {
    }
}
