package nl.wijkafspraken.ondertekening;

import java.util.List;

/**
 * What a civil servant can start a round for: the afspraken of the gemeente with a vastgestelde version, and for the
 * chosen afspraken the wijkoverleggen that still have to sign it (parties) or may join by signing (not yet party).
 *
 * @param gekozen     the chosen afspraken, or null
 * @param nogTeTekenen the parties of the chosen afspraken that have not signed the version in force and are in no
 *                     running round for it: a round "for all parties" invites these
 */
public record Startkeuze(List<Keuze> afspraken, Long gekozen, String versie, List<Keuze> nogTeTekenen,
        List<Keuze> nieuw) {

    public Startkeuze {
        afspraken = List.copyOf(afspraken);
        nogTeTekenen = List.copyOf(nogTeTekenen);
        nieuw = List.copyOf(nieuw);
    }

    public record Keuze(long id, String naam) {
    }
}
