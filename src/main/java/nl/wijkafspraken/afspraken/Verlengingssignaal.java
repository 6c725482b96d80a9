package nl.wijkafspraken.afspraken;

/** How urgent the next renewal is: nothing yet, due within 60 days (warning), or overdue (alarm). */
public enum Verlengingssignaal {
    GEEN,
    BINNENKORT,
    ACHTERSTALLIG
}
