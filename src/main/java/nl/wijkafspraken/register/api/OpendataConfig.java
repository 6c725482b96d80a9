package nl.wijkafspraken.register.api;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.servers.Server;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

/**
 * The open-data API's HTTP around the controllers: an ETag on every answer (so a client can ask "changed?" with
 * If-None-Match and get 304), caching allowed only after revalidation, CORS for reading from any web page, and the
 * OpenAPI description's title.
 */
@Configuration(proxyBeanMethods = false)
class OpendataConfig {

    /** The paths of the open data: the API and its OpenAPI description. */
    static final String[] PADEN = {"/api/*", "/v3/api-docs", "/v3/api-docs/*"};

    /**
     * A strong ETag from the content of each answer. {@code Cache-Control: no-cache} lets browsers and proxies keep
     * an answer but ask again each time (a besluit can be withdrawn or its publication corrected); set here, before
     * Spring Security would mark the answer {@code no-store}.
     */
    @Bean
    FilterRegistrationBean<ShallowEtagHeaderFilter> opendataEtag() {
        var filter = new ShallowEtagHeaderFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
                    FilterChain filterChain) throws ServletException, IOException {
                response.setHeader(HttpHeaders.CACHE_CONTROL, "no-cache");
                super.doFilterInternal(request, response, filterChain);
            }
        };
        var registratie = new FilterRegistrationBean<ShallowEtagHeaderFilter>(filter);
        registratie.addUrlPatterns(PADEN);
        registratie.setName("opendataEtag");
        return registratie;
    }

    /**
     * CORS: any web page may read the API (GET and HEAD, no cookies), and use the ETag and Last-Modified of the
     * answer. Spring Security picks this bean up ({@code http.cors()}), also for the preflight.
     */
    @Bean
    CorsConfigurationSource corsConfigurationSource() {
        var lezen = new CorsConfiguration();
        lezen.setAllowedOrigins(List.of("*"));
        lezen.setAllowedMethods(List.of("GET", "HEAD"));
        lezen.setAllowedHeaders(List.of("Accept", "If-None-Match", "If-Modified-Since"));
        lezen.setExposedHeaders(List.of("ETag", "Last-Modified", "Content-Disposition"));
        lezen.setAllowCredentials(false);
        lezen.setMaxAge(3600L);
        var bron = new UrlBasedCorsConfigurationSource();
        bron.registerCorsConfiguration("/api/**", lezen);
        return bron;
    }

    @Bean
    OpenAPI opendataOpenApi() {
        // A relative server: "try it out" in Swagger UI calls the host the page came from, also behind a proxy.
        return new OpenAPI().servers(List.of(new Server().url("/").description("Deze installatie"))).info(new Info()
                .title("Wijkafspraken: open data")
                .version("v1")
                .description("Het openbare register van gemeenten: wijkoverleggen, de samenwerkingsafspraken met "
                        + "hun versies en ondertekening, de ingetrokken convenanten wijkbeheer en de gepubliceerde "
                        + "besluiten van het college (Woo). Alleen lezen, zonder inloggen. Elk antwoord heeft een "
                        + "ETag; vraag met If-None-Match of het veranderd is. Fouten zijn problem details "
                        + "(RFC 9457)."));
    }
}
