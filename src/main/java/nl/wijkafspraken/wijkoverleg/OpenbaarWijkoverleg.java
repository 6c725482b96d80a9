package nl.wijkafspraken.wijkoverleg;

import java.time.LocalDate;
import java.util.List;

/**
 * A wijkoverleg as the public register shows it: only what the wijkoverleg itself makes public. Never its bestuur
 * (names, e-mail addresses, phone numbers), its notities, its ondertekenregel or the reason it was opgeheven (free
 * text that may name people).
 *
 * @param wijken       the names of the wijken it covers, by name
 * @param contactadres the public contact address; null when there is none or the wijkoverleg is opgeheven
 */
public record OpenbaarWijkoverleg(long id, String naam, List<String> wijken, WijkoverlegStatus status,
        LocalDate oprichtingsdatum, LocalDate opheffingsdatum, String contactadres) {

    public OpenbaarWijkoverleg {
        wijken = List.copyOf(wijken);
    }

    public boolean isOpgeheven() {
        return status == WijkoverlegStatus.OPGEHEVEN;
    }
}
