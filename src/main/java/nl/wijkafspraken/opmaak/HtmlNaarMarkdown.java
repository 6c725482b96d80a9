package nl.wijkafspraken.opmaak;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Writes sanitised HTML (see {@link Plakken}) as the application's Markdown: paragraphs, headings, bold, italic,
 * superscript, links (http, https, mailto), bullet, numbered and lettered lists with their nesting, and tables
 * ({@link TabelNaarMarkdown}). Whatever else there is becomes its text.
 */
final class HtmlNaarMarkdown {

    private static final Pattern SPECIAAL = Pattern.compile("([\\\\*_`\\[\\]^])");
    private static final Pattern KOP_AAN_BEGIN = Pattern.compile("^(#{1,6})(\\s)");
    private static final int MAX_KOPNIVEAU = 3;
    private static final Pattern LIJSTMARKER = Pattern.compile("(-|[0-9]{1,9}[.)]|[A-Za-z][.)]) ");
    /** A {@code <br>} until the whitespace is collapsed; then a Markdown hard line break. */
    private static final char REGELEINDE = '\u0000';

    private HtmlNaarMarkdown() {
    }

    static String converteer(Element body) {
        var blokken = new ArrayList<String>();
        blokken(body, blokken);
        return String.join("\n\n", blokken).strip();
    }

    private static void blokken(Element ouder, List<String> blokken) {
        var inline = new StringBuilder();
        for (Node kind : ouder.childNodes()) {
            if (kind instanceof Element element && isBlok(element)) {
                voegAlineaToe(inline, blokken);
                blok(element, blokken);
            } else {
                inline(kind, inline);
            }
        }
        voegAlineaToe(inline, blokken);
    }

    private static void voegAlineaToe(StringBuilder inline, List<String> blokken) {
        String alinea = regels(inline.toString());
        if (!alinea.isEmpty()) {
            blokken.add(KOP_AAN_BEGIN.matcher(alinea).replaceFirst("\\\\$1$2"));
        }
        inline.setLength(0);
    }

    private static boolean isBlok(Element element) {
        return switch (element.normalName()) {
            case "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "table", "blockquote", "li", "tr",
                 "section", "article", "header", "footer", "main", "hr" -> true;
            default -> false;
        };
    }

    private static void blok(Element element, List<String> blokken) {
        switch (element.normalName()) {
            case "h1", "h2", "h3", "h4", "h5", "h6" -> {
                String tekst = inlineVan(element);
                if (!tekst.isEmpty()) {
                    int niveau = Math.min(MAX_KOPNIVEAU, element.normalName().charAt(1) - '0');
                    blokken.add("#".repeat(niveau) + " " + tekst.replace("\n", " "));
                }
            }
            case "ul", "ol" -> {
                String lijst = lijst(element);
                if (!lijst.isBlank()) {
                    blokken.add(lijst.stripTrailing());
                }
            }
            case "table" -> {
                String tabel = TabelNaarMarkdown.tabel(element);
                if (!tabel.isEmpty()) {
                    blokken.add(tabel);
                }
            }
            case "blockquote" -> {
                var binnen = new ArrayList<String>();
                blokken(element, binnen);
                if (!binnen.isEmpty()) {
                    blokken.add(String.join("\n\n", binnen).lines().map(r -> r.isEmpty() ? ">" : "> " + r)
                            .reduce((a, b) -> a + "\n" + b).orElse(""));
                }
            }
            case "hr" -> blokken.add("---");
            default -> blokken(element, blokken);
        }
    }

    /** A list with its items; nested lists are indented to the content of their item. */
    private static String lijst(Element lijst) {
        // LibreOffice writes a nested list beside the items rather than in one; it belongs to the item before.
        for (Element kind : new ArrayList<>(lijst.children())) {
            Element vorige = kind.previousElementSibling();
            if ((kind.nameIs("ol") || kind.nameIs("ul")) && vorige != null && vorige.nameIs("li")) {
                vorige.appendChild(kind);
            }
        }
        var uit = new StringBuilder();
        int nummer = getal(lijst.attr("start"), 1);
        for (Element item : lijst.children()) {
            if (item.nameIs("li")) {
                uit.append(item(item, marker(lijst, nummer++)));
            }
        }
        return uit.toString();
    }

    private static String item(Element item, String marker) {
        var delen = new ArrayList<String>();
        blokken(item, delen);
        String inspringing = " ".repeat(marker.length() + 1);
        var uit = new StringBuilder(marker).append(' ');
        boolean eerste = true;
        for (String regel : itemInhoud(delen).split("\n", -1)) {
            if (!eerste) {
                uit.append('\n').append(regel.isEmpty() ? "" : inspringing);
            }
            uit.append(regel);
            eerste = false;
        }
        return uit.append('\n').toString();
    }

    /** The blocks of an item: a nested list follows its text on the next line, so that the list stays tight. */
    private static String itemInhoud(List<String> delen) {
        var uit = new StringBuilder();
        for (String deel : delen) {
            if (!uit.isEmpty()) {
                uit.append(LIJSTMARKER.matcher(deel).lookingAt() ? "\n" : "\n\n");
            }
            uit.append(deel);
        }
        return uit.toString();
    }

    private static String marker(Element lijst, int nummer) {
        if (lijst.nameIs("ul")) {
            return "-";
        }
        String scheiding = ")".equals(lijst.attr("data-scheiding")) ? ")" : ".";
        String type = lijst.attr("type");
        if ("A".equals(type) || "a".equals(type)) {
            char letter = (char) (type.charAt(0) + Math.clamp(nummer - 1, 0, 25));
            return letter + scheiding;
        }
        return nummer + scheiding;
    }

    private static int getal(String tekst, int standaard) {
        try {
            return tekst.isBlank() ? standaard : Math.max(0, Integer.parseInt(tekst.strip()));
        } catch (NumberFormatException e) {
            return standaard;
        }
    }

    /** The inline Markdown of an element, whitespace collapsed, line breaks kept as hard breaks. */
    static String inlineVan(Element element) {
        var uit = new StringBuilder();
        for (Node kind : element.childNodes()) {
            if (kind instanceof Element blok && isBlok(blok)) {
                uit.append(' ');
                uit.append(inlineVan(blok));
                uit.append(' ');
            } else {
                inline(kind, uit);
            }
        }
        return regels(uit.toString());
    }

    private static void inline(Node node, StringBuilder uit) {
        switch (node) {
            case TextNode tekst -> uit.append(escape(tekst.getWholeText()));
            case Element element -> {
                switch (element.normalName()) {
                    case "br" -> uit.append(REGELEINDE);
                    case "strong", "b" -> omring(element, "**", uit);
                    case "em", "i" -> omring(element, "*", uit);
                    case "sup" -> omring(element, "^", uit);
                    case "a" -> link(element, uit);
                    default -> element.childNodes().forEach(kind -> inline(kind, uit));
                }
            }
            default -> { }
        }
    }

    /**
     * Puts a mark around the element's text, with the spaces it starts or ends with outside the mark (Markdown
     * does not accept "** vet**"); an element with only whitespace gives only that whitespace.
     */
    private static void omring(Element element, String teken, StringBuilder uit) {
        var binnen = new StringBuilder();
        element.childNodes().forEach(kind -> inline(kind, binnen));
        String tekst = binnen.toString().replace('\u00a0', ' ');
        String kern = tekst.strip();
        if (kern.isEmpty()) {
            uit.append(tekst.isEmpty() ? "" : " ");
            return;
        }
        if (kern.startsWith(teken) && kern.endsWith(teken) && kern.length() > 2 * teken.length()) {
            kern = kern.substring(teken.length(), kern.length() - teken.length());
        }
        if (!tekst.equals(kern) && Character.isWhitespace(tekst.charAt(0))) {
            uit.append(' ');
        }
        uit.append(teken).append(kern).append(teken);
        if (Character.isWhitespace(tekst.charAt(tekst.length() - 1))) {
            uit.append(' ');
        }
    }

    private static void link(Element link, StringBuilder uit) {
        var tekst = new StringBuilder();
        link.childNodes().forEach(kind -> inline(kind, tekst));
        String adres = link.attr("abs:href").isEmpty() ? link.attr("href") : link.attr("abs:href");
        String klein = adres.toLowerCase(Locale.ROOT);
        if (klein.startsWith("http://") || klein.startsWith("https://") || klein.startsWith("mailto:")) {
            uit.append('[').append(tekst.toString().strip()).append("](")
                    .append(adres.replace(" ", "%20").replace(")", "%29").replace("(", "%28")).append(')');
        } else {
            uit.append(tekst);
        }
    }

    private static String escape(String tekst) {
        return SPECIAAL.matcher(tekst.replace(REGELEINDE, ' ')).replaceAll("\\\\$1");
    }

    /** Collapses whitespace (also non-breaking spaces) and trims every line. */
    private static String regels(String tekst) {
        String samengevat = tekst.replace('\u00a0', ' ').replaceAll("[ \\t\\r\\n\\f]+", " ");
        var regels = new ArrayList<String>();
        for (String regel : samengevat.split(String.valueOf(REGELEINDE), -1)) {
            regels.add(regel.strip());
        }
        while (!regels.isEmpty() && regels.getLast().isEmpty()) {
            regels.removeLast();
        }
        while (!regels.isEmpty() && regels.getFirst().isEmpty()) {
            regels.removeFirst();
        }
        return String.join("\\\n", regels);
    }
}
