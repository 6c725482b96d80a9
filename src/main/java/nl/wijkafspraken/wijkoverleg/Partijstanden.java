package nl.wijkafspraken.wijkoverleg;

import java.time.LocalDate;
import java.util.Map;

/**
 * The signing status of each wijkoverleg of a gemeente under its current afspraken. A port: the afspraken module
 * knows it and implements this interface, since it depends on this module and not the other way round.
 */
public interface Partijstanden {

    /**
     * Per wijkoverleg id, its standing under the afspraken that are in force (or being signed) on the date; a
     * wijkoverleg that is party to none is absent. Without a user check: the caller has checked.
     */
    Map<Long, Partijstand> van(long gemeenteId, LocalDate vandaag);
}
