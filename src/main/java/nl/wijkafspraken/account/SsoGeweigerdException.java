package nl.wijkafspraken.account;

import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;

/**
 * The provider knows the person, but no active account of ours is linked to them: no account with that identity,
 * or a deactivated one. Both get the same answer, so that it reveals no accounts.
 */
public final class SsoGeweigerdException extends OAuth2AuthenticationException {

    SsoGeweigerdException() {
        super(new OAuth2Error("geen_actief_account"), "Geen actief account gekoppeld");
    }
}
