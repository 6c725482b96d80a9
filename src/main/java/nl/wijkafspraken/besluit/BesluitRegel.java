package nl.wijkafspraken.besluit;

import java.time.LocalDate;

/** A row of the list of besluiten; {@code publicatiedatum} null while not published. */
public record BesluitRegel(long id, String identificatie, LocalDate datum, LocalDate ingangsdatum,
        String zaaknummer, String onderwerp, Uitkomst uitkomst, boolean openbaar, LocalDate publicatiedatum) {

    /** Openbaar (Woo), but not in the public register for want of a publicatiedatum. */
    public boolean wachtOpPublicatie() {
        return openbaar && publicatiedatum == null;
    }
}
