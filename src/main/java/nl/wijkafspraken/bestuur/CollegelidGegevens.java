package nl.wijkafspraken.bestuur;

import java.time.LocalDate;
import java.util.List;

/** A college member as entered: name, role, portefeuilles in order, period and the optional login name. */
public record CollegelidGegevens(String naam, CollegeRol rol, List<String> portefeuilles, LocalDate periodeVan,
        LocalDate periodeTot, String gebruikersnaam) {

    public CollegelidGegevens {
        portefeuilles = portefeuilles == null ? List.of() : List.copyOf(portefeuilles);
    }
}
