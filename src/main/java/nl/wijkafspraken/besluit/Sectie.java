package nl.wijkafspraken.besluit;

/**
 * The text sections of a collegevoorstel, in the fixed order of the gemeente's template (as in the Aalsmeer
 * collegevoorstel "Samenwerkingsafspraken Wijkoverleggen"). The heading is part of the document, so it lives here for the export; screens
 * take their labels from messages.properties.
 */
public enum Sectie {
    SAMENVATTING("Samenvatting", null),
    DOEL("Doel", null),
    PRESTATIE("Prestatie", null),
    VOORGESCHIEDENIS("Voorgeschiedenis en context", null),
    OVERWEGINGEN("Overwegingen die hebben geleid tot het voorgestelde besluit", null),
    ALTERNATIEVEN("Keuzemogelijkheden/alternatieven", null),
    PARTICIPATIE("Participatie", null),
    KANTTEKENINGEN("Kanttekeningen en risico's", null),
    FINANCIEN("Financiën", null),
    VERVOLGSTAPPEN("Vervolgstappen", "Uitvoering en procesplanning"),
    EVALUATIE("Evaluatie", null),
    DUURZAAMHEID("Duurzaamheidsaspecten", null);

    /** Each section holds at most this many characters of Markdown. */
    public static final int MAX_LENGTE = 100_000;

    private final String kop;
    private final String ondertitel;

    Sectie(String kop, String ondertitel) {
        this.kop = kop;
        this.ondertitel = ondertitel;
    }

    public String kop() {
        return kop;
    }

    /** A fixed subheading under the heading, or null. */
    public String ondertitel() {
        return ondertitel;
    }
}
