package nl.wijkafspraken.register;

import java.util.List;
import nl.wijkafspraken.besluit.OpenbaarBesluit;
import nl.wijkafspraken.gemeente.GemeenteInfo;

/**
 * A published besluit with its besluitpunten and text sections rendered as safe HTML ({@code opmaak.Opmaak}).
 *
 * @param besluitpuntenHtml per besluitpunt (same order as {@code besluit.besluitpunten}) its text as HTML
 */
public record Besluitpagina(GemeenteInfo gemeente, OpenbaarBesluit besluit, List<String> besluitpuntenHtml,
        List<Sectietekst> secties) {

    /** A text section: heading, optional subheading, HTML. */
    public record Sectietekst(String kop, String ondertitel, String html) {
    }
}
