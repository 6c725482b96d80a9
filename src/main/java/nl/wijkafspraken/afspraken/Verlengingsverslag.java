package nl.wijkafspraken.afspraken;

import java.time.LocalDate;
import java.util.List;

/**
 * A renewal meeting as the civil servant records it: date, outcome, the gemeente's evaluation (its wijkoverleg id
 * is not used) and one evaluation per attending wijkoverleg.
 */
public record Verlengingsverslag(LocalDate datum, Uitkomst uitkomst, Evaluatie gemeente, List<Evaluatie> evaluaties) {

    public Verlengingsverslag {
        gemeente = gemeente == null ? new Evaluatie(null, null, null) : gemeente;
        evaluaties = evaluaties == null ? List.of() : List.copyOf(evaluaties);
    }
}
