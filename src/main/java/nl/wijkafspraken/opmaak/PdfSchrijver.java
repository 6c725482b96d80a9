package nl.wijkafspraken.opmaak;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Consumer;

import org.openpdf.text.Document;
import org.openpdf.text.PageSize;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfString;
import org.openpdf.text.pdf.PdfWriter;
import org.openpdf.text.xml.xmp.XmpWriter;

/**
 * Writes one A4 document as a tagged PDF aiming at PDF/UA-1 and PDF/A-2a (level A, which the tags make possible; it
 * includes the rules of 2b): embedded fonts only (OpenPDF refuses any other under PDF/A), document information
 * mirrored in XMP metadata with the PDF/UA identification, the title shown instead of the file name, an sRGB output
 * intent (the profile the JDK ships), and the language set to Dutch. The content goes through a {@link Zetter},
 * which builds the structure tree.
 */
final class PdfSchrijver {

    /** Title, subject, author of the document information. */
    record Eigenschappen(String titel, String onderwerp, String auteur) {
    }

    /**
     * PDF/UA-1 identification; PDF/A allows only predefined XMP properties, so the pdfuaid schema is declared in
     * an extension schema (ISO 19005-2, 6.6.2.3).
     */
    private static final String PDF_UA = """
            <pdfuaid:part>1</pdfuaid:part>""";
    private static final String PDF_UA_SCHEMA = """
            <pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType="Resource">\
            <pdfaSchema:schema>PDF/UA Universal Accessibility Schema</pdfaSchema:schema>\
            <pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>\
            <pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>\
            <pdfaSchema:property><rdf:Seq><rdf:li rdf:parseType="Resource">\
            <pdfaProperty:name>part</pdfaProperty:name>\
            <pdfaProperty:valueType>Integer</pdfaProperty:valueType>\
            <pdfaProperty:category>internal</pdfaProperty:category>\
            <pdfaProperty:description>Part of ISO 14289 the document conforms to</pdfaProperty:description>\
            </rdf:li></rdf:Seq></pdfaSchema:property>\
            </rdf:li></rdf:Bag></pdfaExtension:schemas>""";

    private static final int CONFORMITEIT = PdfWriter.PDFA2A;

    private PdfSchrijver() {
    }

    static byte[] schrijf(Eigenschappen eigenschappen, PaginaVoettekst pagina, Consumer<Zetter> inhoud) {
        var uit = new ByteArrayOutputStream();
        float marge = PdfOpmaak.MARGE;
        var document = new Document(PageSize.A4, marge, marge, marge, marge);
        PdfWriter writer = PdfWriter.getInstance(document, uit);
        writer.setPDFXConformance(CONFORMITEIT);
        writer.setTagged();
        // PDF/UA: the tab order of annotations (the link to the verification page) follows the structure.
        writer.setTabs(PdfName.S);
        writer.setPageEvent(pagina);
        writer.setViewerPreferences(PdfWriter.DisplayDocTitle);
        document.addTitle(eigenschappen.titel());
        document.addSubject(eigenschappen.onderwerp());
        document.addAuthor(eigenschappen.auteur());
        document.addCreator("Wijkafspraken");
        writer.setXmpMetadata(xmp(writer));
        document.open();
        try {
            writer.setOutputIntents("sRGB IEC61966-2.1", null, "http://www.color.org", "sRGB IEC61966-2.1",
                    ICC_Profile.getInstance(ColorSpace.CS_sRGB));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        writer.getExtraCatalog().put(PdfName.LANG, new PdfString("nl"));
        var koppelingen = new Koppelingen(new Structuur(writer));
        writer.setPageEvent(koppelingen);
        inhoud.accept(new Zetter(document, writer, koppelingen));
        document.close();
        return uit.toByteArray();
    }

    /** The XMP OpenPDF makes from the document information (dc:title among it), plus the PDF/UA identification. */
    private static byte[] xmp(PdfWriter writer) {
        var xmp = new ByteArrayOutputStream();
        try (var schrijver = new XmpWriter(xmp, writer.getInfo(), CONFORMITEIT)) {
            schrijver.addRdfDescription("xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\"", PDF_UA);
            schrijver.addRdfDescription("xmlns:pdfaExtension=\"http://www.aiim.org/pdfa/ns/extension/\" "
                    + "xmlns:pdfaSchema=\"http://www.aiim.org/pdfa/ns/schema#\" "
                    + "xmlns:pdfaProperty=\"http://www.aiim.org/pdfa/ns/property#\"", PDF_UA_SCHEMA);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return xmp.toByteArray();
    }
}
