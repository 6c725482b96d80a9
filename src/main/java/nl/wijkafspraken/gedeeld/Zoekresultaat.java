package nl.wijkafspraken.gedeeld;

import java.util.List;

/**
 * The best hits of one kind of document for a full-text search, by id and rank, best first, and how many there are
 * in all. A page of results across several kinds is merged from these by rank; then only the hits on that page are
 * fetched with their highlighted excerpts.
 */
public record Zoekresultaat(long totaal, List<Rang> eerste) {

    /** A hit: the document's id and its rank ({@code ts_rank}: higher is better). */
    public record Rang(long id, double rang) {
    }

    public Zoekresultaat {
        eerste = List.copyOf(eerste);
    }

    public static Zoekresultaat leeg() {
        return new Zoekresultaat(0, List.of());
    }
}
