package nl.wijkafspraken.ondertekening;

/**
 * Where a party in a round stands. Geweigerd: a tekenbevoegde refused and too few invitations are left to reach the
 * ondertekenregel; a resent invitation opens the party again.
 */
public enum Partijstatus {
    OPEN,
    ONDERTEKEND,
    GEWEIGERD,
    INGETROKKEN
}
