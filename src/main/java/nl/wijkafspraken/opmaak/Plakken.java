package nl.wijkafspraken.opmaak;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;
import org.springframework.stereotype.Component;

/**
 * Turns what a user pastes (from Word, LibreOffice or a web page) into the application's Markdown, so that tables,
 * lists (also lettered ones), bold, italic and superscript survive instead of becoming one run-on paragraph.
 * <p>
 * The clipboard's HTML is parsed by jsoup, repaired where word processors encode structure in styles
 * ({@link WordOpschoning}), then cleaned with a jsoup {@link Safelist} that keeps only the structure Markdown can
 * hold (no scripts, styles, images, event handlers or links other than http, https and mailto), and only then
 * written as Markdown ({@link HtmlNaarMarkdown}). Without HTML, tab-separated lines become a table. The result is
 * ordinary text for the textarea: the user sees and can change it before saving, and the screen and PDF render it
 * with the same safe rules as typed text. Stateless and thread-safe; the size limit is the caller's.
 */
@Component
public class Plakken {

    private static final Safelist TOEGESTAAN = Safelist.none()
            .addTags("p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "b", "strong", "i", "em", "sup", "a", "ul",
                    "ol", "li", "table", "thead", "tbody", "tfoot", "tr", "td", "th", "blockquote", "hr")
            .addAttributes("ol", "type", "start", "data-scheiding")
            .addAttributes("td", "colspan", "rowspan")
            .addAttributes("th", "colspan", "rowspan")
            .addAttributes("a", "href")
            .addProtocols("a", "href", "http", "https", "mailto");

    /**
     * The Markdown for a paste: from {@code html} when it holds anything, otherwise from {@code tekst} (the
     * clipboard's plain text); either may be null.
     */
    public String naarMarkdown(String html, String tekst) {
        if (html != null && !html.isBlank()) {
            String markdown = vanHtml(html);
            if (!markdown.isBlank()) {
                return markdown;
            }
        }
        return tekst == null ? "" : TabelNaarMarkdown.tabsAlsTabel(tekst);
    }

    private static String vanHtml(String html) {
        Document document = Jsoup.parse(html);
        WordOpschoning.herstel(document.body());
        Document schoon = new Cleaner(TOEGESTAAN).clean(document);
        return HtmlNaarMarkdown.converteer(schoon.body());
    }
}
