package nl.wijkafspraken.register;

import java.util.List;
import nl.wijkafspraken.afspraken.OpenbareVersie;
import nl.wijkafspraken.gemeente.GemeenteInfo;

/** One public version of the afspraken with its text, and the other public versions to compare it with. */
public record Versiepagina(GemeenteInfo gemeente, long afsprakenId, String titel, OpenbareVersie versie,
        List<Artikeltekst> tekst, List<OpenbareVersie> versies) {
}
