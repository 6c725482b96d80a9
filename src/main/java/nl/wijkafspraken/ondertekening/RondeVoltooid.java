package nl.wijkafspraken.ondertekening;

/** Every party in a round has signed: the round is voltooid. Published once, by the last signature. */
public record RondeVoltooid(long gemeenteId, long rondeId) {
}
