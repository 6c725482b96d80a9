package nl.wijkafspraken.wijkoverleg;

public enum WijkoverlegStatus {
    IN_OPRICHTING,
    ACTIEF,
    /** Final: a wijkoverleg that starts again is registered anew. */
    OPGEHEVEN
}
