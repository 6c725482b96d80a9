package nl.wijkafspraken.besluit;

import java.time.LocalDate;

/**
 * A published besluit that matches a full-text search. {@code onderwerp} and {@code uittreksel} carry the highlight
 * marks of {@link nl.wijkafspraken.gedeeld.Markering}: turn them into HTML with
 * {@link nl.wijkafspraken.gedeeld.Markering#naarHtml}, never show them raw.
 */
public record OpenbaarBesluitTreffer(long id, String identificatie, LocalDate datum, String zaaknummer,
        String onderwerp, String uittreksel, double rang) {
}
