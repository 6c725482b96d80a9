package nl.wijkafspraken.besluit;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.wijkafspraken.bestuur.CollegelidInfo;

/**
 * A collegevoorstel with what its page needs: the portefeuillehouder, the college members and other targets its
 * effects name (per besluitpunt id), its treatment in meetings, the besluit it led to, and what the user may do.
 */
public record VoorstelOverzicht(Collegevoorstel voorstel, CollegelidInfo portefeuillehouder,
        Map<Long, CollegelidInfo> collegeleden, Map<Long, String> effectdoelen, List<Behandeling> behandelingen,
        Long besluitId, boolean magWijzigen) {

    /** One time the voorstel was on the agenda, with the outcome (empty while waiting). */
    public record Behandeling(long vergaderingId, LocalDate datum, int agendanummer, Uitkomst uitkomst) {
    }

    /** What the effect of this besluitpunt acts on, in words; empty when it names nothing. */
    public String effectdoel(Long puntId) {
        return effectdoelen.getOrDefault(puntId, "");
    }

    public CollegelidInfo collegelid(Long id) {
        return id == null ? null : collegeleden.get(id);
    }
}
