package nl.wijkafspraken.opmaak;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Repairs what word processors put on the clipboard before the HTML is sanitised, while their class and style
 * attributes still tell what was meant:
 * <ul>
 *   <li>Word (desktop, 365) writes a list as paragraphs ({@code <p class=MsoListParagraphCxSpFirst
 *   style='mso-list:l0 level2 lfo1'>}) whose number or letter is literal text in a span marked
 *   {@code mso-list:Ignore}. Consecutive list paragraphs become {@code <ol>}/{@code <ul>} again, nested by their
 *   level; the literal marker tells the kind ("A." upper-case letters, "a)" lower-case with bracket, "1." numbers,
 *   anything else a bullet) and where the list starts.</li>
 *   <li>Google Docs and web pages set bold, italic and superscript with styles on spans
 *   ({@code font-weight:700}); Google wraps everything in a {@code <b style="font-weight:normal">}.</li>
 *   <li>LibreOffice writes a footnote as a link to its text: the mark stays as superscript.</li>
 * </ul>
 */
final class WordOpschoning {

    private static final Pattern MSO_LIJST = Pattern.compile("mso-list\\s*:\\s*(l\\d+)\\s+level(\\d+)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern LETTER = Pattern.compile("^\\(?([A-Za-z])([.)])$");
    private static final Pattern NUMMER = Pattern.compile("^\\(?(\\d{1,9})([.)])$");

    private WordOpschoning() {
    }

    static void herstel(Element body) {
        stijlenAlsOpmaak(body);
        for (Element voetnoot : body.select("a.sdfootnotesym, a.sdendnotesym")) {
            var teken = new Element("sup").text(voetnoot.text().strip());
            voetnoot.replaceWith(teken);
            teken.after(new TextNode(" "));
        }
        wordlijsten(body);
    }

    private static void stijlenAlsOpmaak(Element body) {
        for (Element element : body.select("[style]")) {
            String stijl = element.attr("style").toLowerCase(Locale.ROOT).replace(" ", "");
            if (element.nameIs("b") && stijl.contains("font-weight:normal")) {
                element.unwrap();
                continue;
            }
            if (!element.nameIs("span")) {
                continue;
            }
            if (stijl.contains("vertical-align:super")) {
                element.wrap("<sup></sup>");
            }
            if (stijl.contains("font-style:italic")) {
                element.wrap("<em></em>");
            }
            if (stijl.matches(".*font-weight:(bold|[6-9]00).*")) {
                element.wrap("<strong></strong>");
            }
        }
    }

    private static void wordlijsten(Element body) {
        List<Element> reeks = new ArrayList<>();
        for (Element alinea : body.select("p, h1, h2, h3, h4, h5, h6")) {
            if (!isLijstalinea(alinea)) {
                continue;
            }
            if (!reeks.isEmpty() && !volgtOp(reeks.getLast(), alinea)) {
                maakLijst(reeks);
                reeks = new ArrayList<>();
            }
            reeks.add(alinea);
        }
        if (!reeks.isEmpty()) {
            maakLijst(reeks);
        }
    }

    private static boolean isLijstalinea(Element alinea) {
        return MSO_LIJST.matcher(alinea.attr("style")).find();
    }

    /** Whether the paragraph is the next sibling element of the previous one (only whitespace between). */
    private static boolean volgtOp(Element vorige, Element alinea) {
        Node tussen = vorige.nextSibling();
        while (tussen != null && tussen != alinea) {
            if (tussen instanceof Element || tussen instanceof TextNode tekst && !tekst.isBlank()) {
                return false;
            }
            tussen = tussen.nextSibling();
        }
        return tussen == alinea;
    }

    /** Replaces a run of Word list paragraphs by nested lists, in place of the first paragraph. */
    private static void maakLijst(List<Element> alineas) {
        Element eerste = alineas.getFirst();
        Deque<Element> open = new ArrayDeque<>();
        Deque<Integer> niveaus = new ArrayDeque<>();
        Element buitenste = null;
        for (Element alinea : alineas) {
            int niveau = niveau(alinea);
            String marker = haalMarkerWeg(alinea);
            while (!niveaus.isEmpty() && niveaus.peek() > niveau) {
                niveaus.pop();
                open.pop();
            }
            if (niveaus.isEmpty() || niveaus.peek() < niveau) {
                Element lijst = nieuweLijst(marker);
                if (open.isEmpty()) {
                    buitenste = lijst;
                } else {
                    Element laatsteItem = open.peek().children().last();
                    (laatsteItem == null ? open.peek() : laatsteItem).appendChild(lijst);
                }
                open.push(lijst);
                niveaus.push(niveau);
            }
            Element item = open.peek().appendElement("li");
            for (Node kind : new ArrayList<>(alinea.childNodes())) {
                item.appendChild(kind);
            }
        }
        eerste.before(buitenste);
        alineas.forEach(Element::remove);
    }

    private static int niveau(Element alinea) {
        Matcher m = MSO_LIJST.matcher(alinea.attr("style"));
        return m.find() ? Integer.parseInt(m.group(2)) : 1;
    }

    /** Removes Word's literal marker ("A.", "1.", "·") and returns it, trimmed. */
    private static String haalMarkerWeg(Element alinea) {
        var markers = alinea.select("[style*=mso-list:Ignore], [style*=mso-list: Ignore]");
        String marker = markers.isEmpty() ? "" : markers.first().text().replace('\u00a0', ' ').strip();
        markers.remove();
        return marker;
    }

    private static Element nieuweLijst(String marker) {
        Matcher letter = LETTER.matcher(marker);
        if (letter.matches()) {
            char teken = letter.group(1).charAt(0);
            var lijst = new Element("ol").attr("type", Character.isUpperCase(teken) ? "A" : "a");
            lijst.attr("data-scheiding", letter.group(2));
            int start = Character.toUpperCase(teken) - 'A' + 1;
            return start == 1 ? lijst : lijst.attr("start", String.valueOf(start));
        }
        Matcher nummer = NUMMER.matcher(marker);
        if (nummer.matches()) {
            var lijst = new Element("ol").attr("data-scheiding", nummer.group(2));
            return "1".equals(nummer.group(1)) ? lijst : lijst.attr("start", nummer.group(1));
        }
        return new Element("ul");
    }
}
