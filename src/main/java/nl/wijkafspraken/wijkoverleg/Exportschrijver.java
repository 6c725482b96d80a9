package nl.wijkafspraken.wijkoverleg;

/** Where {@link WijkoverlegExport} writes to, row by row: a CSV or a spreadsheet file (module web). */
public interface Exportschrijver {

    /** Before the first row: whether the rows carry the board members' e-mail and telephone. */
    void begin(boolean metContactgegevens);

    void regel(Exportregel regel);
}
