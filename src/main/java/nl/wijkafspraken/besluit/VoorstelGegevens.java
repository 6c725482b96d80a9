package nl.wijkafspraken.besluit;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

/** The fixed parts of a collegevoorstel as a civil servant enters them (besluitpunten and bijlagen apart). */
public record VoorstelGegevens(
        boolean openbaar,
        boolean naarRaad,
        String afstemmingWijze,
        LocalDate afstemmingDatum,
        BehandelendAmbtenaar ambtenaar,
        Long portefeuillehouderId,
        String onderwerp,
        Map<Sectie, String> secties) {

    public VoorstelGegevens {
        var kopie = new EnumMap<Sectie, String>(Sectie.class);
        if (secties != null) {
            secties.forEach((sectie, tekst) -> {
                if (tekst != null && !tekst.isBlank()) {
                    kopie.put(sectie, tekst.replace("\r\n", "\n").strip());
                }
            });
        }
        secties = Map.copyOf(kopie);
    }
}
