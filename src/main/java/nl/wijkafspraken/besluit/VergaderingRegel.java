package nl.wijkafspraken.besluit;

import java.time.LocalDate;

/** A row of the list of B&W-vergaderingen. */
public record VergaderingRegel(long id, LocalDate datum, VergaderingStatus status, int aantalAgendapunten,
        int aantalBesloten) {
}
