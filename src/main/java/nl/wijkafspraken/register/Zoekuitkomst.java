package nl.wijkafspraken.register;

import java.time.LocalDate;
import nl.wijkafspraken.afspraken.Versiestatus;
import nl.wijkafspraken.gemeente.GemeenteInfo;
import org.springframework.data.domain.Page;

/** A page of search results across the published besluiten and the public versions of the afspraken, best first. */
public record Zoekuitkomst(GemeenteInfo gemeente, String vraag, Page<Treffer> treffers) {

    public enum Soort {
        BESLUIT,
        AFSPRAKEN
    }

    /**
     * One hit. {@code titelHtml} and {@code uittrekselHtml} are escaped HTML in which only the found words are
     * marked ({@code <mark>}); {@code titel} is the same title as plain text.
     *
     * @param besluit     the identificatie of the besluit (kind BESLUIT), else null
     * @param zaaknummer  the zaaknummer of the besluit's collegevoorstel (kind BESLUIT), else null
     * @param afsprakenId the afspraken (kind AFSPRAKEN), else null
     * @param versie      the number of the version (kind AFSPRAKEN), else null
     * @param datum       the date of the besluit, or the ingangsdatum of the version
     */
    public record Treffer(Soort soort, String titel, String titelHtml, String uittrekselHtml, LocalDate datum,
            String besluit, String zaaknummer, Long afsprakenId, Integer versie, Versiestatus versiestatus) {
    }
}
