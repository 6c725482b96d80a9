package nl.wijkafspraken.web;

import jakarta.servlet.DispatcherType;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.LockedException;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Everything needs a login except the login page, static files, the health probes, the public verification page,
 * the signing page reached through a mailed link, and reading the public register (module register: its pages, the
 * open-data API with its OpenAPI description and Swagger UI, the toegankelijkheidsverklaring), which is only ever
 * GET or HEAD. CSRF protection stays on for everything. Roles are per gemeente, so the services check them against
 * the active gemeente (see {@code Gebruiker.vereisRol}), not URL patterns here.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfig {

    /** The public register: readable by anyone without login. */
    private static final String[] OPENBAAR = {"/openbaar", "/openbaar/**", "/toegankelijkheid", "/api/**",
        "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**"};

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
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
                        .requestMatchers(HttpMethod.HEAD, OPENBAAR).permitAll()
                        .anyRequest().authenticated())
                // CORS for the open-data API only, from the corsConfigurationSource bean of module register
                .cors(Customizer.withDefaults())
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false)
                        .failureHandler(inlogFout()).permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/login?uitgelogd").permitAll())
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(
                                "default-src 'self'; img-src 'self' data:; object-src 'none'; "
                                        + "frame-ancestors 'none'; form-action 'self'; base-uri 'none'"))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }

    /** A name blocked after too many failures gets its own message; every other failure the same one. */
    private static ExceptionMappingAuthenticationFailureHandler inlogFout() {
        var handler = new ExceptionMappingAuthenticationFailureHandler();
        handler.setDefaultFailureUrl("/login?error");
        handler.setExceptionMappings(Map.of(LockedException.class.getName(), "/login?geblokkeerd"));
        return handler;
    }

    /** BCrypt by default, with the {id} prefix so that a later switch of algorithm keeps old hashes valid. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
