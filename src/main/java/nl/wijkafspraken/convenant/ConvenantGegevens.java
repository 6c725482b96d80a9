package nl.wijkafspraken.convenant;

import java.time.LocalDate;

/** A convenant as it is registered: title, the party as named then, an optional current wijkoverleg, date signed. */
public record ConvenantGegevens(String titel, String partij, Long wijkoverlegId, LocalDate datumOndertekend) {
}
