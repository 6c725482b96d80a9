package nl.wijkafspraken.opmaak;

import java.util.ArrayList;
import java.util.List;

import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.ListBlock;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.ThematicBreak;
import org.openpdf.text.Chunk;
import org.openpdf.text.Element;
import org.openpdf.text.ListItem;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfStructureElement;

/**
 * Walks the Markdown tree of a text section and sets the OpenPDF elements with the same structure as the screen:
 * paragraphs, headings (bold), bullet, numbered and lettered lists (nested ones indented, numbering kept), tables (see
 * {@link MarkdownTabel}), quotes (indented) and horizontal rules. Code and HTML appear as plain text.
 * <p>
 * Tags follow the same structure: P, H3 for every Markdown heading (the section's own heading is H2; mapping
 * Markdown levels would skip levels when a text starts at "###"), L, Table, BlockQuote; a rule is an artifact.
 */
final class MarkdownNaarPdf {

    static final float ALINEA_NA = 6f;
    private static final float SYMBOOL_INSPRINGING = 16f;
    private static final float CITAAT_INSPRINGING = 18f;

    private final PdfOpmaak opmaak;
    private final InlineNaarPdf inline;
    private final MarkdownTabel tabel;

    MarkdownNaarPdf(PdfOpmaak opmaak) {
        this.opmaak = opmaak;
        this.inline = new InlineNaarPdf(opmaak);
        this.tabel = new MarkdownTabel(inline);
    }

    /** Sets the blocks of a whole text section under the document's structure element. */
    void zet(String markdown, Zetter zetter) {
        zet(Markdown.parse(markdown), 0, zetter, zetter.document());
    }

    /** A one-paragraph text, e.g. a besluitpunt, as inline content; extra paragraphs are joined with a line break. */
    Phrase regel(String markdown) {
        var regel = opmaak.phrase();
        for (Node blok = Markdown.parse(markdown).getFirstChild(); blok != null; blok = blok.getNext()) {
            if (!regel.isEmpty()) {
                regel.add(inline.chunk("\n", false, false));
            }
            regel.add(inhoud(blok));
        }
        return regel;
    }

    private void zet(Node ouder, float inspringing, Zetter zetter, PdfStructureElement element) {
        for (Node blok = ouder.getFirstChild(); blok != null; blok = blok.getNext()) {
            switch (blok) {
                case org.commonmark.node.Paragraph alinea ->
                        zetter.alinea(element, alinea(inhoud(alinea), inspringing, 0));
                case Heading kop -> zetter.kop(element, 3, alinea(inline.phrase(kop, true, false), inspringing, 4));
                case ListBlock lijst -> zetter.lijst(element, metRuimteNa(lijst(lijst, inspringing, 0)));
                case TableBlock tabelblok -> zetter.tabel(element, tabel.maak(tabelblok), false);
                case BlockQuote citaat -> zet(citaat, inspringing + CITAAT_INSPRINGING, zetter,
                        zetter.structuur().element(element, PdfName.BLOCKQUOTE));
                case ThematicBreak streep -> zetter.streep(0);
                default -> zetter.alinea(element, alinea(inhoud(blok), inspringing, 0));
            }
        }
    }

    /** The inline content of a block; code and HTML blocks keep their text and line breaks. */
    private Phrase inhoud(Node blok) {
        return switch (blok) {
            case FencedCodeBlock code -> letterlijk(code.getLiteral());
            case IndentedCodeBlock code -> letterlijk(code.getLiteral());
            case HtmlBlock html -> letterlijk(html.getLiteral());
            case ListBlock lijst -> letterlijk(Platte.tekst(lijst));
            default -> inline.phrase(blok, false, false);
        };
    }

    private Phrase letterlijk(String tekst) {
        var phrase = opmaak.phrase();
        phrase.add(inline.chunk(tekst.stripTrailing(), false, false));
        return phrase;
    }

    private Paragraph alinea(Phrase inhoud, float inspringing, float ruimteVoor) {
        var alinea = opmaak.alinea();
        alinea.add(inhoud);
        alinea.setIndentationLeft(inspringing);
        alinea.setSpacingBefore(ruimteVoor);
        alinea.setSpacingAfter(ALINEA_NA);
        return alinea;
    }

    private org.openpdf.text.List lijst(ListBlock blok, float inspringing, int diepte) {
        // The labels are set here rather than by OpenPDF's numbered list, which counts a nested list as an item
        // (the item after "A." with a nested list would become "C.").
        var lijst = new org.openpdf.text.List(false, SYMBOOL_INSPRINGING);
        lijst.setIndentationLeft(inspringing);
        lijst.setListSymbol(new Chunk(diepte == 0 ? "•" : "–", opmaak.tekst()));
        int positie = 0;
        for (Node item = blok.getFirstChild(); item != null; item = item.getNext()) {
            var listItem = opmaak.lijstitem();
            listItem.setSpacingAfter(blok.isTight() ? 1 : 4);
            List<org.openpdf.text.List> geneste = new ArrayList<>();
            for (Node deel = item.getFirstChild(); deel != null; deel = deel.getNext()) {
                if (deel instanceof ListBlock sublijst) {
                    geneste.add(lijst(sublijst, 0, diepte + 1));
                } else {
                    if (!listItem.isEmpty()) {
                        listItem.add(inline.chunk("\n", false, false));
                    }
                    listItem.add(inhoud(deel));
                }
            }
            if (blok instanceof OrderedList genummerd) {
                // Before adding: OpenPDF gives an item the list's symbol only if it has none yet.
                listItem.setListSymbol(new Chunk(label(genummerd, positie) + " ", opmaak.tekst()));
            }
            positie++;
            lijst.add(listItem);
            geneste.forEach(lijst::add);
        }
        return lijst;
    }

    /** "3." for the third item of a numbered list, "C." or "c)" for a lettered one, as in the Markdown. */
    static String label(OrderedList lijst, int positie) {
        if (lijst instanceof Letterlijst letters) {
            return letters.label(positie);
        }
        Integer start = lijst.getMarkerStartNumber();
        String scheiding = lijst.getMarkerDelimiter() == null ? "." : lijst.getMarkerDelimiter();
        return (start == null ? 1 : start) + positie + scheiding;
    }

    /** Gives the last item of a list (or of its last nested list) the space after a paragraph. */
    private static org.openpdf.text.List metRuimteNa(org.openpdf.text.List lijst) {
        List<Element> items = lijst.getItems();
        if (!items.isEmpty()) {
            switch (items.getLast()) {
                case ListItem item -> item.setSpacingAfter(ALINEA_NA);
                case org.openpdf.text.List genest -> metRuimteNa(genest);
                default -> { }
            }
        }
        return lijst;
    }
}
