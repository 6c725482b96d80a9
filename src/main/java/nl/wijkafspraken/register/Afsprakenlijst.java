package nl.wijkafspraken.register;

import java.util.List;
import nl.wijkafspraken.afspraken.AfsprakenRegel;
import nl.wijkafspraken.gemeente.GemeenteInfo;

/** The afspraken of a gemeente that have been vastgesteld, newest first. */
public record Afsprakenlijst(GemeenteInfo gemeente, List<AfsprakenRegel> afspraken) {
}
