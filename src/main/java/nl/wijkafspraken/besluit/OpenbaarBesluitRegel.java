package nl.wijkafspraken.besluit;

import java.time.LocalDate;

/** A published besluit in the public list. */
public record OpenbaarBesluitRegel(String identificatie, LocalDate datum, LocalDate publicatiedatum,
        String zaaknummer, String onderwerp, Uitkomst uitkomst) {
}
