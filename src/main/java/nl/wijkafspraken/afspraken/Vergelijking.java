package nl.wijkafspraken.afspraken;

import java.util.List;

/** Two versions of the afspraken side by side, article by article. */
public record Vergelijking(Afspraken afspraken, Versie oud, Versie nieuw, List<ArtikelVergelijking> artikelen) {

    public long aantal(ArtikelVergelijking.Wijziging wijziging) {
        return artikelen.stream().filter(a -> a.wijziging() == wijziging).count();
    }
}
