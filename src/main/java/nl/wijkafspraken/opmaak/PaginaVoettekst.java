package nl.wijkafspraken.opmaak;

import java.util.ArrayList;
import java.util.List;

import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfPageEventHelper;
import org.openpdf.text.pdf.PdfTemplate;
import org.openpdf.text.pdf.PdfWriter;

/**
 * What every page carries: a header line (the document's name, and CONCEPT on a concept), a footer line (a short
 * title and "Pagina x van y") and, on a concept, a large diagonal CONCEPT under the text.
 * <p>
 * The number of pages is only known at the end. Each page therefore shows a template that is filled when the
 * document closes; the whole "Pagina x van y" goes into it, so that it can be aligned to the right margin.
 * <p>
 * All of it is marked as pagination artifacts: a screen reader skips what repeats on every page.
 */
final class PaginaVoettekst extends PdfPageEventHelper {

    private static final float VOET_BREEDTE = 120f;
    private static final float VOET_HOOGTE = 14f;
    private static final float ONDERLENGTE = 3f;

    private final PdfOpmaak opmaak;
    private final String kopregel;
    private final String voetregel;
    private final boolean concept;
    private final List<PdfTemplate> paginanummers = new ArrayList<>();

    PaginaVoettekst(PdfOpmaak opmaak, String kopregel, String voetregel, boolean concept) {
        this.opmaak = opmaak;
        this.kopregel = kopregel;
        this.voetregel = voetregel;
        this.concept = concept;
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
        Rectangle pagina = document.getPageSize();
        PdfContentByte over = writer.getDirectContent();
        if (concept) {
            watermerk(writer.getDirectContentUnder(), pagina);
        }
        Font klein = opmaak.klein();
        float kopY = pagina.getTop() - PdfOpmaak.MARGE + 22;
        Structuur.beginPaginering(over, Structuur.KOPTEKST);
        ColumnText.showTextAligned(over, Element.ALIGN_LEFT, new Phrase(kopregel, klein), document.left(), kopY, 0);
        if (concept) {
            Font rood = opmaak.font(true, false, PdfOpmaak.KLEIN + 1, PdfOpmaak.CONCEPT);
            ColumnText.showTextAligned(over, Element.ALIGN_RIGHT, new Phrase("CONCEPT", rood), document.right(),
                    kopY, 0);
        }
        lijn(over, document, kopY - 5);
        over.endMarkedContentSequence();

        float voetY = pagina.getBottom() + PdfOpmaak.MARGE - 30;
        Structuur.beginPaginering(over, Structuur.VOETTEKST);
        lijn(over, document, voetY + 10);
        ColumnText.showTextAligned(over, Element.ALIGN_LEFT, new Phrase(voetregel, klein), document.left(), voetY, 0);
        PdfTemplate paginanummer = over.createTemplate(VOET_BREEDTE, VOET_HOOGTE);
        over.addTemplate(paginanummer, document.right() - VOET_BREEDTE, voetY - ONDERLENGTE);
        paginanummers.add(paginanummer);
        over.endMarkedContentSequence();
    }

    @Override
    public void onCloseDocument(PdfWriter writer, Document document) {
        int totaal = paginanummers.size();
        for (int i = 0; i < totaal; i++) {
            PdfTemplate paginanummer = paginanummers.get(i);
            paginanummer.beginText();
            paginanummer.setFontAndSize(opmaak.klein().getBaseFont(), PdfOpmaak.KLEIN);
            paginanummer.setColorFill(PdfOpmaak.GRIJS);
            paginanummer.showTextAligned(Element.ALIGN_RIGHT, "Pagina " + (i + 1) + " van " + totaal, VOET_BREEDTE,
                    ONDERLENGTE, 0);
            paginanummer.endText();
        }
    }

    private static void lijn(PdfContentByte inhoud, Document document, float y) {
        inhoud.saveState();
        inhoud.setColorStroke(PdfOpmaak.LIJN);
        inhoud.setLineWidth(0.5f);
        inhoud.moveTo(document.left(), y);
        inhoud.lineTo(document.right(), y);
        inhoud.stroke();
        inhoud.restoreState();
    }

    private void watermerk(PdfContentByte onder, Rectangle pagina) {
        Structuur.beginPaginering(onder, Structuur.WATERMERK);
        onder.saveState();
        onder.beginText();
        onder.setColorFill(PdfOpmaak.WATERMERK);
        onder.setFontAndSize(opmaak.basis(true, false), 110);
        onder.showTextAligned(Element.ALIGN_CENTER, "CONCEPT", pagina.getWidth() / 2, pagina.getHeight() / 2 - 40,
                55);
        onder.endText();
        onder.restoreState();
        onder.endMarkedContentSequence();
    }
}
