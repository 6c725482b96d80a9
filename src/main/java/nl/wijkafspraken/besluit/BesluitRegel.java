package nl.wijkafspraken.besluit;

import java.time.LocalDate;

/** A row of the list of besluiten. */
public record BesluitRegel(long id, String identificatie, LocalDate datum, LocalDate ingangsdatum,
        String zaaknummer, String onderwerp, Uitkomst uitkomst, boolean openbaar) {
}
