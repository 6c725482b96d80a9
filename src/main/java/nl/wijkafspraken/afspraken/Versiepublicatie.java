package nl.wijkafspraken.afspraken;

import java.time.LocalDate;

/**
 * A public (vastgestelde or vervangen) version of afspraken as the Woo sitemap lists it.
 *
 * @param besluitId the besluit that adopted it; the caller names it only when that besluit is published
 */
public record Versiepublicatie(long afsprakenId, String titel, int nummer, Versiestatus status,
        LocalDate ingangsdatum, long besluitId) {
}
