package nl.wijkafspraken.web;

import jakarta.servlet.DispatcherType;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Everything needs a login except the login page, static files, the health probes, and reading the public register
 * (module register: its pages, the open-data API with its OpenAPI description and Swagger UI, the
 * toegankelijkheidsverklaring), which is only ever GET or HEAD. CSRF protection stays on for everything. Roles are
 * per gemeente, so the services check them against the active gemeente (see {@code Gebruiker.vereisRol}), not URL
 * patterns here.
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
                        .requestMatchers(HttpMethod.GET, OPENBAAR).permitAll()
                        .requestMatchers(HttpMethod.HEAD, OPENBAAR).permitAll()
                        .anyRequest().authenticated())
                // CORS for the open-data API only, from the corsConfigurationSource bean of module register
                .cors(Customizer.withDefaults())
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false).permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/login?uitgelogd").permitAll())
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(
                                "default-src 'self'; img-src 'self' data:; object-src 'none'; "
                                        + "frame-ancestors 'none'; form-action 'self'; base-uri 'self'"))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }

    /** BCrypt by default, with the {id} prefix so that a later switch of algorithm keeps old hashes valid. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
