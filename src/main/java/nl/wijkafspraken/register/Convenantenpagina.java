package nl.wijkafspraken.register;

import java.util.List;
import nl.wijkafspraken.convenant.OpenbaarConvenant;
import nl.wijkafspraken.gemeente.GemeenteInfo;

/** The convenanten wijkbeheer of a gemeente with their withdrawal. */
public record Convenantenpagina(GemeenteInfo gemeente, List<Regel> convenanten) {

    /**
     * A convenant with what the page adds to it.
     *
     * @param reden                    the besluitpunt that withdrew it (text as decided), when its besluit is
     *                                 published; else null
     * @param vervangendeAfsprakenOpenbaar whether the replacing afspraken have a public page (they have been
     *                                 vastgesteld)
     */
    public record Regel(OpenbaarConvenant convenant, String reden, boolean vervangendeAfsprakenOpenbaar) {
    }
}
