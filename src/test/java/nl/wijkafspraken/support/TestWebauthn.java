package nl.wijkafspraken.support;

import nl.wijkafspraken.tweedefactor.WebauthnEigenschappen;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** The test server's port is random: the browser's origin http://localhost:PORT becomes an allowed passkey origin. */
@Component
class TestWebauthn {

    private final WebauthnEigenschappen webauthn;

    TestWebauthn(WebauthnEigenschappen webauthn) {
        this.webauthn = webauthn;
    }

    @EventListener
    void bijStart(WebServerInitializedEvent event) {
        webauthn.staToe("http://localhost:" + event.getWebServer().getPort());
    }
}
