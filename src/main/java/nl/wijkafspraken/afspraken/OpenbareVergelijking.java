package nl.wijkafspraken.afspraken;

import java.util.List;

/** Two public versions of the afspraken side by side, article by article (the comparison of the module itself). */
public record OpenbareVergelijking(long afsprakenId, String titel, OpenbareVersie oud, OpenbareVersie nieuw,
        List<ArtikelVergelijking> artikelen) {

    public OpenbareVergelijking {
        artikelen = List.copyOf(artikelen);
    }

    /** How many articles have this kind of change ({@code GEWIJZIGD}, {@code NIEUW}, …). */
    public long aantal(String wijziging) {
        var soort = ArtikelVergelijking.Wijziging.valueOf(wijziging);
        return artikelen.stream().filter(a -> a.wijziging() == soort).count();
    }
}
