package nl.wijkafspraken.account;

/**
 * An OpenID Connect provider people can log in with: the registration id of {@code spring.security.oauth2.client
 * .registration.<id>}, the name shown on the login button ({@code client-name}, e.g. "Gemeente Aalsmeer") and the
 * provider's issuer (null when the registration has no {@code issuer-uri}; such a provider cannot be linked).
 */
public record SsoRegistratie(String id, String naam, String issuer) {
}
