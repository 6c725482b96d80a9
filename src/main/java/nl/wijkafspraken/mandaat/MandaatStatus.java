package nl.wijkafspraken.mandaat;

/** A mandaat on a given day. */
public enum MandaatStatus {
    NOG_NIET_INGEGAAN,
    GELDIG,
    VERLOPEN,
    INGETROKKEN
}
