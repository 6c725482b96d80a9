package nl.wijkafspraken.afspraken;

import java.util.List;

/** Two versions of the afspraken side by side, article by article. */
public record Vergelijking(Afspraken afspraken, Versie oud, Versie nieuw, List<ArtikelVergelijking> artikelen) {

    /** How many articles have this kind of change ({@code GEWIJZIGD}, {@code NIEUW}, …). */
    public long aantal(String wijziging) {
        var soort = ArtikelVergelijking.Wijziging.valueOf(wijziging);
        return artikelen.stream().filter(a -> a.wijziging() == soort).count();
    }
}
