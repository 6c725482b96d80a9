package nl.wijkafspraken.post;

import java.util.Objects;
import org.springframework.util.MimeTypeUtils;

/**
 * An attachment of an e-mail.
 *
 * @param naam   the file name the recipient sees, e.g. {@code samenwerkingsafspraken.pdf}
 * @param mime   its media type, e.g. {@code application/pdf}
 * @param inhoud its bytes (copied: later changes to the caller's array do not reach the message)
 */
public record Bijlage(String naam, String mime, byte[] inhoud) {

    static final int MAX_NAAM = 255;

    public Bijlage {
        Objects.requireNonNull(naam, "naam");
        Objects.requireNonNull(inhoud, "inhoud");
        naam = naam.strip();
        if (naam.isEmpty() || naam.length() > MAX_NAAM || naam.chars().anyMatch(Character::isISOControl)
                || naam.contains("/") || naam.contains("\\")) {
            throw new IllegalArgumentException("Ongeldige naam voor een bijlage");
        }
        mime = MimeTypeUtils.parseMimeType(Objects.requireNonNull(mime, "mime")).toString();
        inhoud = inhoud.clone();
    }

    /** Only the size: the bytes do not belong in a log. */
    @Override
    public String toString() {
        return "Bijlage[naam=" + naam + ", mime=" + mime + ", " + inhoud.length + " bytes]";
    }
}
