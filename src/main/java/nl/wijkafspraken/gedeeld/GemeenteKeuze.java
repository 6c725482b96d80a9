package nl.wijkafspraken.gedeeld;

/** A gemeente the user may switch to in the header. */
public record GemeenteKeuze(long id, String naam) {
}
