package nl.wijkafspraken.opmaak;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * The text of each page of a PDF in reading order (PDFBox, sorted by position; OpenPDF's own extractor gives the
 * content stream's order, in which list numbers and tables come apart from their text).
 * <p>
 * Space glyphs are skipped and the words are separated by their positions instead: OpenPDF writes the space below
 * a paragraph as a space glyph at the left margin, which sorting by position would otherwise slip into the next
 * line ("G emeente").
 */
public record PdfTekst(List<String> paginas) {

    public static PdfTekst van(byte[] pdf) {
        try (var document = Loader.loadPDF(pdf)) {
            var stripper = new ZonderLosseSpaties();
            stripper.setSortByPosition(true);
            List<String> paginas = new ArrayList<>();
            for (int pagina = 1; pagina <= document.getNumberOfPages(); pagina++) {
                stripper.setStartPage(pagina);
                stripper.setEndPage(pagina);
                paginas.add(stripper.getText(document));
            }
            return new PdfTekst(paginas);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The text in the order it was written, whitespace collapsed: the text of each table cell stays together even
     * where cells wrap beside each other (sorted by position, the lines of neighbouring cells interleave).
     */
    public static String inSchrijfvolgorde(byte[] pdf) {
        try (var document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final class ZonderLosseSpaties extends PDFTextStripper {
        @Override
        protected void processTextPosition(TextPosition tekst) {
            if (!tekst.getUnicode().isBlank()) {
                super.processTextPosition(tekst);
            }
        }
    }

    /** The non-blank lines of all pages, trimmed. */
    public List<String> regels() {
        return paginas.stream().flatMap(String::lines).map(String::strip).filter(regel -> !regel.isEmpty())
                .toList();
    }

    /** All pages as one text, whitespace (also line breaks) collapsed to single spaces. */
    public String geheel() {
        return String.join(" ", paginas).replaceAll("\\s+", " ");
    }
}
