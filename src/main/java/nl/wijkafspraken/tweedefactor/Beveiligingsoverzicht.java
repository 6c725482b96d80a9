package nl.wijkafspraken.tweedefactor;

import java.time.Instant;
import java.util.List;

/** The user's own second factors, for the page "Beveiliging". */
public record Beveiligingsoverzicht(List<Passkey> passkeys, boolean totp, long herstelcodes, boolean verplicht,
        boolean demoAccount) {

    public boolean heeftFactor() {
        return totp || !passkeys.isEmpty();
    }

    public record Passkey(String id, String label, Instant aangemaakt, Instant laatstGebruikt) {
    }
}
