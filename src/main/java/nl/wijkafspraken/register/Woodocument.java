package nl.wijkafspraken.register;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One public document as a Woo sitemap entry: where it is, when it last changed, and its DiWoo metadata.
 *
 * @param gewijzigdOp   when the document at {@code loc} last changed; null when that is not known (then the entry
 *                      has no lastmod rather than a made-up one)
 * @param vastgesteldOp when it was vastgesteld (the DiWoo documenthandeling, mandatory)
 * @param relaties      the documents it refers to (the besluit that adopted it, the afspraken it adopted, …)
 */
record Woodocument(String loc, Instant gewijzigdOp, String titel, Tooi.Waarde categorie, Tooi.Waarde soort,
        Tooi.Waarde formaat, List<String> identifiers, LocalDate creatiedatum, Instant vastgesteldOp,
        List<Relatie> relaties) {

    /** A related public document: its address and its title. */
    record Relatie(String loc, String titel) {
    }

    Woodocument {
        identifiers = List.copyOf(identifiers);
        relaties = List.copyOf(relaties);
    }
}
