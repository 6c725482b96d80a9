package nl.wijkafspraken.ondertekening;

/**
 * An invitation is open until it is used (ondertekend or geweigerd), replaced by a resend (vervangen), dies with
 * its round (ingetrokken) or is no longer needed because the other tekenbevoegden completed the party (niet nodig).
 * Past its geldigheid an open invitation is expired; that is computed, not stored.
 */
public enum Uitnodigingstatus {
    OPEN,
    ONDERTEKEND,
    GEWEIGERD,
    VERVANGEN,
    INGETROKKEN,
    NIET_NODIG
}
