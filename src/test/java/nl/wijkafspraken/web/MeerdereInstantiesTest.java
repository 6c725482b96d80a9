package nl.wijkafspraken.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.wijkafspraken.WijkafsprakenApplication;
import nl.wijkafspraken.gedeeld.Rol;
import nl.wijkafspraken.support.IntegratieTest;
import nl.wijkafspraken.support.TestKlok;
import nl.wijkafspraken.support.Testgegevens;
import nl.wijkafspraken.support.TweedeStap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two instances of the app on one database, as behind a load balancer without sticky sessions (issue 14, part 3):
 * instance A is the shared test context, instance B a second application context started here from the app's main
 * class on a random port, pointing at the same PostgreSQL with the same credentials. A user logged in on A is logged
 * in on B; a form opened on A (its CSRF token from A's session) and posted to B is saved, and the success message
 * set by B shows on A; the second factor started on one instance is finished on the other; a logout or a password
 * change on one instance ends the sessions on the other. The browser is an HTTP client that keeps the session cookie,
 * one cookie for both ports, as a browser does for one host.
 */
@IntegratieTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MeerdereInstantiesTest {

    private static final Pattern INPUT = Pattern.compile("<input\\b[^>]*>");
    private static final Pattern TOTP_SLEUTEL = Pattern.compile("data-totp-sleutel[^>]*>([A-Z2-7 ]+)<");

    @Autowired
    Environment omgeving;
    @Autowired
    TestKlok klok;
    @Autowired
    Testgegevens gegevens;
    @Autowired
    JdbcTemplate jdbc;
    @LocalServerPort
    int poortA;

    private ConfigurableApplicationContext instantieB;
    private int poortB;

    @BeforeAll
    void startTweedeInstantie() {
        instantieB = new SpringApplicationBuilder(WijkafsprakenApplication.class).profiles("test").run(
                "--server.port=0",
                "--spring.datasource.url=" + omgeving.getRequiredProperty("spring.datasource.url"),
                "--spring.datasource.username=" + omgeving.getRequiredProperty("spring.datasource.username"),
                "--spring.datasource.password=" + omgeving.getRequiredProperty("spring.datasource.password"),
                "--spring.flyway.user=" + omgeving.getRequiredProperty("spring.flyway.user"),
                "--spring.flyway.password=" + omgeving.getProperty("spring.flyway.password", ""),
                "--spring.flyway.placeholders.approl="
                        + omgeving.getRequiredProperty("spring.flyway.placeholders.approl"),
                // The same embedded server as A's: B may use the self-signed seal and a TOTP key of its own (real
                // instances share wijkafspraken.tweede-factor.sleutel and the keystore; see README).
                "--wijkafspraken.embedded-postgres.actief=true",
                // A's events are A's: B redelivers nothing of other tests while it runs.
                "--spring.modulith.events.republish-outstanding-events-on-restart=false");
        poortB = ((WebServerApplicationContext) instantieB).getWebServer().getPort();
        // B's test clock replaced A's as the one TestKlok.nu() reads; A's tests go on with A's.
        klok.maakActief();
    }

    @AfterAll
    void stopTweedeInstantie() {
        if (instantieB != null) {
            instantieB.close();
        }
        klok.maakActief();
    }

    @Test
    void eenLoginOpAGeldtOpBEnEenFormulierVanAWordtOpBOpgeslagen() {
        var testgemeente = gegevens.gemeente();
        var gemeente = testgemeente.id();
        var naam = gegevens.account(gemeente, Rol.AMBTENAAR);
        var browser = new Browser();
        browser.logIn(poortA, naam);

        assertThat(browser.get(poortB, "/").statusCode()).as("logged in on B").isEqualTo(200);

        var formulier = browser.get(poortA, "/wijkoverleggen/nieuw");
        assertThat(formulier.statusCode()).isEqualTo(200);
        var velden = verborgenVelden(formulier.body());
        assertThat(velden).as("A's CSRF token").containsKey("_csrf");
        velden.put("naam", "Wijkoverleg Twee Instanties");
        velden.put("wijkIds", String.valueOf(testgemeente.wijkNoord()));
        velden.put("status", "IN_OPRICHTING");
        velden.put("aantalTekenbevoegden", "1");

        var opgeslagen = browser.post(poortB, "/wijkoverleggen/nieuw", velden);
        assertThat(opgeslagen.statusCode()).as("saved on B").isEqualTo(302);
        var pagina = locatie(opgeslagen);
        assertThat(pagina).matches("/wijkoverleggen/\\d+/bestuursleden/nieuw");
        assertThat(jdbc.queryForObject("select count(*) from wijkoverleg where gemeente_id = ? and naam = ?",
                Integer.class, gemeente, "Wijkoverleg Twee Instanties")).isEqualTo(1);

        var detail = browser.get(poortA, pagina);
        assertThat(detail.statusCode()).isEqualTo(200);
        assertThat(detail.body()).as("B's flash message, read on A")
                .contains("Wijkoverleg Twee Instanties is geregistreerd.");
    }

    @Test
    void eenFormulierMetEenVerkeerdCsrfTokenWordtOpBGeweigerdEnNietsOpgeslagen() {
        var testgemeente = gegevens.gemeente();
        var gemeente = testgemeente.id();
        var browser = new Browser();
        browser.logIn(poortA, gegevens.account(gemeente, Rol.AMBTENAAR));
        var velden = verborgenVelden(browser.get(poortA, "/wijkoverleggen/nieuw").body());
        velden.put("_csrf", "een-verzonnen-token");
        velden.put("naam", "Wijkoverleg Zonder Token");
        velden.put("wijkIds", String.valueOf(testgemeente.wijkNoord()));
        velden.put("status", "IN_OPRICHTING");
        velden.put("aantalTekenbevoegden", "1");

        assertThat(browser.post(poortB, "/wijkoverleggen/nieuw", velden).statusCode()).isEqualTo(403);
        assertThat(jdbc.queryForObject("select count(*) from wijkoverleg where gemeente_id = ?", Integer.class,
                gemeente)).isZero();
        assertThat(browser.get(poortB, "/").statusCode()).as("still logged in").isEqualTo(200);
    }

    @Test
    void eenBestuurslidDatHetFormulierOpBPostKrijgt403EnNietsWordtOpgeslagen() {
        var testgemeente = gegevens.gemeente();
        var gemeente = testgemeente.id();
        var wijkoverleg = gegevens.wijkoverleg(gemeente, "Wijkoverleg Eigen", Set.of(testgemeente.wijkNoord()));
        var browser = new Browser();
        browser.logIn(poortA, gegevens.bestuurslid(gemeente, wijkoverleg));
        var eigenPagina = browser.get(poortA, "/wijkoverleggen/" + wijkoverleg);
        assertThat(eigenPagina.statusCode()).isEqualTo(200);
        var velden = verborgenVelden(eigenPagina.body());
        assertThat(velden).containsKey("_csrf");
        velden.put("naam", "Wijkoverleg Van Een Bestuurslid");
        velden.put("wijkIds", String.valueOf(testgemeente.wijkZuid()));
        velden.put("status", "IN_OPRICHTING");
        velden.put("aantalTekenbevoegden", "1");

        assertThat(browser.post(poortB, "/wijkoverleggen/nieuw", velden).statusCode()).isEqualTo(403);
        assertThat(jdbc.queryForObject("select count(*) from wijkoverleg where gemeente_id = ?", Integer.class,
                gemeente)).isEqualTo(1);
    }

    @Test
    void deTweedeFactorBegintOpAEnWordtOpBAfgemaakt() {
        var naam = gegevens.account(gegevens.gemeente().id(), Rol.BEHEERDER);
        var browser = new Browser();
        browser.logIn(poortA, naam);

        assertThat(locatie(browser.get(poortB, "/"))).as("B holds the user at the gate too").isEqualTo("/beveiliging");
        var totp = browser.get(poortA, "/beveiliging/totp");
        var sleutel = TOTP_SLEUTEL.matcher(totp.body());
        assertThat(sleutel.find()).isTrue();
        TweedeStap.onthoud(naam, sleutel.group(1));
        var velden = verborgenVelden(totp.body());
        velden.put("code", TweedeStap.code(naam));
        var sessieVoor = browser.sessie;

        // The secret waiting in the session since A's page is confirmed on B.
        assertThat(locatie(browser.post(poortB, "/beveiliging/totp", velden))).isEqualTo("/beveiliging");
        assertThat(browser.sessie).as("a new session id after the second factor").isNotEqualTo(sessieVoor);
        assertThat(browser.get(poortA, "/").statusCode()).as("past the gate on A").isEqualTo(200);
        assertThat(new Browser(sessieVoor).get(poortA, "/").statusCode()).as("the old id is worthless")
                .isEqualTo(302);
    }

    @Test
    void uitloggenOpBBeeindigtDeSessieOpA() {
        var browser = new Browser();
        browser.logIn(poortA, gegevens.account(gegevens.gemeente().id(), Rol.AMBTENAAR));
        var sessie = browser.sessie;
        var velden = verborgenVelden(browser.get(poortA, "/").body());

        assertThat(locatie(browser.post(poortB, "/logout", Map.of("_csrf", velden.get("_csrf")))))
                .isEqualTo("/login?uitgelogd");
        assertThat(locatie(new Browser(sessie).get(poortA, "/"))).startsWith("/login");
    }

    @Test
    void eenWachtwoordwijzigingOpABeeindigtDeSessieOpB() {
        var naam = gegevens.account(gegevens.gemeente().id(), Rol.AMBTENAAR);
        var laptop = new Browser();
        laptop.logIn(poortA, naam);
        var telefoon = new Browser();
        telefoon.logIn(poortB, naam);
        assertThat(telefoon.get(poortB, "/").statusCode()).isEqualTo(200);

        var velden = verborgenVelden(laptop.get(poortA, "/account/wachtwoord").body());
        velden.put("huidigWachtwoord", Testgegevens.WACHTWOORD);
        velden.put("nieuwWachtwoord", "een-heel-nieuw-wachtwoord");
        velden.put("herhaling", "een-heel-nieuw-wachtwoord");
        assertThat(locatie(laptop.post(poortA, "/account/wachtwoord", velden))).isEqualTo("/account/wachtwoord");

        assertThat(locatie(telefoon.get(poortB, "/"))).as("ended on B by the registry over the shared store")
                .isEqualTo("/login?verlopen");
        assertThat(laptop.get(poortB, "/").statusCode()).as("the session that changed it stays").isEqualTo(200);
    }

    /** The hidden fields of a page's forms (the CSRF token and whatever else a form carries), by name. */
    private static Map<String, String> verborgenVelden(String html) {
        var velden = new LinkedHashMap<String, String>();
        var invoer = INPUT.matcher(html);
        while (invoer.find()) {
            var tag = invoer.group();
            if ("hidden".equals(attribuut(tag, "type")) && attribuut(tag, "name") != null) {
                velden.putIfAbsent(attribuut(tag, "name"), attribuut(tag, "value") == null ? ""
                        : attribuut(tag, "value"));
            }
        }
        return velden;
    }

    private static String attribuut(String tag, String naam) {
        var m = Pattern.compile("\\s" + naam + "=\"([^\"]*)\"").matcher(tag);
        return m.find() ? m.group(1).replace("&amp;", "&") : null;
    }

    private static String locatie(HttpResponse<?> antwoord) {
        return antwoord.headers().firstValue("Location").map(l -> l.replaceFirst("^http://localhost:\\d+", ""))
                .orElse(null);
    }

    /**
     * One browser: one session cookie for localhost, sent to both ports (a cookie is not bound to a port), as behind
     * a load balancer that sends each request to either instance.
     */
    private final class Browser {

        private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        private String sessie;

        Browser() {
        }

        Browser(String sessie) {
            this.sessie = sessie;
        }

        void logIn(int poort, String naam) {
            var velden = verborgenVelden(get(poort, "/login").body());
            var voor = sessie;
            assertThat(voor).as("the login page's session, which holds its CSRF token").isNotNull();
            velden.put("username", naam);
            velden.put("password", Testgegevens.WACHTWOORD);
            assertThat(locatie(post(poort, "/login", velden))).isEqualTo("/");
            assertThat(sessie).as("a new session id at login (fixation)").isNotNull().isNotEqualTo(voor);
        }

        HttpResponse<String> get(int poort, String pad) {
            return verstuur(verzoek(poort, pad).GET().build());
        }

        HttpResponse<String> post(int poort, String pad, Map<String, String> velden) {
            var formulier = velden.entrySet().stream()
                    .map(v -> codeer(v.getKey()) + "=" + codeer(v.getValue()))
                    .collect(Collectors.joining("&"));
            return verstuur(verzoek(poort, pad).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(formulier)).build());
        }

        private HttpRequest.Builder verzoek(int poort, String pad) {
            var verzoek = HttpRequest.newBuilder(URI.create("http://localhost:" + poort + pad))
                    .header("Accept", "text/html");
            return sessie == null ? verzoek : verzoek.header("Cookie", "JSESSIONID=" + sessie);
        }

        private HttpResponse<String> verstuur(HttpRequest verzoek) {
            try {
                var antwoord = http.send(verzoek, HttpResponse.BodyHandlers.ofString());
                antwoord.headers().allValues("Set-Cookie").stream()
                        .filter(c -> c.startsWith("JSESSIONID="))
                        .forEach(c -> {
                            var waarde = c.substring("JSESSIONID=".length(), c.indexOf(';'));
                            sessie = waarde.isEmpty() || c.contains("Max-Age=0") ? null : waarde;
                        });
                return antwoord;
            } catch (IOException e) {
                throw new IllegalStateException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        private static String codeer(String tekst) {
            return URLEncoder.encode(tekst, StandardCharsets.UTF_8);
        }
    }
}
