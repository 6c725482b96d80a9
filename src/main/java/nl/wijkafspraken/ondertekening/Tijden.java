package nl.wijkafspraken.ondertekening;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Moments as a Dutch reader writes them, in the clock's zone (Dutch time): "4 mei 2026 om 14:05". */
final class Tijden {

    private static final DateTimeFormatter TIJDSTIP = DateTimeFormatter.ofPattern("d MMMM yyyy 'om' HH:mm",
            Locale.forLanguageTag("nl-NL"));
    private static final DateTimeFormatter TIJD = DateTimeFormatter.ofPattern("HH:mm", Locale.forLanguageTag("nl-NL"));

    private Tijden() {
    }

    static String tekst(Instant moment, ZoneId zone) {
        return TIJDSTIP.format(moment.atZone(zone));
    }

    static String tijd(Instant moment, ZoneId zone) {
        return TIJD.format(moment.atZone(zone));
    }

    static LocalDateTime lokaal(Instant moment, ZoneId zone) {
        return moment == null ? null : LocalDateTime.ofInstant(moment, zone);
    }
}
