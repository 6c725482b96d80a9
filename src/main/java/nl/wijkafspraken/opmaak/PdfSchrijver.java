package nl.wijkafspraken.opmaak;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.BiConsumer;

import org.openpdf.text.Document;
import org.openpdf.text.PageSize;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfString;
import org.openpdf.text.pdf.PdfWriter;

/**
 * Writes one A4 document aiming at PDF/A-2b: embedded fonts only (OpenPDF refuses any other under PDF/A), document
 * information mirrored in XMP metadata, an sRGB output intent (the profile the JDK ships), and the language set to
 * Dutch.
 */
final class PdfSchrijver {

    /** Title, subject, author of the document information. */
    record Eigenschappen(String titel, String onderwerp, String auteur) {
    }

    private PdfSchrijver() {
    }

    static byte[] schrijf(Eigenschappen eigenschappen, PaginaVoettekst pagina, BiConsumer<Document, PdfWriter> inhoud) {
        var uit = new ByteArrayOutputStream();
        float marge = PdfOpmaak.MARGE;
        var document = new Document(PageSize.A4, marge, marge, marge, marge);
        PdfWriter writer = PdfWriter.getInstance(document, uit);
        writer.setPDFXConformance(PdfWriter.PDFA2B);
        writer.setPageEvent(pagina);
        writer.setViewerPreferences(PdfWriter.DisplayDocTitle);
        document.addTitle(eigenschappen.titel());
        document.addSubject(eigenschappen.onderwerp());
        document.addAuthor(eigenschappen.auteur());
        document.addCreator("Wijkafspraken");
        writer.createXmpMetadata();
        document.open();
        try {
            writer.setOutputIntents("sRGB IEC61966-2.1", null, "http://www.color.org", "sRGB IEC61966-2.1",
                    ICC_Profile.getInstance(ColorSpace.CS_sRGB));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        writer.getExtraCatalog().put(PdfName.LANG, new PdfString("nl-NL"));
        inhoud.accept(document, writer);
        document.close();
        return uit.toByteArray();
    }
}
