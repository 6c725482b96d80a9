package nl.wijkafspraken.ondertekening;

/** A running round and how far its parties are ("1 van 3 ondertekend"), for the civil servant's start page. */
public record Rondevoortgang(long rondeId, String titel, int versienummer, int partijen, int ondertekend) {

    Rondevoortgang(long rondeId, String titel, int versienummer, long partijen, long ondertekend) {
        this(rondeId, titel, versienummer, (int) partijen, (int) ondertekend);
    }
}
