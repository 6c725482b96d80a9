package nl.wijkafspraken.account;

import java.util.Collection;
import java.util.Objects;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.oauth2.core.oidc.IdTokenClaimNames;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;

/**
 * The logged-in user after an SSO login: the provider's ID token, but named by our account's gebruikersnaam, so that
 * everything that goes by {@code Authentication.getName()} (the roles per request in {@link HuidigeGebruikerProvider},
 * the audit trail) works as after a password login. Also {@link UserDetails} with that name, so that
 * {@link Sessiebeheer} finds and ends its sessions (deactivation, role change) like those of a password login.
 */
final class SsoGebruiker extends DefaultOidcUser implements UserDetails {

    private static final long serialVersionUID = 1L;

    private final String gebruikersnaam;

    SsoGebruiker(String gebruikersnaam, Collection<? extends GrantedAuthority> authorities, OidcIdToken idToken,
            OidcUserInfo userInfo) {
        super(authorities, idToken, userInfo, IdTokenClaimNames.SUB);
        this.gebruikersnaam = gebruikersnaam;
    }

    @Override
    public String getName() {
        return gebruikersnaam;
    }

    @Override
    public String getUsername() {
        return gebruikersnaam;
    }

    /** There is none: the provider checked the person. */
    @Override
    public String getPassword() {
        return null;
    }

    /** One principal per account, as for {@code User}: the session registry groups the sessions by it. */
    @Override
    public boolean equals(Object ander) {
        return ander instanceof SsoGebruiker gebruiker && gebruiker.gebruikersnaam.equals(gebruikersnaam);
    }

    @Override
    public int hashCode() {
        return Objects.hash(SsoGebruiker.class, gebruikersnaam);
    }
}
