package nl.wijkafspraken.opmaak;

import java.util.LinkedHashMap;
import java.util.Set;

import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * The application's own additions to CommonMark, for texts as a gemeente writes them in Word: lettered lists
 * ({@link Letterlijst}) and superscript ({@link Superschrift}). One extension for parser and HTML renderer, so that
 * the screen and the PDF ({@link MarkdownNaarPdf}) see the same tree.
 */
final class Dialect implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {

    static Dialect create() {
        return new Dialect();
    }

    @Override
    public void extend(Parser.Builder parser) {
        parser.customBlockParserFactory(new LetterlijstParser());
        parser.customDelimiterProcessor(new Superschrift.Verwerker());
    }

    @Override
    public void extend(HtmlRenderer.Builder renderer) {
        renderer.nodeRendererFactory(LetterlijstHtml::new);
        renderer.nodeRendererFactory(SuperschriftHtml::new);
    }

    /**
     * {@code <ol type="A">}; a list with brackets ({@code a)}) also gets a class, since HTML's type attribute knows
     * no brackets (the style sheet adds them).
     */
    private record LetterlijstHtml(HtmlNodeRendererContext context) implements NodeRenderer {
        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(Letterlijst.class);
        }

        @Override
        public void render(Node node) {
            var lijst = (Letterlijst) node;
            var attributen = new LinkedHashMap<String, String>();
            attributen.put("type", lijst.hoofdletters() ? "A" : "a");
            if (lijst.startnummer() != 1) {
                attributen.put("start", String.valueOf(lijst.startnummer()));
            }
            if (lijst.metHaakje()) {
                // A class for the case too: selectors match the type attribute regardless of case.
                attributen.put("class", lijst.hoofdletters() ? "lijst--haakje lijst--hoofdletters" : "lijst--haakje");
            }
            HtmlWriter html = context.getWriter();
            html.line();
            html.tag("ol", context.extendAttributes(node, "ol", attributen));
            html.line();
            for (Node kind = node.getFirstChild(); kind != null; kind = kind.getNext()) {
                context.render(kind);
            }
            html.line();
            html.tag("/ol");
            html.line();
        }
    }

    private record SuperschriftHtml(HtmlNodeRendererContext context) implements NodeRenderer {
        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(Superschrift.class);
        }

        @Override
        public void render(Node node) {
            HtmlWriter html = context.getWriter();
            html.tag("sup");
            for (Node kind = node.getFirstChild(); kind != null; kind = kind.getNext()) {
                context.render(kind);
            }
            html.tag("/sup");
        }
    }
}
