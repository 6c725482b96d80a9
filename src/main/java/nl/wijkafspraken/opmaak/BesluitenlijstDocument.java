package nl.wijkafspraken.opmaak;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The besluitenlijst of one B&W-vergadering: every agenda item with its outcome.
 *
 * @param gemeente      name of the gemeente, e.g. "Aalsmeer"
 * @param vergaderdatum the date of the meeting
 * @param definitief    whether the meeting is closed; if not, every page carries the CONCEPT mark
 * @param regels        the agenda items in agenda order
 */
public record BesluitenlijstDocument(
        String gemeente,
        LocalDate vergaderdatum,
        boolean definitief,
        List<Agendaregel> regels) {

    public BesluitenlijstDocument {
        Objects.requireNonNull(gemeente, "gemeente");
        Objects.requireNonNull(vergaderdatum, "vergaderdatum");
        regels = regels == null ? List.of() : List.copyOf(regels);
    }

    /**
     * One agenda item.
     *
     * @param nummer      the agenda number
     * @param zaaknummer  e.g. "Z26-021435"
     * @param onderwerp   the subject of the voorstel
     * @param uitkomst    e.g. "Conform advies", "Gewijzigd", "Aangehouden", "Afgewezen"; blank while undecided
     * @param toelichting optional note under the item, e.g. the amended besluitpunten or why it was postponed
     */
    public record Agendaregel(int nummer, String zaaknummer, String onderwerp, String uitkomst, String toelichting) {
        public Agendaregel {
            Objects.requireNonNull(onderwerp, "onderwerp");
            zaaknummer = zaaknummer == null ? "" : zaaknummer;
            uitkomst = uitkomst == null ? "" : uitkomst;
        }

        public boolean heeftToelichting() {
            return toelichting != null && !toelichting.isBlank();
        }
    }
}
