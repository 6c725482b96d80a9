package nl.wijkafspraken.afspraken;

/**
 * How far the afspraken are, in the words a resident asks about: has the term started, and how many of the current
 * parties (wijkoverleggen not opgeheven) have signed the version in force. The public register says it as "Geldt
 * sinds 4 mei 2026 — 3 van de 4 wijkoverleggen hebben ondertekend" instead of a status word.
 */
public record Ondertekenstand(boolean ingegaan, int ondertekend, int partijen) {

    public boolean iedereenOndertekend() {
        return partijen > 0 && ondertekend == partijen;
    }
}
