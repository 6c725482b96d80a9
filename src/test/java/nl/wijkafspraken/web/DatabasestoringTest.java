package nl.wijkafspraken.web;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
import nl.wijkafspraken.gedeeld.Rol;
import nl.wijkafspraken.support.DatabaseOnderbreker;
import nl.wijkafspraken.support.IntegratieTest;
import nl.wijkafspraken.support.Testgegevens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The database becomes unreachable for the running app (support/DatabaseOnderbreker cuts the connections between
 * the pool and the embedded PostgreSQL, which keeps running for the other tests): pages get the Dutch 503 page in
 * the layout, the API a problem detail, readiness goes DOWN and liveness stays UP, and each failed request leaves
 * one short log line, no stack trace. When the database is back, everything works again without a restart. Over
 * real HTTP, so that the servlet container's own error handling is part of it.
 */
@IntegratieTest
class DatabasestoringTest {

    /** Hikari's default maximum-pool-size. */
    private static final int MAXIMALE_POOLGROOTTE = 10;

    @Autowired
    DatabaseOnderbreker database;
    @Autowired
    Testgegevens gegevens;
    @LocalServerPort
    int poort;

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final ListAppender<ILoggingEvent> log = new ListAppender<>();

    @AfterEach
    void databaseTerug() {
        database.herstel();
        root().detachAppender(log);
    }

    @Test
    void zonderDatabaseKrijgenPaginasEnApiEen503InHetNederlandsEnBlijftHetLogKort() throws Exception {
        logIn("ambtenaar", gegevens.account(gegevens.gemeente().id(), Rol.AMBTENAAR));
        assertThat(get("/", "text/html").statusCode()).isEqualTo(200);
        var inloggen = new Inlogpoging();
        vangLog();

        database.onderbreek();
        var ingelogd = get("/", "text/html");
        var openbaar = get("/openbaar", "text/html");
        var api = get("/api/v1/gemeenten", "application/json");
        var inlog = inloggen.verstuur();

        assertThat(inlog.headers().firstValue("Location")).as("not 'wrong password'").isEmpty();
        for (var pagina : List.of(ingelogd, openbaar, inlog)) {
            assertThat(pagina.statusCode()).isEqualTo(503);
            assertThat(pagina.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t)
                    .startsWith("text/html"));
            assertThat(pagina.body()).contains("<html lang=\"nl\"", "class=\"kop\"", "Tijdelijk niet beschikbaar",
                    "omdat de database niet bereikbaar is").doesNotContain("Exception", "HikariPool", "HTTP Status");
        }
        assertThat(api.statusCode()).isEqualTo(503);
        assertThat(api.headers().firstValue("Content-Type")).hasValue("application/problem+json;charset=UTF-8");
        assertThat(api.body()).contains("\"title\":\"Tijdelijk niet beschikbaar\"", "\"status\":503",
                "\"instance\":\"/api/v1/gemeenten\"").doesNotContain("Exception", "HikariPool");

        var regels = log.list.stream().filter(r -> r.getLevel().isGreaterOrEqual(Level.WARN)).toList();
        assertThat(regels).as("no stack trace").allSatisfy(r -> assertThat(r.getThrowableProxy()).isNull());
        assertThat(regels.stream().filter(r -> r.getLoggerName().equals(Databasestoring.class.getName())))
                .as("one line per failed request").hasSize(4)
                .allSatisfy(r -> assertThat(r.getFormattedMessage()).contains("Database niet bereikbaar", "503")
                        .doesNotContain("\n"));
        assertThat(regels.stream().filter(r -> !r.getLoggerName().equals(Databasestoring.class.getName())))
                .as("besides, only the pool, once for each connection it held when the database went away")
                .allSatisfy(r -> assertThat(r.getLoggerName()).startsWith("com.zaxxer.hikari"))
                .hasSizeLessThanOrEqualTo(MAXIMALE_POOLGROOTTE);

        database.herstel();
        assertThat(wachtTotGereed().statusCode()).isEqualTo(200);
        assertThat(get("/", "text/html").statusCode()).as("back without a restart").isEqualTo(200);
        assertThat(get("/api/v1/gemeenten", "application/json").statusCode()).isEqualTo(200);
    }

    @Test
    void eenVerbindingDieMiddenInEenTransactieBreektIsOokEenStoring() {
        // What Spring throws then: the failed rollback on Hikari's closed proxy, not the I/O error before it.
        var rollback = new org.springframework.orm.jpa.JpaSystemException(new RuntimeException(
                "Unable to rollback against JDBC Connection", new java.sql.SQLException("Connection is closed")));
        assertThat(Databasestoring.onbereikbaar(rollback)).isNotNull();
        assertThat(Databasestoring.onbereikbaar(new RuntimeException(new java.sql.SQLException("syntax error",
                "42601")))).as("any other database error stays a 500").isNull();
        assertThat(Databasestoring.onbereikbaar(new java.sql.SQLException("Connection is closed", "42000")))
                .as("only Hikari's message without a state").isNull();
    }

    @Test
    void zonderDatabaseIsDeAppNietGereedMaarWelLevend() throws Exception {
        assertThat(get("/actuator/health/readiness", "application/json").statusCode()).isEqualTo(200);
        vangLog();

        database.onderbreek();
        var gereed = get("/actuator/health/readiness", "application/json");
        var levend = get("/actuator/health/liveness", "application/json");

        assertThat(gereed.statusCode()).isEqualTo(503);
        assertThat(log.list).as("one line, no stack trace")
                .filteredOn(r -> r.getLoggerName().equals(Databasegezondheid.class.getName())).singleElement()
                .satisfies(r -> assertThat(r.getThrowableProxy()).isNull());
        assertThat(log.list).noneSatisfy(r -> assertThat(r.getThrowableProxy()).isNotNull());
        assertThat(gereed.body()).contains("\"status\":\"DOWN\"");
        assertThat(levend.statusCode()).isEqualTo(200);
        assertThat(levend.body()).contains("\"status\":\"UP\"");

        database.herstel();
        var weer = wachtTotGereed();
        assertThat(weer.statusCode()).isEqualTo(200);
        assertThat(weer.body()).contains("\"status\":\"UP\"");
    }

    private void logIn(String naam, String gebruikersnaam) throws Exception {
        var inlogpagina = get("/login", "text/html").body();
        var csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(inlogpagina);
        assertThat(csrf.find()).isTrue();
        var antwoord = http.send(HttpRequest.newBuilder(url("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + gebruikersnaam + "&password="
                        + Testgegevens.WACHTWOORD + "&_csrf=" + csrf.group(1))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(antwoord.headers().firstValue("Location")).as(naam + " logged in").hasValue(url("/").toString());
    }

    /** Someone on the login page, who sends the form when the database is gone. */
    private final class Inlogpoging {

        private final HttpClient eigen = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        private final String csrf;

        Inlogpoging() throws Exception {
            var pagina = eigen.send(HttpRequest.newBuilder(url("/login")).build(), HttpResponse.BodyHandlers.ofString());
            var token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(pagina.body());
            assertThat(token.find()).isTrue();
            csrf = token.group(1);
        }

        HttpResponse<String> verstuur() throws Exception {
            return eigen.send(HttpRequest.newBuilder(url("/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/html")
                    .POST(HttpRequest.BodyPublishers.ofString("username=iemand&password=" + Testgegevens.WACHTWOORD
                            + "&_csrf=" + csrf)).build(), HttpResponse.BodyHandlers.ofString());
        }
    }

    private void vangLog() {
        log.start();
        root().addAppender(log);
    }

    private static Logger root() {
        return (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    }

    /**
     * Readiness once it is 200, or its last answer after 15 s. The pool does not notice the database's return at
     * once: after failed attempts it waits up to a few seconds before it tries to connect again.
     */
    private HttpResponse<String> wachtTotGereed() throws Exception {
        var uiterlijk = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        var antwoord = get("/actuator/health/readiness", "application/json");
        while (antwoord.statusCode() != 200 && System.nanoTime() < uiterlijk) {
            Thread.sleep(250);
            antwoord = get("/actuator/health/readiness", "application/json");
        }
        return antwoord;
    }

    private HttpResponse<String> get(String pad, String accept) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(url(pad)).header("Accept", accept).timeout(Duration.ofSeconds(30))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI url(String pad) {
        return URI.create("http://127.0.0.1:" + poort + pad);
    }
}
