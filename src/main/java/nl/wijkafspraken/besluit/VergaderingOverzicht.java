package nl.wijkafspraken.besluit;

import java.util.List;

/**
 * A B&W-vergadering with what its page needs: the agenda as a besluitenlijst, the concept voorstellen that can
 * still be put on it, and whether the user runs the meeting.
 */
public record VergaderingOverzicht(BwVergadering vergadering, BesluitenlijstWeergave besluitenlijst,
        List<Agenderbaar> agendeerbaar, int volgendNummer, boolean magBeheren) {

    /** A concept voorstel that can go on the agenda. */
    public record Agenderbaar(long id, String zaaknummer, String onderwerp) {
    }

    public Long agendapuntId(int nummer) {
        return vergadering.getAgendapunten().stream().filter(p -> p.getNummer() == nummer)
                .map(Agendapunt::getId).findFirst().orElse(null);
    }
}
