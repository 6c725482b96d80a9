package nl.wijkafspraken.besluit;

import java.time.LocalDate;
import java.util.List;

/**
 * The besluitenlijst of a B&W-vergadering: every agendapunt in agenda order with zaaknummer, onderwerp,
 * portefeuillehouder and outcome. The read model for the PDF export; {@code definitief} once the meeting is closed.
 */
public record BesluitenlijstWeergave(long vergaderingId, String gemeenteNaam, LocalDate datum, boolean definitief,
        List<Regel> regels) {

    public BesluitenlijstWeergave {
        regels = List.copyOf(regels);
    }

    /** "Besluitenlijst B&W-vergadering d.d. 4 mei 2026" */
    public String titel() {
        return "Besluitenlijst B&W-vergadering d.d. " + CollegevoorstelWeergave.DATUM.format(datum);
    }

    /** A file name for a download: "besluitenlijst-2026-05-04.pdf". */
    public String bestandsnaam(String extensie) {
        return "besluitenlijst-" + datum + "." + extensie;
    }

    /**
     * One agendapunt. {@code uitkomst} is null while not decided; {@code besluitIdentificatie} is set for conform
     * advies and gewijzigd.
     */
    public record Regel(int agendanummer, long collegevoorstelId, String zaaknummer, String onderwerp,
            String portefeuillehouder, boolean openbaar, Uitkomst uitkomst, Long besluitId,
            String besluitIdentificatie) {

        /** The outcome as written in the list, or empty while not decided. */
        public String uitkomstTekst() {
            return uitkomst == null ? "" : uitkomst.tekst();
        }
    }
}
