package nl.wijkafspraken.wijkoverleg;

import java.time.LocalDate;

/**
 * A wijkoverleg as party to the current Samenwerkingsafspraken of its gemeente, as the export of the register
 * shows it: which afspraken, the version in force, whether it signed that version and when, and the date by which
 * the next renewal must be held.
 *
 * @param geldendeVersie      the number of the vastgestelde version, or null while the afspraken are a concept
 * @param ondertekendOp       when it signed the vastgestelde version, or null when it has not
 * @param volgendeVerlenging  the date by which the next renewal must be held, or null when none is due
 */
public record Partijstand(String afspraken, Integer geldendeVersie, LocalDate ondertekendOp,
        LocalDate volgendeVerlenging) {

    public boolean ondertekend() {
        return ondertekendOp != null;
    }
}
