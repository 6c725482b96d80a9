package nl.wijkafspraken.afspraken;

import java.util.List;

/**
 * One row of a side-by-side comparison: a line of the old version next to the corresponding line of the new one.
 * A side is null where that version has no line here (a line added or removed as a whole).
 */
public record Regelpaar(List<Fragment> oud, List<Fragment> nieuw) {

    public boolean isGewijzigd() {
        return oud == null || nieuw == null || !oud.equals(nieuw);
    }
}
