package nl.wijkafspraken.bestuur;

import java.time.LocalDate;
import java.util.List;

/**
 * A college member as entered: name, role, portefeuilles in order and period. The link to an account is not part of
 * it: that goes through a {@link Koppelingsvoorstel} that a second person confirms.
 */
public record CollegelidGegevens(String naam, CollegeRol rol, List<String> portefeuilles, LocalDate periodeVan,
        LocalDate periodeTot) {

    public CollegelidGegevens {
        portefeuilles = portefeuilles == null ? List.of() : List.copyOf(portefeuilles);
    }
}
