package nl.wijkafspraken.opmaak;

import org.openpdf.text.Chunk;
import org.openpdf.text.Document;
import org.openpdf.text.Paragraph;

/** The top of the first page, shared by every document: "Gemeente X" and the kind of document in capitals. */
final class Koppen {

    private final PdfOpmaak opmaak;

    Koppen(PdfOpmaak opmaak) {
        this.opmaak = opmaak;
    }

    /** "Gemeente Aalsmeer" for "Aalsmeer"; a name that already says "Gemeente" is kept as it is. */
    static String gemeente(String naam) {
        String schoon = naam.strip();
        return schoon.regionMatches(true, 0, "Gemeente ", 0, 9) ? schoon : "Gemeente " + schoon;
    }

    void documentkop(Document document, String gemeente, String soort) {
        var naam = new Paragraph(24f, gemeente, opmaak.font(true, false, 18f, PdfOpmaak.ACCENT));
        naam.setSpacingAfter(10);
        document.add(naam);
        var kop = opmaak.alinea();
        kop.setLeading(18f);
        kop.add(new Chunk(soort, opmaak.font(true, false, 13f, PdfOpmaak.TEKST)).setCharacterSpacing(1.2f));
        kop.setSpacingAfter(10);
        document.add(kop);
    }
}
