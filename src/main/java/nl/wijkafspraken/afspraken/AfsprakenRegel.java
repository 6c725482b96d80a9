package nl.wijkafspraken.afspraken;

import java.time.LocalDate;

/** A row of the list of afspraken. */
public record AfsprakenRegel(long id, String titel, AfsprakenStatus status, Integer geldendeVersie,
        LocalDate ingangsdatum, LocalDate einddatum) {
}
