package nl.wijkafspraken.besluit;

import java.util.Map;

/**
 * The secretary's record of what the college decided on an agendapunt: the outcome, for gewijzigd the amended
 * besluitpunten (by besluitpunt id), and for a besluit its ZGW dates.
 */
public record UitkomstGegevens(Uitkomst uitkomst, Map<Long, BesluitpuntWijziging> wijzigingen,
        BesluitGegevens besluit) {

    public UitkomstGegevens {
        wijzigingen = wijzigingen == null ? Map.of() : Map.copyOf(wijzigingen);
        besluit = besluit == null ? new BesluitGegevens(null, null, null, null) : besluit;
    }
}
