package nl.wijkafspraken.besluit;

/**
 * Where a collegevoorstel is: written and changed as CONCEPT, frozen while TER_BESLUITVORMING (on the agenda of a
 * B&W-vergadering), final once BESLOTEN. Aangehouden brings it back to CONCEPT.
 */
public enum VoorstelStatus {
    CONCEPT,
    TER_BESLUITVORMING,
    BESLOTEN
}
