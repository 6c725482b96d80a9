package nl.wijkafspraken.gedeeld;

import java.util.List;

/**
 * A short list of what someone must do, for the start page: the first few items and how many there are in all, so
 * that the page stays short ("alle 12 bekijken") and the query can still be a single one.
 *
 * @param eerste the first {@value #KORT} items (or fewer), most urgent first
 * @param aantal how many there are in all
 */
public record Takenlijst<T>(List<T> eerste, int aantal) {

    /** How many items the start page shows of each list. */
    public static final int KORT = 5;

    public Takenlijst {
        eerste = List.copyOf(eerste);
    }

    /** The first {@value #KORT} of all items, which the caller has in order already. */
    public static <T> Takenlijst<T> van(List<T> alle) {
        return new Takenlijst<>(alle.stream().limit(KORT).toList(), alle.size());
    }

    public static <T> Takenlijst<T> leeg() {
        return new Takenlijst<>(List.of(), 0);
    }

    public boolean isLeeg() {
        return aantal == 0;
    }

    /** More items than shown: the page links to the full list. */
    public boolean heeftMeer() {
        return aantal > eerste.size();
    }
}
