package nl.wijkafspraken.opmaak;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDObjectReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.PDTableAttributeObject;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.text.PDFMarkedContentExtractor;
import org.apache.pdfbox.text.TextPosition;

/**
 * One element of the structure tree of a tagged PDF as PDFBox reads it: its standard type, alternative text, the
 * text of its own marked content, its Table Scope attribute, its annotations (object references) and its children.
 * The root is a pseudo element of type StructTreeRoot.
 */
record Tag(String type, String alt, String tekst, String bereik, List<PDAnnotation> annotaties, List<Tag> kinderen) {

    static Tag van(byte[] pdf) {
        try (var document = Loader.loadPDF(pdf)) {
            var teksten = teksten(document);
            return tag("StructTreeRoot", null, document.getDocumentCatalog().getStructureTreeRoot(), null, teksten);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** This element and all below it, in reading order. */
    Stream<Tag> alle() {
        return Stream.concat(Stream.of(this), kinderen.stream().flatMap(Tag::alle));
    }

    Stream<Tag> alle(String soort) {
        return alle().filter(tag -> tag.type().equals(soort));
    }

    /** The text of this element and all below it, in reading order. */
    String geheleTekst() {
        return alle().map(Tag::tekst).reduce("", String::concat);
    }

    List<Tag> kinderen(String soort) {
        return kinderen.stream().filter(tag -> tag.type().equals(soort)).toList();
    }

    private static Tag tag(String type, String alt, PDStructureNode knoop, PDPage pagina,
            Map<COSDictionary, Map<Integer, String>> teksten) {
        var tekst = new StringBuilder();
        var annotaties = new ArrayList<PDAnnotation>();
        var kinderen = new ArrayList<Tag>();
        for (Object kind : knoop.getKids()) {
            switch (kind) {
                case PDStructureElement element -> kinderen.add(tag(element.getStandardStructureType(),
                        element.getAlternateDescription(), element, element.getPage(), teksten));
                case Integer mcid -> voegToe(tekst, tekst(teksten, pagina, mcid));
                case PDMarkedContentReference verwijzing -> voegToe(tekst, tekst(teksten,
                        verwijzing.getPage() != null ? verwijzing.getPage() : pagina, verwijzing.getMCID()));
                case PDObjectReference object when object.getReferencedObject() instanceof PDAnnotation annotatie ->
                        annotaties.add(annotatie);
                default -> { }
            }
        }
        return new Tag(type, alt, tekst.toString(), bereik(knoop), annotaties, kinderen);
    }

    /** The pieces of one element (e.g. a paragraph continued on the next page) are read with a space between. */
    private static void voegToe(StringBuilder tekst, String stuk) {
        if (!tekst.isEmpty() && !stuk.isEmpty() && !Character.isWhitespace(tekst.charAt(tekst.length() - 1))) {
            tekst.append(' ');
        }
        tekst.append(stuk);
    }

    private static String tekst(Map<COSDictionary, Map<Integer, String>> teksten, PDPage pagina, int mcid) {
        return pagina == null ? "" : teksten.getOrDefault(pagina.getCOSObject(), Map.of()).getOrDefault(mcid, "");
    }

    private static String bereik(PDStructureNode knoop) {
        if (knoop instanceof PDStructureElement element) {
            var attributen = element.getAttributes();
            for (int i = 0; i < attributen.size(); i++) {
                if (attributen.getObject(i) instanceof PDTableAttributeObject tabel && tabel.getScope() != null) {
                    return tabel.getScope();
                }
            }
        }
        return null;
    }

    /** Per page, the text of each marked-content sequence by its MCID. */
    private static Map<COSDictionary, Map<Integer, String>> teksten(PDDocument document) throws IOException {
        var teksten = new HashMap<COSDictionary, Map<Integer, String>>();
        for (PDPage pagina : document.getPages()) {
            var extractor = new PDFMarkedContentExtractor();
            extractor.processPage(pagina);
            var perMcid = new HashMap<Integer, String>();
            for (PDMarkedContent inhoud : extractor.getMarkedContents()) {
                if (inhoud.getMCID() >= 0) {
                    perMcid.merge(inhoud.getMCID(), tekst(inhoud), String::concat);
                }
            }
            teksten.put(pagina.getCOSObject(), perMcid);
        }
        return teksten;
    }

    /**
     * The text of a marked-content sequence. OpenPDF drops the space where it wraps a line, as PDF writers do; like
     * a PDF reader, this puts a space where the next glyph starts a new line.
     */
    private static String tekst(PDMarkedContent inhoud) {
        var tekst = new StringBuilder();
        float regel = Float.NaN;
        for (Object deel : inhoud.getContents()) {
            if (deel instanceof TextPosition positie) {
                if (!Float.isNaN(regel) && Math.abs(positie.getY() - regel) > 1 && !tekst.toString().endsWith(" ")) {
                    tekst.append(' ');
                }
                regel = positie.getY();
                tekst.append(positie.getUnicode());
            } else if (deel instanceof PDMarkedContent genest) {
                tekst.append(tekst(genest));
            }
        }
        return tekst.toString();
    }
}
