package nl.wijkafspraken.support;

import java.net.InetAddress;
import java.util.Map;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * A real OpenID Connect provider in the test JVM (NAV's mock-oauth2-server), for the SSO tests. It starts before
 * the one shared Spring context, on a free port of the loopback address, so that the context's registration
 * {@code testidp} (application-test.properties) finds it at {@code ${testidp.issuer-uri}} and reads its discovery
 * document at startup, as with a real provider. Registered as an {@link EnvironmentPostProcessor} in
 * {@code META-INF/spring.factories} of the tests: it adds that property, no bean and no second context.
 * <p>
 * The provider logs in interactively: its authorization endpoint shows a form where any subject and extra claims
 * (JSON, e.g. {@code {"amr":["mfa"]}}) can be typed, and POSTing that form issues the code. So each login says
 * who it is for, without a queue of tokens shared by tests.
 */
public final class TestIdp implements EnvironmentPostProcessor {

    public static final String REGISTRATIE = "testidp";
    public static final String NAAM = "Gemeente Testdam";

    private static MockOAuth2Server server;

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        environment.getPropertySources().addLast(new MapPropertySource("testidp",
                Map.of("testidp.issuer-uri", issuer())));
    }

    /** The provider's issuer, as its tokens and its discovery document name it. */
    public static String issuer() {
        return server().issuerUrl(REGISTRATIE).toString();
    }

    private static synchronized MockOAuth2Server server() {
        if (server == null) {
            var nieuw = new MockOAuth2Server(new OAuth2Config(true));
            nieuw.start(InetAddress.getLoopbackAddress(), 0);
            Runtime.getRuntime().addShutdownHook(new Thread(nieuw::shutdown));
            server = nieuw;
        }
        return server;
    }
}
