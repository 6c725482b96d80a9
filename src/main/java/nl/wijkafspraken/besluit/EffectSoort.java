package nl.wijkafspraken.besluit;

/**
 * What a besluitpunt does when the college decides conform advies or gewijzigd. Each kind is carried out by the
 * module that owns the object, on the matching {@link EffectOpgedragen} event.
 */
public enum EffectSoort {
    /** A version of the Samenwerkingsafspraken becomes vastgesteld (afspraken module, issue 4). */
    AFSPRAKEN_VASTSTELLEN,
    /** The listed 2007 convenanten are withdrawn (convenant module, issue 4). */
    CONVENANTEN_INTREKKEN,
    /** A college member is granted a mandate (mandaat module). */
    MANDAAT_VERLENEN
}
