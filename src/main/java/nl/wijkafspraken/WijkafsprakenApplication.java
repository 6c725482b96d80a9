package nl.wijkafspraken;

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

    public static void main(String[] args) {
        SpringApplication.run(WijkafsprakenApplication.class, args);
    }
}
