package nl.wijkafspraken.afspraken;

/** The outcome of a renewal meeting at the gezamenlijk wijkoverleg. */
public enum Uitkomst {
    VERLENGD,
    /** Renewed, and the text will be amended: starts a concept version. */
    VERLENGD_MET_WIJZIGINGEN,
    /** The afspraken end on the date of the meeting. */
    NIET_VERLENGD;

    public boolean isVerlengd() {
        return this != NIET_VERLENGD;
    }
}
