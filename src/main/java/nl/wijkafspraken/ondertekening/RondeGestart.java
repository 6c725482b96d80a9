package nl.wijkafspraken.ondertekening;

/**
 * A civil servant started a signing round; the boards are invited. Published in the transaction of the start, so that
 * the wethouder's e-mail ({@link Gemeentemelding}) is written only once the round exists.
 */
public record RondeGestart(long gemeenteId, long rondeId) {
}
