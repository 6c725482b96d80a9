package nl.wijkafspraken.opmaak;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.DefaultUrlSanitizer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlRenderer;
import org.springframework.stereotype.Component;

/**
 * Turns a chapter of the user guide (module hulp) into HTML: the same Markdown dialect as the texts of the
 * besluitvorming ({@link Markdown}), but where {@link Opmaak} shows an image as its alternative text, a guide shows
 * its screenshots. Only an image named like {@code voorstel-nieuw.png} (a file of the guide's own folder) is shown,
 * from {@code afbeeldingenPad}; any other image stays text, so nothing is fetched from elsewhere. HTML in the text is
 * shown as text, links keep only relative, http, https and mailto targets. The first {@code #} heading is the
 * chapter's title (the page shows it as its {@code <h1>}) and is left out of the body; {@code ##} steps become
 * {@code <h2>}. Stateless and thread-safe.
 */
@Component
public class Gidsopmaak {

    /** A screenshot of the guide: a plain file name, no folder, no scheme. */
    public static final Pattern AFBEELDING = Pattern.compile("[a-z0-9][a-z0-9-]*\\.(png|jpg|webp)");

    /**
     * A chapter as the page shows it.
     *
     * @param titel        the text of the first {@code #} heading
     * @param html         the body without that heading, safe for {@code th:utext}
     * @param afbeeldingen the file names of the screenshots, in order
     * @param koppelingen  the targets of the links, in order
     */
    public record Gidstekst(String titel, String html, List<String> afbeeldingen, List<String> koppelingen) {
    }

    public Gidstekst naarHtml(String markdown, String afbeeldingenPad) {
        var document = Markdown.parse(markdown);
        var titel = "";
        if (document.getFirstChild() instanceof Heading kop && kop.getLevel() == 1) {
            titel = Platte.tekst(kop);
            kop.unlink();
        }
        var afbeeldingen = new ArrayList<String>();
        var koppelingen = new ArrayList<String>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Image image) {
                afbeeldingen.add(image.getDestination());
            }

            @Override
            public void visit(Link link) {
                koppelingen.add(link.getDestination());
                visitChildren(link);
            }
        });
        var renderer = HtmlRenderer.builder()
                .extensions(Markdown.EXTENSIES)
                .escapeHtml(true)
                .sanitizeUrls(true)
                .urlSanitizer(new DefaultUrlSanitizer(List.of("http", "https", "mailto")))
                .attributeProviderFactory(context -> (node, tag, attributen) -> {
                    if (node instanceof TableCell cel && cel.isHeader()) {
                        attributen.put("scope", "col");
                    }
                })
                .nodeRendererFactory(context -> new Schermafdruk(context, afbeeldingenPad))
                .build();
        return new Gidstekst(titel, renderer.render(document), List.copyOf(afbeeldingen), List.copyOf(koppelingen));
    }

    /** A screenshot as an image that scales with the page; anything else as its alternative text. */
    private record Schermafdruk(HtmlNodeRendererContext context, String pad) implements NodeRenderer {
        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(Image.class);
        }

        @Override
        public void render(Node node) {
            var afbeelding = (Image) node;
            var alt = Platte.tekst(afbeelding);
            var html = context.getWriter();
            if (!AFBEELDING.matcher(afbeelding.getDestination()).matches()) {
                html.text(alt);
                return;
            }
            // A link to the image itself: on a phone a screenshot of a 1280 px screen is small, so it can be opened.
            var adres = pad + afbeelding.getDestination();
            html.tag("a", Map.of("href", adres));
            var attributen = new LinkedHashMap<String, String>();
            attributen.put("src", adres);
            attributen.put("alt", alt);
            attributen.put("loading", "lazy");
            html.tag("img", attributen, true);
            html.tag("/a");
        }
    }
}
