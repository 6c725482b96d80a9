package nl.wijkafspraken.opmaak;

import org.commonmark.node.OrderedList;

/**
 * A list numbered with letters ({@code A.}, {@code B.} or {@code a)}, {@code b)}), as in the besluit of a
 * collegevoorstel ("A. in te stemmen met …"). The start number counts from A = 1, so that the core rules for
 * ordered lists (start, tight or loose) hold unchanged.
 */
final class Letterlijst extends OrderedList {

    private final boolean hoofdletters;

    Letterlijst(boolean hoofdletters, char scheidingsteken, int start) {
        this.hoofdletters = hoofdletters;
        setMarkerDelimiter(String.valueOf(scheidingsteken));
        setMarkerStartNumber(start);
    }

    boolean hoofdletters() {
        return hoofdletters;
    }

    /** Whether the letter is followed by a bracket ({@code a)}) rather than a full stop. */
    boolean metHaakje() {
        return ")".equals(getMarkerDelimiter());
    }

    /** The label of the item at this position (0 for the first), e.g. "C." for the third item from A. */
    String label(int positie) {
        char letter = (char) ((hoofdletters ? 'A' : 'a') + Math.min(25, startnummer() - 1 + positie));
        return letter + getMarkerDelimiter();
    }

    int startnummer() {
        Integer start = getMarkerStartNumber();
        return start == null ? 1 : start;
    }
}
