package nl.wijkafspraken.ondertekening;

/**
 * An invitation is open until it is used (ondertekend or geweigerd), replaced by a resend (vervangen), dies with
 * its round (ingetrokken), is no longer needed because the other tekenbevoegden completed the party (niet nodig), or
 * died because the member's e-mail address changed in the register after it was sent (vervallen, issue 13): an
 * invitation is bound to the address it went to.
 * Past its geldigheid an open invitation is expired; that is computed, not stored.
 */
public enum Uitnodigingstatus {
    OPEN,
    ONDERTEKEND,
    GEWEIGERD,
    VERVANGEN,
    INGETROKKEN,
    NIET_NODIG,
    VERVALLEN
}
