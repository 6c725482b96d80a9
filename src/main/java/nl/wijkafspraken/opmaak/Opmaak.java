package nl.wijkafspraken.opmaak;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.Node;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.AttributeProvider;
import org.commonmark.renderer.html.DefaultUrlSanitizer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.HtmlWriter;
import org.springframework.stereotype.Component;

/**
 * Turns the Markdown of a text section into HTML that is safe for {@code th:utext}, e.g.
 * {@code th:utext="${@opmaak.naarHtml(sectie.tekst)}"}.
 * <p>
 * Safe means: HTML in the input is shown as text, links keep only the {@code http}, {@code https} and
 * {@code mailto} schemes (a {@code javascript:} link loses its target), and images are shown as their alternative
 * text, because a document must not fetch anything from elsewhere. Headings in the text are shifted two levels down
 * ({@code #} becomes {@code <h3>}), since the page's own title and section titles are {@code <h1>} and
 * {@code <h2>}. Table header cells get {@code scope="col"}. Stateless and thread-safe.
 */
@Component
public class Opmaak {

    /** How far a Markdown heading is shifted down, see the class comment. */
    static final int KOPNIVEAU_VERSCHUIVING = 2;

    private static final HtmlRenderer RENDERER = HtmlRenderer.builder()
            .extensions(Markdown.EXTENSIES)
            .escapeHtml(true)
            .sanitizeUrls(true)
            .urlSanitizer(new DefaultUrlSanitizer(List.of("http", "https", "mailto")))
            .attributeProviderFactory(context -> new KopcelScope())
            .nodeRendererFactory(AfbeeldingAlsTekst::new)
            .nodeRendererFactory(VerschovenKop::new)
            .build();

    /** Markdown to safe HTML; {@code null} or blank gives the empty string. */
    public String naarHtml(String markdown) {
        if (Markdown.isLeeg(markdown)) {
            return "";
        }
        return RENDERER.render(Markdown.parse(markdown));
    }

    private static final class KopcelScope implements AttributeProvider {
        @Override
        public void setAttributes(Node node, String tagName, Map<String, String> attributes) {
            if (node instanceof TableCell cel && cel.isHeader()) {
                attributes.put("scope", "col");
            }
        }
    }

    private record AfbeeldingAlsTekst(HtmlNodeRendererContext context) implements NodeRenderer {
        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(Image.class);
        }

        @Override
        public void render(Node node) {
            context.getWriter().text(Platte.tekst(node));
        }
    }

    private record VerschovenKop(HtmlNodeRendererContext context) implements NodeRenderer {
        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(Heading.class);
        }

        @Override
        public void render(Node node) {
            String tag = "h" + Math.min(6, ((Heading) node).getLevel() + KOPNIVEAU_VERSCHUIVING);
            HtmlWriter html = context.getWriter();
            html.line();
            html.tag(tag, context.extendAttributes(node, tag, Map.of()));
            for (Node kind = node.getFirstChild(); kind != null; kind = kind.getNext()) {
                context.render(kind);
            }
            html.tag("/" + tag);
            html.line();
        }
    }
}
