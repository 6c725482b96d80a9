package nl.wijkafspraken.config;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Asks the running server for its readiness at the moment the start-up work runs: the demo data
 * ({@link DemoData}) and the first BEHEERDER ({@link EersteBeheerder}) are loaded by listeners of the same
 * {@link ApplicationReadyEvent}, in the same thread, so what this listener sees over HTTP is what a load balancer
 * sees while they work. Part of the one shared test context (a component of the test sources).
 */
@Component
class Opstartwaarnemer {

    /** The HTTP status and body of {@code /actuator/health/readiness} during the start-up work. */
    record Waarneming(int status, String body) {
    }

    private static volatile Waarneming tijdensOpstartwerk;

    static Waarneming tijdensOpstartwerk() {
        return tijdensOpstartwerk;
    }

    @EventListener(ApplicationReadyEvent.class)
    void kijk(ApplicationReadyEvent gebeurtenis) throws Exception {
        var poort = gebeurtenis.getApplicationContext().getEnvironment().getProperty("local.server.port");
        try (var http = HttpClient.newHttpClient()) {
            var antwoord = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + poort
                    + "/actuator/health/readiness")).timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.ofString());
            tijdensOpstartwerk = new Waarneming(antwoord.statusCode(), antwoord.body());
        }
    }
}
