package nl.wijkafspraken.wijkoverleg;

import java.time.LocalDate;

/** A wijkoverleg as other modules see it: name and register status, with the date it was opgeheven, if so. */
public record WijkoverlegInfo(long id, String naam, WijkoverlegStatus status, LocalDate opheffingsdatum) {

    public boolean isOpgeheven() {
        return status == WijkoverlegStatus.OPGEHEVEN;
    }

    static WijkoverlegInfo van(Wijkoverleg wijkoverleg) {
        return new WijkoverlegInfo(wijkoverleg.getId(), wijkoverleg.getNaam(), wijkoverleg.getStatus(),
                wijkoverleg.getOpheffingsdatum());
    }
}
