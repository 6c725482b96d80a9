package nl.wijkafspraken.convenant;

import java.time.LocalDate;

/** A row of the list of convenanten. */
public record ConvenantRegel(long id, String titel, String partij, LocalDate datumOndertekend, boolean ingetrokken,
        LocalDate vervaldatum, boolean heeftScan) {
}
