package nl.wijkafspraken.afspraken;

/** A concept version that a besluit can adopt: for choosing it in a collegevoorstel. */
public record Conceptversie(long versieId, long afsprakenId, String titel, int nummer, String zaaknummer) {
}
