package nl.wijkafspraken.tweedefactor;

/** A TOTP secret being enrolled: the key to type in and the otpauth URI for the QR code. */
public record TotpInstelling(String geheim, String uri) {

    /** The key in groups of four, easier to type over. */
    public String leesbaar() {
        return geheim.replaceAll("(.{4})(?!$)", "$1 ");
    }
}
