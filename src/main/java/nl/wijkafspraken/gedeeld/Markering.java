package nl.wijkafspraken.gedeeld;

import org.springframework.web.util.HtmlUtils;

/**
 * The highlights of a full-text search hit ({@code ts_headline}), made safe for a page. PostgreSQL marks the found
 * words with two characters from Unicode's private use area, which no text in the app is meant to hold (and which
 * {@link #SQL_ZONDER_MARKERINGEN} removes from the text before marking); {@link #naarHtml} escapes everything and
 * only then turns those two characters into {@code <mark>} and {@code </mark>}. So whatever a text holds (HTML,
 * Markdown, script) reaches the page as text, and only the highlights are markup.
 */
public final class Markering {

    public static final String BEGIN = "\uE000";
    public static final String EINDE = "\uE001";

    /** The options of {@code ts_headline} for an excerpt: two fragments of about 10 to 30 words. */
    public static final String UITTREKSEL = "StartSel=" + BEGIN + ", StopSel=" + EINDE
            + ", MaxFragments=2, MaxWords=30, MinWords=10, FragmentDelimiter=\" … \"";

    /** The options of {@code ts_headline} for a title: the whole title, every found word marked. */
    public static final String TITEL = "StartSel=" + BEGIN + ", StopSel=" + EINDE + ", HighlightAll=true";

    /**
     * An SQL expression around a text column ({@code %s}) that removes the two marker characters and the Markdown
     * marks that would only disturb an excerpt: emphasis, table bars and code marks anywhere, heading, quote and
     * bullet marks at the start of a line.
     */
    public static final String SQL_ZONDER_MARKERINGEN =
            "regexp_replace(translate(%s, '" + BEGIN + EINDE + "', ''), '[*|`]+|^\\s*(#+|>+|[-+])\\s+', ' ', 'gn')";

    private Markering() {
    }

    /** The marked text as HTML: all escaped, the marks as {@code <mark>}; null stays null. */
    public static String naarHtml(String gemarkeerd) {
        if (gemarkeerd == null) {
            return null;
        }
        return HtmlUtils.htmlEscape(gemarkeerd, "UTF-8").replace(BEGIN, "<mark>").replace(EINDE, "</mark>");
    }

    /** The marked text as plain text, the marks removed. */
    public static String zonderMarkering(String gemarkeerd) {
        return gemarkeerd == null ? null : gemarkeerd.replace(BEGIN, "").replace(EINDE, "");
    }
}
