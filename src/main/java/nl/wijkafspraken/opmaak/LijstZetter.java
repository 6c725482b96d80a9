package nl.wijkafspraken.opmaak;

import org.openpdf.text.Element;
import org.openpdf.text.ListItem;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfStructureElement;

/**
 * Sets an OpenPDF list as L, with per item an LI holding its label (Lbl: the bullet or number) and its body
 * (LBody, with the text as P); a nested list hangs in the LBody of the item before it, beside that P (OpenPDF lets
 * an element hold either text or child elements). The layout is OpenPDF's own: the label at the
 * list's indentation on the baseline of the item's first line, the text indented by the list's symbol indent.
 */
final class LijstZetter {

    private final Zetter zetter;

    LijstZetter(Zetter zetter) {
        this.zetter = zetter;
    }

    void zet(PdfStructureElement ouder, org.openpdf.text.List lijst) {
        zet(ouder, lijst, lijst.getIndentationLeft());
    }

    private void zet(PdfStructureElement ouder, org.openpdf.text.List lijst, float inspringing) {
        var structuur = zetter.structuur();
        var element = structuur.element(ouder, PdfName.L);
        PdfStructureElement vorigeInhoud = element;
        for (Element deel : lijst.getItems()) {
            switch (deel) {
                case ListItem item -> {
                    var li = structuur.element(element, PdfName.LI);
                    var label = structuur.element(li, PdfName.LBL);
                    var inhoud = structuur.element(li, PdfName.LBODY);
                    var tekst = structuur.element(inhoud, PdfName.P);
                    var alinea = new Paragraph(item);
                    alinea.setIndentationLeft(item.getIndentationLeft() + inspringing);
                    zetter.zet(tekst, alinea, zetter.links(), zetter.rechts(),
                            basislijn -> label(label, item, zetter.links() + inspringing, basislijn));
                    vorigeInhoud = inhoud;
                }
                case org.openpdf.text.List genest ->
                        zet(vorigeInhoud, genest, inspringing + genest.getIndentationLeft());
                default -> throw new IllegalArgumentException("Geen lijstonderdeel: " + deel.getClass());
            }
        }
    }

    private void label(PdfStructureElement label, ListItem item, float x, float basislijn) {
        if (item.getListSymbol() == null) {
            return;
        }
        var stuk = zetter.pagina().getDuplicate();
        ColumnText.showTextAligned(stuk, Element.ALIGN_LEFT, new Phrase(item.getListSymbol()), x, basislijn, 0);
        Structuur.markeer(zetter.pagina(), label, stuk);
    }
}
