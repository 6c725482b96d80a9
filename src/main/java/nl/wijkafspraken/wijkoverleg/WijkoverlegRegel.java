package nl.wijkafspraken.wijkoverleg;

import java.util.List;

/** A row of the register list. */
public record WijkoverlegRegel(long id, String naam, List<String> wijken, WijkoverlegStatus status,
        int aantalBestuursleden) {
}
