package nl.wijkafspraken.account;

import java.util.List;
import java.util.Optional;
import java.util.stream.StreamSupport;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.stereotype.Component;

/**
 * The OpenID Connect providers configured with Spring Boot's {@code spring.security.oauth2.client.*} properties.
 * Without any, Boot makes no {@link ClientRegistrationRepository}: then the list is empty, the login page shows no
 * SSO button and the security configuration leaves OAuth2 login out.
 */
@Component
public class SsoRegistraties {

    private final ObjectProvider<ClientRegistrationRepository> repository;

    SsoRegistraties(ObjectProvider<ClientRegistrationRepository> repository) {
        this.repository = repository;
    }

    /** The providers to log in with, in the order of the configuration. */
    public List<SsoRegistratie> alle() {
        if (!(repository.getIfAvailable() instanceof Iterable<?> registraties)) {
            return List.of();
        }
        return StreamSupport.stream(registraties.spliterator(), false)
                .map(ClientRegistration.class::cast)
                .filter(r -> AuthorizationGrantType.AUTHORIZATION_CODE.equals(r.getAuthorizationGrantType()))
                .filter(r -> r.getScopes().contains("openid"))
                .map(r -> new SsoRegistratie(r.getRegistrationId(), r.getClientName(),
                        r.getProviderDetails().getIssuerUri()))
                .toList();
    }

    public boolean actief() {
        return !alle().isEmpty();
    }

    Optional<SsoRegistratie> metId(String id) {
        return alle().stream().filter(r -> r.id().equals(id)).findFirst();
    }

    Optional<SsoRegistratie> metIssuer(String issuer) {
        return alle().stream().filter(r -> issuer != null && issuer.equals(r.issuer())).findFirst();
    }
}
