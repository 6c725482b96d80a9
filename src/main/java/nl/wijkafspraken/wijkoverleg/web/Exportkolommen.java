package nl.wijkafspraken.wijkoverleg.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.wijkafspraken.wijkoverleg.Exportregel;
import org.springframework.context.MessageSource;

/**
 * The columns of the export, the same in CSV and Excel: Dutch headers and values from messages.properties, so that
 * the file says what the screens say. A cell is text, a number or a date; the writers format them.
 */
final class Exportkolommen {

    private static final Locale NL = Locale.forLanguageTag("nl-NL");

    private final MessageSource berichten;
    private final boolean metContactgegevens;

    Exportkolommen(MessageSource berichten, boolean metContactgegevens) {
        this.berichten = berichten;
        this.metContactgegevens = metContactgegevens;
    }

    List<String> koppen() {
        var namen = new ArrayList<>(List.of("wijkoverleg", "wijken", "status", "oprichtingsdatum", "ondertekenregel",
                "contactadres", "bestuurslid", "functie", "tekenbevoegd", "sinds"));
        if (metContactgegevens) {
            namen.addAll(List.of("email", "telefoon"));
        }
        namen.addAll(List.of("afspraken", "versie", "ondertekend", "ondertekendOp", "volgendeVerlenging"));
        return namen.stream().map(n -> tekst("wijkoverleg.export.kolom." + n)).toList();
    }

    /** The cells of a row: String, Integer, LocalDate or null (empty). */
    List<Object> cellen(Exportregel r) {
        var cellen = new ArrayList<Object>();
        cellen.add(r.wijkoverleg());
        cellen.add(String.join(", ", r.wijken()));
        cellen.add(tekst("wijkoverleg.status." + r.status()));
        cellen.add(r.oprichtingsdatum());
        cellen.add(r.ondertekenregel());
        cellen.add(r.contactadres());
        cellen.add(r.bestuurslid());
        cellen.add(r.functie() == null ? null : tekst("bestuurslid.functie." + r.functie()));
        cellen.add(r.tekenbevoegd() == null ? null : jaNee(r.tekenbevoegd()));
        cellen.add(r.sinds());
        if (metContactgegevens) {
            cellen.add(r.email());
            cellen.add(r.telefoon());
        }
        var stand = r.stand();
        cellen.add(stand == null ? null : stand.afspraken());
        cellen.add(stand == null ? null : stand.geldendeVersie());
        cellen.add(stand == null || stand.geldendeVersie() == null ? null : jaNee(stand.ondertekend()));
        cellen.add(stand == null ? null : stand.ondertekendOp());
        cellen.add(stand == null ? null : stand.volgendeVerlenging());
        return cellen;
    }

    /**
     * Whether a spreadsheet would read this text as a formula (CSV injection, OWASP): =, +, - and @ start one, and
     * a tab or carriage return in front of them does too.
     */
    static boolean lijktFormule(String tekst) {
        return !tekst.isEmpty() && "=+-@\t\r".indexOf(tekst.charAt(0)) >= 0;
    }

    static boolean isDatum(Object cel) {
        return cel instanceof LocalDate;
    }

    private String jaNee(boolean waar) {
        return tekst(waar ? "algemeen.ja" : "algemeen.nee");
    }

    private String tekst(String code) {
        return berichten.getMessage(code, null, NL);
    }
}
