package nl.wijkafspraken.besluit;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The fixed parts of a collegevoorstel as a civil servant enters them (besluitpunten and bijlagen apart).
 *
 * @param ambtenaren the behandelend ambtenaren in order; empty rows are left out
 * @param team       the team that handles the voorstel, shown publicly in place of the ambtenaren (null: none)
 */
public record VoorstelGegevens(
        boolean openbaar,
        boolean naarRaad,
        String afstemmingWijze,
        LocalDate afstemmingDatum,
        List<BehandelendAmbtenaar> ambtenaren,
        String team,
        Long portefeuillehouderId,
        String onderwerp,
        Map<Sectie, String> secties) {

    public VoorstelGegevens {
        ambtenaren = ambtenaren == null ? List.of()
                : ambtenaren.stream().filter(a -> a != null && !a.isLeeg()).toList();
        team = team == null || team.isBlank() ? null : team.strip();
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
