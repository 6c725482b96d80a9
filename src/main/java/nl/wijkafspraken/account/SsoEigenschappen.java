package nl.wijkafspraken.account;

import java.util.Collection;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The settings of SSO login beyond Spring Security's {@code spring.security.oauth2.client.*} registrations.
 *
 * @param subjectClaim the claim of the ID token that identifies the person at the provider, stable for life: {@code
 *        sub} (Keycloak, ADFS), or {@code oid} for Entra ID, whose {@code sub} differs per application and cannot be
 *        looked up in the Entra admin centre. Never a name or e-mail address: those can change and be reused.
 * @param mfaAmr values of the ID token's {@code amr} claim (RFC 8176) that count as multi-factor at the provider,
 *        e.g. {@code mfa,hwk,otp}; empty: none
 * @param mfaAcr values of the {@code acr} claim that count as multi-factor; empty: none
 */
@ConfigurationProperties("wijkafspraken.sso")
record SsoEigenschappen(@DefaultValue("sub") String subjectClaim, @DefaultValue Set<String> mfaAmr,
        @DefaultValue Set<String> mfaAcr) {

    SsoEigenschappen {
        mfaAmr = Set.copyOf(mfaAmr);
        mfaAcr = Set.copyOf(mfaAcr);
    }

    /**
     * Whether the provider says the person logged in with more than one factor: one of the configured {@code amr}
     * values was used, or the {@code acr} is one of the configured classes. With nothing configured, never: the
     * app does not guess what a provider means by its values.
     */
    boolean mfaVoldaan(Collection<String> amr, String acr) {
        return (amr != null && amr.stream().anyMatch(mfaAmr::contains)) || (acr != null && mfaAcr.contains(acr));
    }
}
