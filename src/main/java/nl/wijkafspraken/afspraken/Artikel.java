package nl.wijkafspraken.afspraken;

import jakarta.persistence.Embeddable;
import java.util.UUID;

/**
 * One article of a version: a heading and a body (Markdown, the text format of the collegevoorstel). The
 * {@code sleutel} follows the article from version to version, so a comparison recognises it after renumbering.
 * Immutable: a change replaces the article in its version.
 */
@Embeddable
public record Artikel(UUID sleutel, String kop, String tekst) {

    static Artikel nieuw(String kop, String tekst) {
        return new Artikel(UUID.randomUUID(), kop, tekst);
    }

    Artikel met(String nieuweKop, String nieuweTekst) {
        return new Artikel(sleutel, nieuweKop, nieuweTekst);
    }
}
