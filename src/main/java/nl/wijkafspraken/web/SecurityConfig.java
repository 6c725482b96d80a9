package nl.wijkafspraken.web;

import jakarta.servlet.DispatcherType;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import nl.wijkafspraken.account.Inlogbeveiliging;
import nl.wijkafspraken.account.SsoAanmelding;
import nl.wijkafspraken.account.SsoGeweigerdException;
import nl.wijkafspraken.account.SsoRegistraties;
import nl.wijkafspraken.hulp.Gids;
import nl.wijkafspraken.tweedefactor.Tweedefactorbeveiliging;
import nl.wijkafspraken.tweedefactor.WebauthnEigenschappen;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.LockedException;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.authorization.EnableMultiFactorAuthentication;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.web.HttpSessionOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.access.ExceptionTranslationFilter;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.session.ConcurrentSessionFilter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.security.SpringSessionBackedSessionRegistry;

/**
 * Everything needs a login except the login page, static files, the health probes, the public verification page,
 * the signing page reached through a mailed link, the user guide's index and board member's chapters, and reading
 * the public register (module register: its pages, the
 * open-data API with its OpenAPI description and Swagger UI, the toegankelijkheidsverklaring), which is only ever
 * GET or HEAD. CSRF protection stays on for everything; its token lives in the session, which lives in PostgreSQL
 * ({@link Sessieopslag}), so it is valid on every instance. Sessions end after a time of inactivity (Spring
 * Session's timeout) and after a maximum lifetime ({@link Sessieduur}); a login from an address over its budget of
 * failures gets 429 (account/Inlogbudget). Roles are per gemeente, so the services check them against
 * the active gemeente ({@code gedeeld.Rechten}, the role × action matrix), not URL patterns here. With an OpenID
 * Connect provider configured ({@code spring.security.oauth2.client.*}), SSO login works next to the password
 * (account/SsoAanmelding).
 * <p>
 * Second factor (module tweedefactor): Spring Security's passkeys ({@code webAuthn}) with its registration and
 * authentication endpoints, and the gate that holds a user after the password until the second factor is passed or
 * enrolled. {@code @EnableMultiFactorAuthentication} without required authorities switches on what Spring's MFA
 * support does at login: a passkey after the password adds its factor to the same authentication instead of
 * replacing it; which factors are required is decided in tweedefactor/TweedeFactorBeleid. A passkey is removed
 * through our page (confirmation, audit), not through Spring's DELETE endpoint.
 */
@Configuration(proxyBeanMethods = false)
@EnableMultiFactorAuthentication(authorities = {})
class SecurityConfig {

    private static final String CSP = "default-src 'self'; img-src 'self' data:; object-src 'none'; "
            + "frame-ancestors 'none'; form-action 'self'; base-uri 'none'";

    /** The public register: readable by anyone without login. */
    private static final String[] OPENBAAR = {"/openbaar", "/openbaar/**", "/toegankelijkheid", "/api/**",
        "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**", "/robots.txt"};

    /** Static files: the same for everyone, so the security filters need no session to serve them. */
    static final String[] STATISCH = {"/css/**", "/js/**", "/img/**", "/webjars/**", "/favicon.ico",
        Gids.AFBEELDINGEN + "**"};

    /**
     * Static files never read the session: with the sessions in PostgreSQL a stylesheet would otherwise cost a read
     * of the session store, and during a database outage the Dutch "tijdelijk niet beschikbaar" page would come
     * without its stylesheet. Same headers as every page.
     */
    @Bean
    @Order(1)
    SecurityFilterChain statischeBestanden(HttpSecurity http) throws Exception {
        // Every filter that would look at the session (anonymous login details, logout, session management,
        // security context, request cache, CSRF) is off: nothing here is personal or changes anything.
        http.securityMatcher(STATISCH)
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .anonymous(anoniem -> anoniem.disable())
                .logout(uitloggen -> uitloggen.disable())
                .sessionManagement(sessies -> sessies.disable())
                .securityContext(context -> context.disable())
                .requestCache(cache -> cache.disable())
                .servletApi(api -> api.disable())
                .csrf(csrf -> csrf.disable())
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CSP))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain securityFilterChain(HttpSecurity http, SessionRegistry sessieregister,
            Inlogbeveiliging inlogbeveiliging, Tweedefactorbeveiliging tweedeFactor, WebauthnEigenschappen webauthn,
            Clock clock, @Value("${wijkafspraken.sessie.maximale-duur}") Duration maximaleDuur,
            SsoRegistraties ssoRegistraties, SsoAanmelding ssoAanmelding) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                        .dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.FORWARD).permitAll()
                        .requestMatchers("/login", "/css/**", "/js/**", "/img/**", "/webjars/**", "/favicon.ico",
                                "/actuator/health", "/actuator/health/**", "/error").permitAll()
                        // The public verification of sealed documents (module zegel); CSRF stays on for its upload.
                        .requestMatchers("/verifieren", "/verifieren/**").permitAll()
                        // A board member signs through the personal link in the invitation, without an account;
                        // CSRF protection stays on for these forms too.
                        .requestMatchers("/ondertekenen/*", "/ondertekenen/*/code", "/ondertekenen/*/weigeren")
                        .permitAll()
                        // Once used, the link is the signer's receipt, with the signed text to download.
                        .requestMatchers(HttpMethod.GET, "/ondertekenen/*/tekst").permitAll()
                        .requestMatchers(HttpMethod.GET, OPENBAAR).permitAll()
                        // The user guide's index and the board member's chapters (module hulp).
                        .requestMatchers(HttpMethod.GET, Gids.OPENBARE_PADEN).permitAll()
                        .requestMatchers(HttpMethod.HEAD, OPENBAAR).permitAll()
                        .requestMatchers(HttpMethod.DELETE, "/webauthn/register/**").denyAll()
                        .anyRequest().authenticated())
                // CORS for the open-data API only, from the corsConfigurationSource bean of module register
                .cors(Customizer.withDefaults())
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false)
                        .failureHandler(inlogFout()).permitAll())
                // The cookie goes with the session, so that the next visit is a fresh start, not an "expired" one.
                .logout(logout -> logout.logoutSuccessUrl("/login?uitgelogd").deleteCookies("JSESSIONID")
                        .permitAll())
                .exceptionHandling(fouten -> fouten.authenticationEntryPoint(new NaarInlogpagina()))
                // Every session is registered, without a limit on their number, so that a password reset, a role
                // change or a deactivation can end the user's sessions (account/Sessiebeheer).
                .sessionManagement(sessies -> sessies.sessionConcurrency(gelijktijdig -> gelijktijdig
                        .maximumSessions(-1).sessionRegistry(sessieregister).expiredUrl(Sessieduur.VERLOPEN_URL)))
                .addFilterAfter(new Sessieduur(clock, maximaleDuur), ConcurrentSessionFilter.class)
                .addFilterBefore(inlogbeveiliging.budgetFilter(), UsernamePasswordAuthenticationFilter.class)
                .webAuthn(passkeys -> passkeys.rpId(webauthn.rpId()).rpName(webauthn.rpNaam())
                        .allowedOrigins(webauthn.origins()).disableDefaultRegistrationPage(true))
                // After the session is read and before authorisation, so that Spring's passkey registration (which
                // answers before the AuthorizationFilter) is closed too while a factor is due.
                .addFilterAfter(tweedeFactor.poort(), ExceptionTranslationFilter.class)
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CSP))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)));
        if (ssoRegistraties.actief()) {
            // SSO next to the password (issue 12, part 4), only when a provider is configured: the same login page,
            // sessions, session registry and lifetime as a password login; SsoAanmelding finds the linked account.
            // The provider's tokens live in the session and die with it (Boot's default keeps them in memory per
            // user name, beyond the session). A refusal gets its own message on the login page.
            http.oauth2Login(sso -> sso.loginPage("/login").defaultSuccessUrl("/", false)
                    .userInfoEndpoint(gebruiker -> gebruiker.oidcUserService(ssoAanmelding))
                    .authorizedClientRepository(new HttpSessionOAuth2AuthorizedClientRepository())
                    .failureHandler(ssoFout())
                    .withObjectPostProcessor(onbekendeProviderNietGevonden()));
        }
        return http.build();
    }

    /**
     * {@code /oauth2/authorization/<id>} with an id that is no configured provider is a page that does not exist
     * (404), not the server error (500, logged) that Spring Security answers by default.
     */
    private static ObjectPostProcessor<OAuth2AuthorizationRequestRedirectFilter> onbekendeProviderNietGevonden() {
        return new ObjectPostProcessor<>() {
            @Override
            public <O extends OAuth2AuthorizationRequestRedirectFilter> O postProcess(O filter) {
                filter.setAuthenticationFailureHandler((verzoek, antwoord, fout) ->
                        antwoord.sendError(HttpStatus.NOT_FOUND.value()));
                return filter;
            }
        };
    }

    /** No active account linked to the provider's person gets its own message; every other SSO failure another. */
    private static ExceptionMappingAuthenticationFailureHandler ssoFout() {
        var handler = new ExceptionMappingAuthenticationFailureHandler();
        handler.setDefaultFailureUrl("/login?sso-mislukt");
        handler.setExceptionMappings(Map.of(SsoGeweigerdException.class.getName(), "/login?sso-geweigerd"));
        return handler;
    }

    /** A name blocked after too many failures gets its own message; every other failure the same one. */
    private static ExceptionMappingAuthenticationFailureHandler inlogFout() {
        var handler = new ExceptionMappingAuthenticationFailureHandler();
        handler.setDefaultFailureUrl("/login?error");
        handler.setExceptionMappings(Map.of(LockedException.class.getName(), "/login?geblokkeerd"));
        return handler;
    }

    /**
     * Argon2id for new passwords (OWASP Password Storage Cheat Sheet's first choice, Spring Security's 5.8
     * parameters: 16 MiB, 2 iterations), with the {id} prefix, so that the BCrypt hashes made before still work.
     * BCrypt reads at most 72 bytes of a password, too few for the 128 characters we allow.
     */
    @Bean
    PasswordEncoder passwordEncoder() {
        return new DelegatingPasswordEncoder("argon2", Map.of(
                "argon2", Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8(),
                "bcrypt", new BCryptPasswordEncoder()));
    }

    /**
     * The sessions per user, read from the shared session store in PostgreSQL (Spring Session JDBC, by the principal
     * name it indexes), so that ending a user's sessions (account/Sessiebeheer) reaches the sessions on every instance.
     * Expiring one marks it in the store; the ConcurrentSessionFilter of whichever instance gets its next request
     * logs it out. No session events are needed: the store itself forgets a session that ends or times out.
     */
    @Bean
    <S extends Session> SessionRegistry sessionRegistry(FindByIndexNameSessionRepository<S> sessies) {
        return new SpringSessionBackedSessionRegistry<>(sessies);
    }
}
