package nl.wijkafspraken.tweedefactor;

import java.io.Serializable;

/**
 * A TOTP secret being enrolled: the key to type in and the otpauth URI for the QR code. It waits in the session
 * (stored in PostgreSQL, so serialised) until a code confirms it.
 */
public record TotpInstelling(String geheim, String uri) implements Serializable {

    /** The key in groups of four, easier to type over. */
    public String leesbaar() {
        return geheim.replaceAll("(.{4})(?!$)", "$1 ");
    }
}
