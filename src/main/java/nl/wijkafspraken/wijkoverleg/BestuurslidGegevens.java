package nl.wijkafspraken.wijkoverleg;

import java.time.LocalDate;

/** A bestuurslid as entered: person, functie, start of the period and whether they may sign. */
public record BestuurslidGegevens(Persoonsgegevens persoon, Functie functie, LocalDate startdatum,
        boolean tekenbevoegd) {
}
