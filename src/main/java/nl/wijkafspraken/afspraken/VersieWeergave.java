package nl.wijkafspraken.afspraken;

/** A version with its afspraken and what the user may do with it. */
public record VersieWeergave(Afspraken afspraken, Versie versie, boolean magWijzigen, boolean magVergelijken) {
}
