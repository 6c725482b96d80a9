package nl.wijkafspraken.afspraken;

/**
 * The overall status of the afspraken, computed (never stored) from the versions, the renewals, the parties'
 * signatures and today's date. See {@link Afspraken#status} for the order in which the rules apply.
 */
public enum AfsprakenStatus {
    /** No version has been vastgesteld yet. */
    CONCEPT,
    /** Vastgesteld, but not yet in force, or not every current party has signed the version in force. */
    IN_ONDERTEKENING,
    IN_WERKING,
    /** The renewal due on the last anniversary has not been recorded. */
    VERLENGING_ACHTERSTALLIG,
    /** A renewal meeting decided not to renew. */
    BEEINDIGD,
    /** Past the einddatum of the five-year term. */
    VERLOPEN;

    /** Whether the afspraken are over: no renewal, new version or party can be added any more. */
    public boolean isAfgelopen() {
        return this == BEEINDIGD || this == VERLOPEN;
    }
}
