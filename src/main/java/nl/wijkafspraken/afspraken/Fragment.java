package nl.wijkafspraken.afspraken;

/** A piece of a line in a comparison: the same in both versions, only in the old one, or only in the new one. */
public record Fragment(String tekst, Soort soort) {

    public enum Soort {
        GELIJK,
        VERWIJDERD,
        TOEGEVOEGD
    }
}
