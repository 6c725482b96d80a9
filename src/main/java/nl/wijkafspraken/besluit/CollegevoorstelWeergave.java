package nl.wijkafspraken.besluit;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * A collegevoorstel as the document shows it, every fixed part in the order of the gemeente's template: the read
 * model for the PDF export (and any other rendering). Section texts are Markdown; empty sections are left out, as
 * in the source documents. Everything is plain data: no entity, no lazy loading.
 *
 * @param behandelendAmbtenaren in order; empty in the public register's version (personal data)
 * @param team               the team that handles the voorstel, or null
 * @param portefeuillehouder as written in the document, e.g. "wethouder Jan de Boer"; null when not chosen yet
 * @param behandeling        the meeting that decided it, or null while not (finally) decided
 */
public record CollegevoorstelWeergave(
        long id,
        String gemeenteNaam,
        String zaaknummer,
        boolean openbaar,
        boolean raad,
        String afstemmingWijze,
        LocalDate afstemmingDatum,
        List<BehandelendAmbtenaar> behandelendAmbtenaren,
        String team,
        String portefeuillehouder,
        String onderwerp,
        List<BesluitpuntWeergave> besluitpunten,
        List<SectieWeergave> secties,
        List<String> bijlagen,
        VoorstelStatus status,
        Behandeling behandeling) {

    static final Locale NL = Locale.forLanguageTag("nl-NL");
    static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("d MMMM yyyy", NL);

    /** The opening line of the Besluit part. */
    public static final String AANHEF = "Het college van burgemeester en wethouders besluit:";

    public CollegevoorstelWeergave {
        behandelendAmbtenaren = List.copyOf(behandelendAmbtenaren);
        besluitpunten = List.copyOf(besluitpunten);
        secties = List.copyOf(secties);
        bijlagen = List.copyOf(bijlagen);
    }

    /** Anything not decided for good carries a visible CONCEPT mark. */
    public boolean isConcept() {
        return status != VoorstelStatus.BESLOTEN;
    }

    /** A file name for a download: "Z26-021435-collegevoorstel.pdf". */
    public String bestandsnaam(String extensie) {
        return zaaknummer + "-collegevoorstel." + extensie;
    }

    /**
     * A numbered besluitpunt. {@code beslotenTekst} is the college's amended text (outcome gewijzigd) or null;
     * {@code vervallen} means the college struck it out.
     */
    public record BesluitpuntWeergave(int nummer, String tekst, String beslotenTekst, boolean vervallen) {
    }

    /** A non-empty text section: heading, optional fixed subheading, Markdown text. */
    public record SectieWeergave(Sectie sectie, String kop, String ondertitel, String markdown) {
    }

    /** The closing lines of a decided voorstel. */
    public record Behandeling(LocalDate vergaderdatum, int agendanummer, Uitkomst uitkomst,
            String besluitIdentificatie) {

        /** "Behandeld in B&W-vergadering d.d. 4 mei 2026, nr. 10" */
        public String behandeldIn() {
            return "Behandeld in B&W-vergadering d.d. " + DATUM.format(vergaderdatum) + ", nr. " + agendanummer;
        }

        /** "Besluit B&W: Conform advies" */
        public String besluitBw() {
            return "Besluit B&W: " + uitkomst.tekst();
        }
    }
}
