package nl.wijkafspraken.ondertekening;

import java.time.LocalDateTime;

/** A row of the list of rounds: which version, since when, and how far the parties are. */
public record RondeRegel(long id, String titel, int versienummer, Rondestatus status, LocalDateTime gestartOp,
        String partijen, int wijkoverleggen, int wijkoverleggenOndertekend, boolean gemeenteOndertekend) {
}
