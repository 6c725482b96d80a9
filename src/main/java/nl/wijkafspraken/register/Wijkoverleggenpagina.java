package nl.wijkafspraken.register;

import java.util.List;
import nl.wijkafspraken.gemeente.GemeenteInfo;
import nl.wijkafspraken.wijkoverleg.OpenbaarWijkoverleg;

/** The wijkoverleggen of a gemeente, and the wijken that have none that is active or being founded. */
public record Wijkoverleggenpagina(GemeenteInfo gemeente, List<OpenbaarWijkoverleg> wijkoverleggen,
        List<String> wijkenZonderWijkoverleg) {
}
