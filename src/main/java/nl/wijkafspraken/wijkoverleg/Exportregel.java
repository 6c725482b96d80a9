package nl.wijkafspraken.wijkoverleg;

import java.time.LocalDate;
import java.util.List;

/**
 * One row of the export of the register: a member of the current bestuur with its wijkoverleg, or the wijkoverleg
 * alone when it has no bestuur (then the member fields are null). {@code email} and {@code telefoon} are null unless
 * the user may have the contact data of the board members (see {@link WijkoverlegExport}); {@code stand} is null
 * when the wijkoverleg is party to no current afspraken.
 */
public record Exportregel(String wijkoverleg, List<String> wijken, WijkoverlegStatus status,
        LocalDate oprichtingsdatum, int ondertekenregel, String contactadres, String bestuurslid, Functie functie,
        Boolean tekenbevoegd, LocalDate sinds, String email, String telefoon, Partijstand stand) {

    public Exportregel {
        wijken = List.copyOf(wijken);
    }
}
