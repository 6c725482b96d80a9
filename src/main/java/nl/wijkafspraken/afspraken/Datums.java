package nl.wijkafspraken.afspraken;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as a Dutch reader writes them ("4 mei 2026"), for messages and audit lines. */
final class Datums {

    private static final DateTimeFormatter NEDERLANDS = DateTimeFormatter.ofPattern("d MMMM yyyy",
            Locale.forLanguageTag("nl-NL"));

    private Datums() {
    }

    static String tekst(LocalDate datum) {
        return datum == null ? "" : NEDERLANDS.format(datum);
    }
}
