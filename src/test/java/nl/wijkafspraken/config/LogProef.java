package nl.wijkafspraken.config;

import org.apache.commons.logging.LogFactory;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * A child JVM for {@link GestructureerdeLogTest}: Spring Boot's real start-up with the application's own
 * properties and the arguments given (so Boot's logging system reads {@code logging.structured.format.console} the
 * way the app does), an empty context and one log line. A separate JVM, because switching the format reconfigures
 * the logging of the whole JVM.
 */
public final class LogProef {

    static final String REGEL = "Proefregel van de gestructureerde log";

    private LogProef() {
    }

    public static void main(String[] argumenten) {
        try (var context = new SpringApplicationBuilder(Leeg.class).web(WebApplicationType.NONE).run(argumenten)) {
            LogFactory.getLog(LogProef.class).warn(REGEL);
        }
        // The test class path also starts the tests' OpenID provider (support/TestIdp), whose threads would keep
        // this JVM alive.
        System.exit(0);
    }

    /** No beans: only Boot's start-up and logging matter here. */
    static final class Leeg {
    }
}
