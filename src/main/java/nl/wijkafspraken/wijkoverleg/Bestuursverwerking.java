package nl.wijkafspraken.wijkoverleg;

/**
 * What happened to a change of the bestuur: carried out (with the id of the member's current period), or kept as a
 * request that waits for the gemeente's approval because it touches who can sign.
 */
public record Bestuursverwerking(Long bestuurslidId, boolean wachtOpGoedkeuring) {
}
