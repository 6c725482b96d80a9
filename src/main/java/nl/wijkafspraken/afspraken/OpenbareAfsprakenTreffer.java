package nl.wijkafspraken.afspraken;

import java.time.LocalDate;

/**
 * A public version of the afspraken that matches a full-text search. {@code titel} and {@code uittreksel} carry the
 * highlight marks of {@link nl.wijkafspraken.gedeeld.Markering}: turn them into HTML with
 * {@link nl.wijkafspraken.gedeeld.Markering#naarHtml}, never show them raw.
 *
 * @param versieId the id of the version: the key of the hit in {@link OpenbareAfspraken#zoek}
 */
public record OpenbareAfsprakenTreffer(long versieId, long afsprakenId, String titel, int versie,
        Versiestatus status, LocalDate ingangsdatum, String uittreksel, double rang) {
}
