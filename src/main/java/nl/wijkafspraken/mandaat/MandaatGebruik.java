package nl.wijkafspraken.mandaat;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Where a mandate was used. The mandaat module cannot know the acts done under a mandate (they live in the modules
 * that depend on it, such as ondertekening), so those modules implement this and the register asks them before a
 * mandate is withdrawn: a mandate is history, and its end may not be moved back before an act done under it.
 */
public interface MandaatGebruik {

    /** The last act under this mandate, if any. */
    Optional<Gebruik> laatsteGebruik(long mandaatId);

    /**
     * @param datum        the day of the act (Dutch calendar day)
     * @param omschrijving what was done, for the message, e.g. "de ondertekening van Samenwerkingsafspraken
     *                     (versie 1) namens Gemeente Aalsmeer door W. de Wit"
     */
    record Gebruik(LocalDate datum, String omschrijving) {
    }
}
