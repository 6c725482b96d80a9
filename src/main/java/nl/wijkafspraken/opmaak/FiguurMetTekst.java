package nl.wijkafspraken.opmaak;

import java.util.List;

import org.openpdf.text.DocumentException;
import org.openpdf.text.Image;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfArray;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfRectangle;

/**
 * A square figure at the left margin, tagged as Figure with its alternative text and bounding box, and beside it
 * paragraphs and a link: the QR code to the verification page with what to do there. It used to be a borderless
 * two-cell table; set this way, a screen reader meets a figure and text instead of a layout table.
 */
final class FiguurMetTekst {

    private static final PdfName OPMAAK = new PdfName("Layout");

    /** The figure, what a screen reader says for it, and its width and height in points. */
    record Figuur(Image beeld, String alternatief, float grootte) {
    }

    /** A paragraph that is one link, its address and the description of where it leads. */
    record Link(Paragraph tekst, String adres, String beschrijving) {
    }

    private FiguurMetTekst() {
    }

    /** {@code tussenruimte}: from the figure's right edge to the text. */
    static void zet(Zetter zetter, Figuur figuur, float tussenruimte, List<Paragraph> tekst, Link link) {
        if (!zetter.bovenaan()) {
            zetter.omlaag(4);
        }
        float grootte = figuur.grootte();
        if (zetter.ruimte() < grootte) {
            zetter.nieuwePagina();
        }
        float x = zetter.links();
        float onder = zetter.y() - grootte;
        var structuur = zetter.structuur();
        var element = structuur.element(zetter.document(), PdfName.FIGURE, figuur.alternatief());
        Structuur.attribuut(element, OPMAAK, PdfName.BBOX,
                new PdfArray(new PdfRectangle(x, onder, x + grootte, onder + grootte)));
        var beeld = zetter.pagina().getDuplicate();
        try {
            beeld.addImage(figuur.beeld(), grootte, 0, 0, grootte, x, onder);
        } catch (DocumentException e) {
            throw new IllegalStateException("Figuur kon niet worden geplaatst", e);
        }
        Structuur.markeer(zetter.pagina(), element, beeld);

        // The text column ends 2 points short of the margin, as the table cell it replaces did (its padding).
        float links = x + grootte + tussenruimte;
        float rechts = zetter.rechts() - 2;
        for (Paragraph alinea : tekst) {
            zetter.zet(structuur.element(zetter.document(), PdfName.P), alinea, links, rechts, null);
        }
        zetter.link(zetter.document(), link.tekst(), link.adres(), link.beschrijving(), links, rechts);
        zetter.tot(onder);
    }
}
