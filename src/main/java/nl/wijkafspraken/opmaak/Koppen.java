package nl.wijkafspraken.opmaak;

import java.util.List;

import org.openpdf.text.Chunk;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;

/**
 * The headings shared by every document: the top of the first page ("Gemeente X" and the kind of document in
 * capitals), the label–value block under it, and the section headings.
 */
final class Koppen {

    /** Below this much room on a page a heading goes to the next page, so that it is never left alone at the foot. */
    static final float RUIMTE_VOOR_KOP = 80f;

    private final PdfOpmaak opmaak;

    Koppen(PdfOpmaak opmaak) {
        this.opmaak = opmaak;
    }

    /** "Gemeente Aalsmeer" for "Aalsmeer"; a name that already says "Gemeente" is kept as it is. */
    static String gemeente(String naam) {
        String schoon = naam.strip();
        return schoon.regionMatches(true, 0, "Gemeente ", 0, 9) ? schoon : "Gemeente " + schoon;
    }

    /**
     * "Gemeente X" and the kind of document; the kind is the document's H1 unless a title of its own follows
     * ({@code soortIsKop} false), which is then the H1.
     */
    void documentkop(Zetter zetter, String gemeente, String soort, boolean soortIsKop) {
        var naam = new Paragraph(24f, gemeente, opmaak.font(true, false, 18f, PdfOpmaak.ACCENT));
        naam.setSpacingAfter(10);
        zetter.alinea(naam);
        var kop = opmaak.alinea();
        kop.setLeading(18f);
        kop.add(new Chunk(soort, opmaak.font(true, false, 13f, PdfOpmaak.TEKST)).setCharacterSpacing(1.2f));
        kop.setSpacingAfter(10);
        if (soortIsKop) {
            zetter.kop(1, kop);
        } else {
            zetter.alinea(kop);
        }
    }

    /**
     * A section heading (H2, or H3 below another section); on a new page when too little room is left for it and a
     * few lines of its text.
     */
    void sectie(Zetter zetter, int niveau, String titel) {
        if (zetter.ruimte() < RUIMTE_VOOR_KOP) {
            zetter.nieuwePagina();
        }
        var kop = new Paragraph(16f, titel, opmaak.kop());
        kop.setSpacingBefore(10);
        kop.setSpacingAfter(3);
        zetter.kop(niveau, kop);
    }

    /**
     * The label–value lines at the top of a document, without borders: labels bold, each ending in a colon; a value
     * may hold several lines separated by {@code \n}. Set it with row headers: each label is the TH of its row.
     */
    PdfPTable gegevens(List<CollegevoorstelDocument.Gegeven> regels) {
        var tabel = new PdfPTable(new float[] {38, 62});
        tabel.setWidthPercentage(100);
        tabel.setSpacingBefore(4);
        tabel.setSpacingAfter(4);
        for (CollegevoorstelDocument.Gegeven gegeven : regels) {
            String label = gegeven.label().endsWith(":") ? gegeven.label() : gegeven.label() + ":";
            tabel.addCell(randloos(new Phrase(PdfOpmaak.REGELAFSTAND, label, opmaak.vet())));
            tabel.addCell(randloos(new Phrase(PdfOpmaak.REGELAFSTAND, gegeven.waarde(), opmaak.tekst())));
        }
        return tabel;
    }

    private static PdfPCell randloos(Phrase inhoud) {
        var cel = new PdfPCell(inhoud);
        cel.setBorder(Rectangle.NO_BORDER);
        cel.setPaddingLeft(0);
        cel.setPaddingTop(1);
        cel.setPaddingBottom(4);
        cel.setLeading(0, 1.3f);
        return cel;
    }
}
