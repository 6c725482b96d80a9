package nl.wijkafspraken.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Base64;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import nl.wijkafspraken.support.TestIdp;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;

/**
 * A browser without a browser: the whole authorization code flow over real HTTP, between the running app (random
 * port) and the test provider of {@link TestIdp}, with the app's cookies kept as a browser keeps them. The provider's
 * login form is posted with the subject and the extra claims of the ID token.
 */
final class SsoInloggen {

    private final HttpClient http;
    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final WebServerApplicationContext context;

    SsoInloggen(WebServerApplicationContext context) {
        this.context = context;
        this.http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    String url(String pad) {
        return "http://localhost:" + context.getWebServer().getPort() + pad;
    }

    /**
     * Starts at the app's SSO button, logs in at the provider as {@code onderwerp} with the claims (JSON, or
     * empty) and follows the provider's redirect back to the app; returns where the app then sends the browser.
     */
    String login(String onderwerp, String claims) {
        var naarProvider = get(url("/oauth2/authorization/" + TestIdp.REGISTRATIE));
        assertThat(naarProvider.statusCode()).isEqualTo(302);
        var authorize = locatie(naarProvider);
        assertThat(authorize).startsWith(TestIdp.issuer());
        var terug = post(authorize, "username=" + codeer(onderwerp) + "&claims=" + codeer(claims));
        assertThat(terug.statusCode()).as("the provider issues a code").isEqualTo(302);
        var callback = locatie(terug);
        assertThat(callback).startsWith(url("/login/oauth2/code/" + TestIdp.REGISTRATIE));
        var resultaat = get(callback);
        assertThat(resultaat.statusCode()).isEqualTo(302);
        return locatie(resultaat).replace(url(""), "");
    }

    HttpResponse<String> get(String adres) {
        return verstuur(HttpRequest.newBuilder(URI.create(adres)).header("Accept", "text/html").GET().build());
    }

    private HttpResponse<String> post(String adres, String formulier) {
        return verstuur(HttpRequest.newBuilder(URI.create(adres))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(formulier)).build());
    }

    /** The app's session id, as the browser holds it. */
    String sessieId() {
        return cookies.getCookieStore().get(URI.create(url("/"))).stream()
                .filter(c -> c.getName().equals("JSESSIONID")).findFirst().orElseThrow().getValue();
    }

    /**
     * The Authentication the app keeps in this browser's session, read from the session store in PostgreSQL (the
     * cookie holds the session id in base64).
     */
    @SuppressWarnings("unchecked")
    Authentication authenticatie() {
        var sessies = (SessionRepository<Session>) context.getBean(SessionRepository.class);
        var id = new String(Base64.getDecoder().decode(sessieId()), StandardCharsets.UTF_8);
        SecurityContext beveiliging = sessies.findById(id)
                .getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        return beveiliging.getAuthentication();
    }

    private HttpResponse<String> verstuur(HttpRequest verzoek) {
        try {
            return http.send(verzoek, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String locatie(HttpResponse<?> antwoord) {
        var locatie = antwoord.headers().firstValue("Location").orElseThrow();
        return URI.create(antwoord.uri().toString()).resolve(locatie).toString();
    }

    private static String codeer(String tekst) {
        return URLEncoder.encode(tekst, StandardCharsets.UTF_8);
    }
}
