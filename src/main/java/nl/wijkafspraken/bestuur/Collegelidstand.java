package nl.wijkafspraken.bestuur;

import java.time.LocalDate;
import java.util.List;

/**
 * A college member's data at one moment, for the audit trail's before/after comparison (issue 13): the name and
 * role printed with the gemeente's signature, and the period in which they may give it.
 */
record Collegelidstand(String naam, CollegeRol rol, List<String> portefeuilles, LocalDate periodeVan,
        LocalDate periodeTot) {

    static Collegelidstand van(Collegelid lid) {
        return new Collegelidstand(lid.getNaam(), lid.getRol(), List.copyOf(lid.getPortefeuilles()),
                lid.getPeriodeVan(), lid.getPeriodeTot());
    }
}
