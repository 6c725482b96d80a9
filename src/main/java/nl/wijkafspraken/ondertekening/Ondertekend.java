package nl.wijkafspraken.ondertekening;

import java.time.LocalDateTime;

/** The outcome shown after signing or refusing through a link. */
public record Ondertekend(boolean geweigerd, String naam, String partij, String document, LocalDateTime tijdstip,
        String documentHash) {
}
