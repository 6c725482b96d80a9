package nl.wijkafspraken.web;

import java.text.ParseException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import org.springframework.format.Formatter;

/**
 * Every date a form or a query string carries, the Dutch way (issue 15 part 6): printed as {@code 3-12-2026},
 * read as a civil servant would type it ({@code 3-12-2026}, {@code 03-12-2026}, {@code 3/12/2026},
 * {@code 3.12.2026}, {@code 3 december 2026}) and as ISO {@code 2026-12-03}, so that bookmarks, links and the tests
 * written for the browser's date picker keep working. Strict: 31-2-2026 and a two-digit year are refused rather than
 * guessed, and Spring turns the refusal into {@code typeMismatch.java.time.LocalDate} next to the field. Registered
 * once for the whole app in {@link WebConfig}; it wins over {@code @DateTimeFormat(iso = DATE)} on form fields
 * because it is registered after Spring's own formatters.
 */
public final class Datumformaat implements Formatter<LocalDate> {

    static final Locale NEDERLANDS = Locale.forLanguageTag("nl-NL");
    private static final DateTimeFormatter AFDRUK = DateTimeFormatter.ofPattern("d-M-uuuu", NEDERLANDS);
    private static final List<DateTimeFormatter> INVOER = List.of(
            streng("d-M-uuuu"), streng("d/M/uuuu"), streng("d.M.uuuu"), streng("d MMMM uuuu"),
            streng("uuuu-M-d"));

    @Override
    public String print(LocalDate datum, Locale locale) {
        return AFDRUK.format(datum);
    }

    @Override
    public LocalDate parse(String tekst, Locale locale) throws ParseException {
        // Spaces around the separators and several spaces in "3  december 2026" are typing, not meaning.
        var invoer = tekst.strip().replaceAll("\\s*([-/.])\\s*", "$1").replaceAll("\\s+", " ");
        for (var formaat : INVOER) {
            try {
                return LocalDate.parse(invoer, formaat);
            } catch (DateTimeParseException geenMatch) {
                // try the next shape
            }
        }
        throw new ParseException("Geen datum: " + tekst, 0);
    }

    private static DateTimeFormatter streng(String patroon) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(patroon)
                .toFormatter(NEDERLANDS).withResolverStyle(ResolverStyle.STRICT);
    }
}
