package nl.wijkafspraken.ondertekening;

/**
 * In a round, a wijkoverleg's bestuur and the gemeente have both signed: the afspraken with this party are complete
 * and can be sealed. Published exactly once per party and round, by whichever signature came last, in the
 * transaction of that signature. {@link OndertekeningService#handtekeningen} gives the signatures.
 */
public record PartijOndertekend(long gemeenteId, long rondeId, long afsprakenId, long versieId, long wijkoverlegId) {
}
