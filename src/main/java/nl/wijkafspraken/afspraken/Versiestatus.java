package nl.wijkafspraken.afspraken;

/** Concept → vastgesteld (only by a besluit) → vervangen (when a later version is vastgesteld). */
public enum Versiestatus {
    CONCEPT,
    VASTGESTELD,
    VERVANGEN
}
