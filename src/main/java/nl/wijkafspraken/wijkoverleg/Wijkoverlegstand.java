package nl.wijkafspraken.wijkoverleg;

import java.time.LocalDate;
import java.util.List;

/**
 * The register data of a wijkoverleg at one moment, for the audit trail's before/after comparison: the
 * ondertekenregel and the contact address first, the fields that matter most when the summary is cut short.
 */
record Wijkoverlegstand(int aantalTekenbevoegden, String contactadres, String naam, WijkoverlegStatus status,
        List<Long> wijkIds, LocalDate oprichtingsdatum, LocalDate opheffingsdatum, String opheffingsreden,
        String notities) {

    static Wijkoverlegstand van(Wijkoverleg w) {
        return new Wijkoverlegstand(w.getAantalTekenbevoegden(), w.getContactadres(), w.getNaam(), w.getStatus(),
                w.getWijkIds().stream().sorted().toList(), w.getOprichtingsdatum(), w.getOpheffingsdatum(),
                w.getOpheffingsreden(), w.getNotities());
    }
}
