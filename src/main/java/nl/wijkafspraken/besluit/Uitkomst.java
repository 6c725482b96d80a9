package nl.wijkafspraken.besluit;

/** What the college decides on an agendapunt. */
public enum Uitkomst {
    CONFORM_ADVIES("Conform advies"),
    /** Decided with amended besluitpunten. */
    GEWIJZIGD("Gewijzigd"),
    /** Postponed: the voorstel goes back to concept and can come to a later meeting. */
    AANGEHOUDEN("Aangehouden"),
    AFGEWEZEN("Afgewezen");

    private final String tekst;

    Uitkomst(String tekst) {
        this.tekst = tekst;
    }

    /** As written after "Besluit B&W:" in the document and the besluitenlijst. */
    public String tekst() {
        return tekst;
    }

    /**
     * Whether the decision is recorded as a besluit (ZGW) and its effects are carried out. A rejected proposal
     * changes nothing in law, so it yields no besluit; the outcome itself stays on the voorstel and agenda.
     */
    public boolean leidtTotBesluit() {
        return this == CONFORM_ADVIES || this == GEWIJZIGD;
    }

    /** Whether the voorstel is decided for good (all but aangehouden). */
    public boolean isDefinitief() {
        return this != AANGEHOUDEN;
    }
}
