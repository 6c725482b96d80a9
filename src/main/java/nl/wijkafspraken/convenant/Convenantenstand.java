package nl.wijkafspraken.convenant;

import java.util.List;

/**
 * The convenanten for the dashboard: how many the gemeente registered in all, and those still in force. A gemeente
 * that never had any must not read "all were withdrawn" (issue 15).
 */
public record Convenantenstand(int totaal, List<ConvenantRegel> nogGeldend) {

    public Convenantenstand {
        nogGeldend = List.copyOf(nogGeldend);
    }

    public boolean geen() {
        return totaal == 0;
    }
}
