package nl.wijkafspraken.ondertekening;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The consent a signer ticks (issue 13, part 2), as the evidence keeps it: the exact sentence shown, with the party
 * filled in, and its version, the SHA-256 of the sentence as it stands in messages.properties. Changing the wording
 * changes the version by itself, so a signature always says which text was agreed to without anyone keeping a
 * version number by hand. The signing pages show the sentence through the same key.
 */
@Component
class Toestemming {

    static final String SLEUTEL = "ondertekening.akkoord";
    private static final Locale NL = Locale.forLanguageTag("nl-NL");

    private final MessageSource berichten;

    Toestemming(MessageSource berichten) {
        this.berichten = berichten;
    }

    /** The sentence as shown for this party. */
    String tekst(String partij) {
        return berichten.getMessage(SLEUTEL, new Object[] {partij}, NL);
    }

    /** SHA-256 (hex) of the unfilled sentence: the version of the consent text. */
    String versie() {
        var sjabloon = berichten.getMessage(SLEUTEL, null, NL);
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(sjabloon.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    record Gegeven(String tekst, String versie) {
    }

    Gegeven voor(String partij) {
        return new Gegeven(tekst(partij), versie());
    }
}
