package nl.wijkafspraken.audit.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.wijkafspraken.audit.AuditRegel;
import nl.wijkafspraken.gedeeld.Actie;
import org.springframework.context.MessageSource;

/**
 * Turns a stored audit line into Dutch words (issue 15 part 5). The lines themselves are immutable evidence and keep
 * their codes (EFFECT_UITGEVOERD, CONFORM_ADVIES, 2026-12-03): translating when showing, not when writing, makes
 * every line ever written readable, old ones too. A code is a word in capitals with a message
 * {@code audit.waarde.<CODE>} ({@code AuditTekstenTest} checks every enum has one); an ISO date becomes
 * "3 december 2026". The old → new values that {@code audit.Wijziging} appends ("…: veld: oud → nieuw; …") are
 * split off into {@link Veldwijziging}s.
 */
final class Auditweergave {

    static final Locale NEDERLANDS = Locale.forLanguageTag("nl-NL");
    private static final DateTimeFormatter TIJD = DateTimeFormatter.ofPattern("d MMMM uuuu HH:mm", NEDERLANDS);
    private static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("d MMMM uuuu", NEDERLANDS);
    private static final String VELD = "[a-z][A-Za-z0-9]*";
    /** The whole tail written by Wijziging: one or more "veld: oud → nieuw", separated by "; ". */
    private static final Pattern WIJZIGINGEN = Pattern.compile(VELD + ": .*? → .*?(?:; " + VELD + ": .*? → .*?)*",
            Pattern.DOTALL);
    private static final Pattern WIJZIGING = Pattern.compile("(" + VELD + "): (.*?) → (.*?)(?=; " + VELD + ": |$)",
            Pattern.DOTALL);
    private static final Pattern CODE_OF_DATUM = Pattern.compile("\\b(\\d{4}-\\d{2}-\\d{2})"
            + "(?:T(\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?Z))?\\b|\\b[A-Z][A-Z0-9_]*[A-Z0-9]\\b");

    private final MessageSource berichten;
    private final ZoneId zone;
    private final Predicate<Actie> mag;

    /** {@code mag} says whether the reader may open a page that needs the action: only then the object is a link. */
    Auditweergave(MessageSource berichten, ZoneId zone, Predicate<Actie> mag) {
        this.berichten = berichten;
        this.zone = zone;
        this.mag = mag;
    }

    AuditRegelRij rij(AuditRegel regel) {
        var samenvatting = regel.getSamenvatting() == null ? "" : regel.getSamenvatting();
        var omschrijving = samenvatting;
        var wijzigingen = new ArrayList<Veldwijziging>();
        if (samenvatting.contains(" → ")) {
            for (int i = samenvatting.indexOf(": "); i >= 0; i = samenvatting.indexOf(": ", i + 1)) {
                var staart = samenvatting.substring(i + 2);
                if (WIJZIGINGEN.matcher(staart).matches()) {
                    omschrijving = samenvatting.substring(0, i);
                    var wijziging = WIJZIGING.matcher(staart);
                    while (wijziging.find()) {
                        wijzigingen.add(new Veldwijziging(veldnaam(wijziging.group(1)),
                                waarde(wijziging.group(2)), waarde(wijziging.group(3))));
                    }
                    break;
                }
            }
        }
        return new AuditRegelRij(regel.getTijdstip(), TIJD.format(regel.getTijdstip().atZone(zone)),
                regel.getGebruikersnaam(), regel.getActie(), actienaam(regel.getActie()),
                object(regel.getObjecttype(), regel.getObjectId()),
                Auditobjecten.pad(regel.getObjecttype(), regel.getObjectId(), mag), leesbaar(omschrijving),
                List.copyOf(wijzigingen), regel.getIpAdres());
    }

    String actienaam(String actie) {
        return bericht("audit.actie." + actie, actie);
    }

    String objecttypenaam(String objecttype) {
        return bericht(Auditobjecten.berichtcode(objecttype), objecttype);
    }

    private String object(String objecttype, String objectId) {
        if (objecttype == null) {
            return "";
        }
        var naam = objecttypenaam(objecttype);
        return objectId == null ? naam : naam + " " + objectId;
    }

    /** "periodeVan" is "Periode van" unless messages name the field (audit.veld.periodeVan). */
    private String veldnaam(String veld) {
        var woorden = veld.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(NEDERLANDS);
        return bericht("audit.veld." + veld, Character.toUpperCase(woorden.charAt(0)) + woorden.substring(1));
    }

    /**
     * A changed value. Text (Wijziging quotes it, to tell "" from no value, which it writes as —) is shown as typed,
     * without the quotes and without translating capitals in it; anything else (codes, dates, yes/no) in words.
     */
    private String waarde(String tekst) {
        if (tekst.length() > 2 && tekst.startsWith("\"") && tekst.endsWith("\"")) {
            return tekst.substring(1, tekst.length() - 1);
        }
        return leesbaar(tekst);
    }

    /** Codes in capitals that have a Dutch word, and ISO dates and UTC times, in Dutch. */
    String leesbaar(String tekst) {
        var gevonden = CODE_OF_DATUM.matcher(tekst);
        var uit = new StringBuilder();
        while (gevonden.find()) {
            gevonden.appendReplacement(uit, Matcher.quoteReplacement(vervanging(gevonden)));
        }
        gevonden.appendTail(uit);
        return uit.toString();
    }

    private String vervanging(Matcher gevonden) {
        try {
            if (gevonden.group(2) != null) {
                return TIJD.format(Instant.parse(gevonden.group(1) + "T" + gevonden.group(2)).atZone(zone));
            }
            if (gevonden.group(1) != null) {
                return DATUM.format(LocalDate.parse(gevonden.group(1)));
            }
        } catch (DateTimeParseException geenDatum) {
            return gevonden.group();
        }
        return bericht("audit.waarde." + gevonden.group(), gevonden.group());
    }

    private String bericht(String code, String anders) {
        return berichten.getMessage(code, null, anders, NEDERLANDS);
    }
}
