package nl.wijkafspraken.afspraken;

import java.util.List;

/**
 * One article in a comparison of two versions, recognised by its identity across versions, so that an article that
 * moved keeps its history. The numbers are those in the old and the new version (null where it does not occur).
 */
public record ArtikelVergelijking(Integer nummerOud, Integer nummerNieuw, Wijziging wijziging, Regelpaar kop,
        List<Regelpaar> tekst) {

    public enum Wijziging {
        ONGEWIJZIGD,
        GEWIJZIGD,
        NIEUW,
        VERVALLEN
    }

    public boolean isVerplaatst() {
        return nummerOud != null && nummerNieuw != null && !nummerOud.equals(nummerNieuw);
    }
}
