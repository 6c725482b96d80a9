package nl.wijkafspraken.opmaak;

import java.util.List;
import java.util.Objects;

/**
 * Everything a collegevoorstel shows on paper, in the order of the gemeente's own document. Knows nothing of where
 * the data come from; the caller fills it.
 *
 * @param gemeente       name of the gemeente, e.g. "Aalsmeer" (shown as "Gemeente Aalsmeer", also the author)
 * @param metadata       the label–value lines at the top, in order (Zaaknummer, Openbaarheid, Raad, Afgestemd met
 *                       portefeuillehouder, Behandelend ambtenaar, Portefeuillehouder); a value may hold several
 *                       lines separated by {@code \n}
 * @param onderwerp      the subject, also the PDF's subject
 * @param besluitAanhef  e.g. "Het college van burgemeester en wethouders besluit:"
 * @param besluitpunten  the decision points, each one paragraph of Markdown (emphasis allowed); numbered 1., 2., …
 * @param secties        the text sections in order; a section without text is left out
 * @param bijlagen       titles of the attachments, numbered; none leaves the heading out
 * @param slotregels     closing lines, e.g. "Behandeld in B&W-vergadering d.d. 4 mei 2026, nr. 10"
 * @param concept        whether every page carries the CONCEPT mark
 * @param titel          the PDF's title, e.g. "Collegevoorstel Z26-021435 Samenwerkingsafspraken Wijkoverleggen"
 */
public record CollegevoorstelDocument(
        String gemeente,
        List<Gegeven> metadata,
        String onderwerp,
        String besluitAanhef,
        List<String> besluitpunten,
        List<Sectie> secties,
        List<String> bijlagen,
        List<String> slotregels,
        boolean concept,
        String titel) {

    /** The usual opening of the Besluit. */
    public static final String STANDAARD_AANHEF = "Het college van burgemeester en wethouders besluit:";

    public CollegevoorstelDocument {
        Objects.requireNonNull(gemeente, "gemeente");
        Objects.requireNonNull(onderwerp, "onderwerp");
        besluitAanhef = besluitAanhef == null ? STANDAARD_AANHEF : besluitAanhef;
        metadata = metadata == null ? List.of() : List.copyOf(metadata);
        besluitpunten = besluitpunten == null ? List.of() : List.copyOf(besluitpunten);
        secties = secties == null ? List.of() : List.copyOf(secties);
        bijlagen = bijlagen == null ? List.of() : List.copyOf(bijlagen);
        slotregels = slotregels == null ? List.of() : List.copyOf(slotregels);
        titel = titel == null || titel.isBlank() ? "Collegevoorstel " + onderwerp : titel;
    }

    /** The sections that have text, in order: the ones the document shows. */
    public List<Sectie> gevuldeSecties() {
        return secties.stream().filter(sectie -> !sectie.isLeeg()).toList();
    }

    /**
     * One line of the metadata block.
     *
     * @param label  e.g. "Zaaknummer"
     * @param waarde e.g. "Z26-021435"; lines separated by {@code \n}
     */
    public record Gegeven(String label, String waarde) {
        public Gegeven {
            Objects.requireNonNull(label, "label");
            waarde = waarde == null ? "" : waarde;
        }
    }

    /**
     * A text section: a title and its Markdown (paragraphs, lists, GitHub tables).
     *
     * @param titel    e.g. "Financiën"
     * @param markdown the text; null or blank means the section is left out
     */
    public record Sectie(String titel, String markdown) {
        public Sectie {
            Objects.requireNonNull(titel, "titel");
        }

        public boolean isLeeg() {
            return Markdown.isLeeg(markdown);
        }
    }
}
