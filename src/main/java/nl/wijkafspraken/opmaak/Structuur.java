package nl.wijkafspraken.opmaak;

import org.openpdf.text.pdf.PdfArray;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfDictionary;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfObject;
import org.openpdf.text.pdf.PdfString;
import org.openpdf.text.pdf.PdfStructureElement;
import org.openpdf.text.pdf.PdfWriter;

/**
 * The structure tree of a tagged PDF (PDF/UA-1) and its two kinds of marked content: content that belongs to a
 * structure element (BDC with an MCID) and artifacts (page furniture a screen reader skips).
 * <p>
 * OpenPDF keeps an element's kids either as marked content or as child elements, never both; every element made
 * here therefore holds only one of the two.
 */
final class Structuur {

    static final PdfName ARTEFACT = new PdfName("Artifact");
    private static final PdfName PAGINERING = new PdfName("Pagination");
    static final PdfName KOPTEKST = new PdfName("Header");
    static final PdfName VOETTEKST = new PdfName("Footer");
    static final PdfName WATERMERK = new PdfName("Watermark");

    private final PdfWriter writer;
    private final PdfStructureElement document;

    Structuur(PdfWriter writer) {
        this.writer = writer;
        this.document = new PdfStructureElement(writer.getStructureTreeRoot(), PdfName.DOCUMENT);
    }

    PdfWriter writer() {
        return writer;
    }

    /** The root element, Document, under which everything on the pages hangs. */
    PdfStructureElement document() {
        return document;
    }

    PdfStructureElement element(PdfStructureElement ouder, PdfName rol) {
        return new PdfStructureElement(ouder, rol);
    }

    /** An element with an alternative text, e.g. a Figure: what a screen reader says instead of the content. */
    PdfStructureElement element(PdfStructureElement ouder, PdfName rol, String alternatief) {
        var element = element(ouder, rol);
        element.put(PdfName.ALT, new PdfString(alternatief, PdfObject.TEXT_UNICODE));
        return element;
    }

    /** Sets an attribute of the standard attribute owner {@code eigenaar} (e.g. Table: Scope). */
    static void attribuut(PdfStructureElement element, PdfName eigenaar, PdfName sleutel, PdfObject waarde) {
        var attributen = new PdfDictionary();
        attributen.put(PdfName.O, eigenaar);
        attributen.put(sleutel, waarde);
        element.put(PdfName.A, attributen);
    }

    /**
     * Appends {@code inhoud} to {@code canvas} as marked content of {@code element}; an empty piece is left out, so
     * that no element points at a page where it shows nothing.
     */
    static void markeer(PdfContentByte canvas, PdfStructureElement element, PdfContentByte inhoud) {
        if (isLeeg(inhoud)) {
            return;
        }
        canvas.beginMarkedContentSequence(element);
        canvas.add(inhoud);
        canvas.endMarkedContentSequence();
    }

    /** Appends {@code inhoud} to {@code canvas} as an artifact (a rule, a cell border, a repeated header row). */
    static void artefact(PdfContentByte canvas, PdfContentByte inhoud) {
        if (isLeeg(inhoud)) {
            return;
        }
        canvas.beginMarkedContentSequence(ARTEFACT);
        canvas.add(inhoud);
        canvas.endMarkedContentSequence();
    }

    /** Whether nothing was written to a scratch content (OpenPDF keeps its size package-private). */
    static boolean isLeeg(PdfContentByte inhoud) {
        return inhoud.getInternalBuffer().size() == 0;
    }

    /**
     * Begins a pagination artifact: a page's header, footer or watermark. End it with
     * {@code endMarkedContentSequence}.
     */
    static void beginPaginering(PdfContentByte canvas, PdfName soort) {
        var eigenschappen = new PdfDictionary();
        eigenschappen.put(PdfName.TYPE, PAGINERING);
        eigenschappen.put(PdfName.SUBTYPE, soort);
        canvas.beginMarkedContentSequence(ARTEFACT, eigenschappen, true);
    }

    /**
     * Adds an annotation (a link) to the kids of {@code element} after its marked content, as an object reference,
     * so that assistive technology finds the link in the reading order.
     */
    void voegObjectToe(PdfStructureElement element, PdfDictionary objectverwijzing) {
        PdfObject kinderen = element.get(PdfName.K);
        PdfArray lijst;
        if (kinderen instanceof PdfArray array) {
            lijst = array;
        } else {
            lijst = new PdfArray();
            if (kinderen != null) {
                lijst.add(kinderen);
            }
            element.put(PdfName.K, lijst);
        }
        lijst.add(objectverwijzing);
    }
}
