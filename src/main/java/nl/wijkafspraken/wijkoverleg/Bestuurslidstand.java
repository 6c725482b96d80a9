package nl.wijkafspraken.wijkoverleg;

import java.time.LocalDate;

/**
 * A bestuurslid's personal and signing data at one moment: the snapshot the audit trail compares before and after
 * every change ({@code audit.Wijziging}), so old and new values are always written down. The component names are
 * the field names in the trail.
 */
record Bestuurslidstand(String naam, String email, String telefoon, Functie functie, boolean tekenbevoegd,
        LocalDate startdatum, LocalDate einddatum) {

    static Bestuurslidstand van(Bestuurslid lid) {
        return lid == null ? null : new Bestuurslidstand(lid.getNaam(), lid.getEmail(), lid.getTelefoon(),
                lid.getFunctie(), lid.isTekenbevoegd(), lid.getStartdatum(), lid.getEinddatum());
    }

    /** The same member after a change that has not happened yet (a request): the period dates stay as they are. */
    static Bestuurslidstand gevraagd(Bestuurslid lid, BestuurslidGegevens gegevens) {
        var persoon = gegevens.persoon();
        return new Bestuurslidstand(persoon.naam(), persoon.email(), persoon.telefoon(), gegevens.functie(),
                gegevens.tekenbevoegd(), lid == null ? gegevens.startdatum() : lid.getStartdatum(),
                lid == null ? null : lid.getEinddatum());
    }
}
