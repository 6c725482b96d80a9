package nl.wijkafspraken.register;

import java.util.List;
import nl.wijkafspraken.afspraken.OpenbareVergelijking;
import nl.wijkafspraken.afspraken.OpenbareVersie;
import nl.wijkafspraken.gemeente.GemeenteInfo;

/** Two public versions side by side, and all public versions to choose from. */
public record Vergelijkingspagina(GemeenteInfo gemeente, OpenbareVergelijking vergelijking,
        List<OpenbareVersie> versies) {
}
