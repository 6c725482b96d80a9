package nl.wijkafspraken.gedeeld;

/** How far a role's right to an action reaches, always within the active gemeente. */
public enum Bereik {

    /** Everything of the active gemeente. */
    GEMEENTE,

    /** Only the wijkoverleggen the role was granted for (a BESTUURSLID and its own wijkoverleg). */
    EIGEN_WIJKOVERLEG
}
