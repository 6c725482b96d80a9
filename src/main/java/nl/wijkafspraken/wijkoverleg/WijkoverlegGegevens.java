package nl.wijkafspraken.wijkoverleg;

import java.time.LocalDate;
import java.util.Set;

/** The register data of a wijkoverleg as a civil servant enters it. */
public record WijkoverlegGegevens(
        String naam,
        Set<Long> wijkIds,
        WijkoverlegStatus status,
        LocalDate oprichtingsdatum,
        LocalDate opheffingsdatum,
        String opheffingsreden,
        String contactadres,
        String notities,
        int aantalTekenbevoegden) {

    public WijkoverlegGegevens {
        wijkIds = wijkIds == null ? Set.of() : Set.copyOf(wijkIds);
    }
}
