package nl.wijkafspraken.register;

import java.util.List;
import nl.wijkafspraken.afspraken.AfsprakenRegel;
import nl.wijkafspraken.besluit.OpenbaarBesluitRegel;
import nl.wijkafspraken.gemeente.GemeenteInfo;

/**
 * The start page of a gemeente's public register: what there is, with the most recent besluiten.
 *
 * @param aantalWijkoverleggen the wijkoverleggen that are active or being founded (not opgeheven)
 */
public record Startpagina(GemeenteInfo gemeente, long aantalWijkoverleggen, List<String> wijkenZonderWijkoverleg,
        List<AfsprakenRegel> afspraken, List<OpenbaarBesluitRegel> recenteBesluiten, long aantalBesluiten,
        long aantalConvenanten, long aantalIngetrokken) {
}
