package nl.wijkafspraken.afspraken;

import java.time.LocalDate;
import java.util.List;

/**
 * Where the afspraken stand, for the civil servants' dashboard: status, version in force, next renewal with its
 * signal, einddatum, and the wijkoverleggen that are not yet party or have not yet signed.
 */
public record Afsprakenstand(long id, String titel, AfsprakenStatus status, Integer geldendeVersie,
        LocalDate ingangsdatum, LocalDate einddatum, LocalDate volgendeVerlenging, Verlengingssignaal signaal,
        boolean eindigtBinnenkort, List<String> nogGeenPartij, List<String> nogNietOndertekend) {
}
