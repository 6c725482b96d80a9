package nl.wijkafspraken.account;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;

/**
 * SSO login (issue 12, part 4): after Spring Security has checked the provider's ID token (signature, issuer,
 * audience, nonce, expiry), finds our account by the provider's issuer and the stable subject claim
 * ({@link SsoEigenschappen#subjectClaim()}), never by a name or e-mail address. There is no provisioning and no role
 * from the provider: an identity that no active account is linked to is refused ({@link SsoGeweigerdException}, one
 * answer for "unknown" and "deactivated") and the refusal is in the audit trail. The user gets the authority of a
 * password login ({@code ROLE_GEBRUIKER}; the roles per gemeente come from our database per request), the factor
 * {@code FACTOR_AUTHORIZATION_CODE} as Spring Security gives an OAuth2 login, and {@value #IDP_MFA} when the ID token
 * says the provider asked for more than one factor ({@code amr}/{@code acr}, see {@link SsoEigenschappen}), which
 * our own MFA accepts as a passed second factor.
 * <p>
 * Not transactional on purpose: the audit line of a refusal must stay when the login fails.
 */
@Component
@EnableConfigurationProperties(SsoEigenschappen.class)
public class SsoAanmelding implements OAuth2UserService<OidcUserRequest, OidcUser> {

    /** The factor granted when the provider's ID token shows multi-factor authentication. */
    public static final String IDP_MFA = "FACTOR_IDP_MFA";

    private final OidcUserService standaard = new OidcUserService();
    private final AccountRepository accounts;
    private final SsoEigenschappen eigenschappen;
    private final Inlogregistratie registratie;
    private final Clock clock;

    SsoAanmelding(AccountRepository accounts, SsoEigenschappen eigenschappen, Inlogregistratie registratie,
            Clock clock) {
        this.accounts = accounts;
        this.eigenschappen = eigenschappen;
        this.registratie = registratie;
        this.clock = clock;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest verzoek) throws OAuth2AuthenticationException {
        // The standard service adds the UserInfo claims when asked for and checks that they are about the same sub.
        var oidcUser = standaard.loadUser(verzoek);
        var idToken = oidcUser.getIdToken();
        var issuer = idToken.getIssuer().toExternalForm();
        var onderwerp = idToken.getClaimAsString(eigenschappen.subjectClaim());
        if (onderwerp == null || onderwerp.isBlank()) {
            var fout = new OAuth2Error("onderwerp_ontbreekt", "Het ID-token heeft geen claim "
                    + eigenschappen.subjectClaim(), null);
            throw new OAuth2AuthenticationException(fout, fout.getDescription());
        }
        var account = accounts.findBySsoIssuerAndSsoOnderwerp(issuer, onderwerp).orElse(null);
        if (account == null || !account.isActief()) {
            registratie.ssoGeweigerd(issuer, onderwerp, account);
            throw new SsoGeweigerdException();
        }
        var nu = clock.instant();
        var authorities = new ArrayList<GrantedAuthority>(List.of(new SimpleGrantedAuthority("ROLE_GEBRUIKER"),
                FactorGrantedAuthority.withAuthority(FactorGrantedAuthority.AUTHORIZATION_CODE_AUTHORITY)
                        .issuedAt(nu).build()));
        if (eigenschappen.mfaVoldaan(idToken.getAuthenticationMethods(),
                idToken.getAuthenticationContextClass())) {
            // The moment of the provider's login when it says so, so that a rule like "MFA within the last hour"
            // does not count from our callback.
            var moment = idToken.getAuthenticatedAt() != null ? idToken.getAuthenticatedAt() : nu;
            authorities.add(FactorGrantedAuthority.withAuthority(IDP_MFA).issuedAt(moment).build());
        }
        return new SsoGebruiker(account.getGebruikersnaam(), authorities, idToken, oidcUser.getUserInfo());
    }
}
