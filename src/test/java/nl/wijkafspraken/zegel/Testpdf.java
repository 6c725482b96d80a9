package nl.wijkafspraken.zegel;

import java.io.ByteArrayOutputStream;
import org.openpdf.text.Document;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfWriter;

/** A small PDF made with OpenPDF, as the app will make its documents. */
final class Testpdf {

    static final String TITEL = "Samenwerkingsafspraken wijkoverleg Oost";

    private Testpdf() {
    }

    static byte[] maak() {
        var uit = new ByteArrayOutputStream();
        var document = new Document();
        PdfWriter.getInstance(document, uit);
        document.addTitle(TITEL);
        document.open();
        document.add(new Paragraph(TITEL));
        document.add(new Paragraph("Artikel 1. De gemeente en het wijkoverleg werken samen aan een leefbare wijk."));
        document.close();
        return uit.toByteArray();
    }
}
