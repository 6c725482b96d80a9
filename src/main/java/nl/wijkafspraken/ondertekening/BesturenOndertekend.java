package nl.wijkafspraken.ondertekening;

/**
 * Every wijkoverleg in a running round has signed and the gemeente has not yet: only the wethouder's signature is
 * missing. Published once, by the signature that completed the last board.
 */
public record BesturenOndertekend(long gemeenteId, long rondeId) {
}
