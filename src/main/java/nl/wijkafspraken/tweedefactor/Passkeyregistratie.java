package nl.wijkafspraken.tweedefactor;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.webauthn.authentication.WebAuthnAuthentication;
import org.springframework.security.web.webauthn.authentication.WebAuthnAuthenticationRequestToken;
import org.springframework.stereotype.Component;

/**
 * Passkey confirmations in the audit trail. Spring Security's WebAuthn filter checks the assertion and publishes the
 * outcome (7.1); the failure names no user, so it is written for the user already logged in with the password.
 */
@Component
class Passkeyregistratie {

    private final TweedeFactorService service;

    Passkeyregistratie(TweedeFactorService service) {
        this.service = service;
    }

    @EventListener
    void bijGelukt(AuthenticationSuccessEvent event) {
        if (event.getAuthentication() instanceof WebAuthnAuthentication passkey) {
            service.passkeyGelukt(passkey.getName());
        }
    }

    @EventListener
    void bijMislukt(AbstractAuthenticationFailureEvent event) {
        var huidige = SecurityContextHolder.getContext().getAuthentication();
        if (event.getAuthentication() instanceof WebAuthnAuthenticationRequestToken && huidige != null
                && huidige.isAuthenticated()) {
            service.passkeyMislukt(huidige.getName());
        }
    }
}
