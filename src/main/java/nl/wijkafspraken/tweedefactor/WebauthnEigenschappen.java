package nl.wijkafspraken.tweedefactor;

import java.util.Arrays;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The relying party of the passkeys: {@code wijkafspraken.webauthn.rp-id} (the host name the passkeys are bound to,
 * e.g. wijkafspraken.aalsmeer.nl), {@code rp-naam} (shown by the browser) and {@code origins} (comma-separated, the
 * exact https origins the browser reports). Defaults fit a local run on localhost:8080. The set of origins is the one
 * Spring's WebAuthn support reads on every ceremony; {@link #staToe} adds one while running (the tests, whose
 * server port is only known after the start).
 */
@Component
public class WebauthnEigenschappen {

    private final String rpId;
    private final String rpNaam;
    private final Set<String> origins = ConcurrentHashMap.newKeySet();

    WebauthnEigenschappen(@Value("${wijkafspraken.webauthn.rp-id:localhost}") String rpId,
            @Value("${wijkafspraken.webauthn.rp-naam:Wijkafspraken}") String rpNaam,
            @Value("${wijkafspraken.webauthn.origins:http://localhost:8080}") String origins) {
        this.rpId = rpId;
        this.rpNaam = rpNaam;
        Arrays.stream(origins.split(",")).map(String::strip).filter(o -> !o.isEmpty()).forEach(this.origins::add);
    }

    public String rpId() {
        return rpId;
    }

    public String rpNaam() {
        return rpNaam;
    }

    /** The live set: Spring's WebAuthn support keeps this instance. */
    public Set<String> origins() {
        return origins;
    }

    public void staToe(String origin) {
        origins.add(origin);
    }
}
