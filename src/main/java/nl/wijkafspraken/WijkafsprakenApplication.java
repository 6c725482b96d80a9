package nl.wijkafspraken;

import java.util.Arrays;
import nl.wijkafspraken.reservekopie.ReservekopieCommando;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;

/**
 * Wijkafspraken: the agreements between a gemeente and its wijkoverleggen. Each top-level package is a Spring
 * Modulith module; {@code gedeeld} is the shared kernel every module may use.
 */
@SpringBootApplication
@Modulithic(sharedModules = "gedeeld")
public class WijkafsprakenApplication {

    /** The argument that runs the check of the hash chains once and exits (audit.KetencontroleCommando). */
    static final String KETENCONTROLE = "--ketencontrole";

    public static void main(String[] args) {
        if (ReservekopieCommando.gevraagd(args)) {
            // backup or restore of the embedded database: without a context, which would start that database itself
            System.exit(ReservekopieCommando.voerUit(args, System.out, System.err));
        }
        var app = new SpringApplication(WijkafsprakenApplication.class);
        if (Arrays.asList(args).contains(KETENCONTROLE)) {
            // no demo data, no redelivered events, no public port: application-ketencontrole.properties
            app.setAdditionalProfiles("ketencontrole");
        }
        app.run(args);
    }
}
