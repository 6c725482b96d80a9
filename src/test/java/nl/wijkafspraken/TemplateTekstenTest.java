package nl.wijkafspraken;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.attoparser.ParseException;
import org.attoparser.config.ParseConfiguration;
import org.attoparser.dom.DOMMarkupParser;
import org.attoparser.dom.Element;
import org.attoparser.dom.INestableNode;
import org.attoparser.dom.Text;
import org.junit.jupiter.api.Test;

/**
 * All screen text comes from messages.properties (house style), so it can be reviewed and changed in one place.
 * Scans every template, also those added later, with attoparser, the HTML parser Thymeleaf itself uses.
 */
class TemplateTekstenTest {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Path MESSAGES = Path.of("src/main/resources/messages.properties");

    /** Attributes a user sees or hears (tooltip, screen reader, empty field). */
    private static final Set<String> ZICHTBARE_ATTRIBUTEN =
            Set.of("title", "alt", "aria-label", "aria-description", "placeholder");
    private static final Set<String> KNOPTYPES = Set.of("submit", "button", "reset");
    private static final Set<String> GEEN_SCHERMTEKST = Set.of("script", "style");

    private static final Pattern LETTER = Pattern.compile("\\p{L}");
    private static final Pattern ENTITEIT = Pattern.compile("&#?[A-Za-z0-9]+;");
    private static final Pattern INLINE_EXPRESSIE = Pattern.compile("\\[\\[.*?]]|\\[\\(.*?\\)]", Pattern.DOTALL);
    /** An innermost ${…}, #{…}, *{…}, @{…} or ~{…}; removed repeatedly to get at what is left outside them. */
    private static final Pattern EXPRESSIE = Pattern.compile("[$#*@~]\\{[^{}]*}");
    private static final Pattern LITERAL = Pattern.compile("'([^']*)'|\\|([^|]*)\\|");

    private static final Pattern BERICHTSLEUTEL = Pattern.compile("#\\{\\s*([\\w.-]+)\\s*[}(]");
    private static final Pattern MESSAGES_AANROEP =
            Pattern.compile("#messages\\.msg\\w*\\(\\s*'([\\w.-]+)'\\s*[,)]");

    @Test
    void templatesBevattenGeenLetterlijkeSchermtekst() throws IOException, ParseException {
        var vondsten = new ArrayList<String>();
        for (var pad : templates()) {
            var template = new Template(TEMPLATES.relativize(pad), Files.readString(pad));
            var document = new DOMMarkupParser(ParseConfiguration.htmlConfiguration())
                    .parse(pad.toString(), template.inhoud());
            zoekLetterlijkeTekst(document, false, template, vondsten);
        }
        assertThat(vondsten)
                .as("literal text in templates: put it in messages.properties and use th:text=\"#{key}\"")
                .isEmpty();
    }

    @Test
    void elkeBerichtsleutelInEenTemplateStaatInMessagesProperties() throws IOException {
        var berichten = new Properties();
        try (Reader reader = Files.newBufferedReader(MESSAGES, StandardCharsets.UTF_8)) {
            berichten.load(reader);
        }
        var ontbrekend = new TreeSet<String>();
        for (var template : templates()) {
            var inhoud = Files.readString(template);
            for (var patroon : List.of(BERICHTSLEUTEL, MESSAGES_AANROEP)) {
                patroon.matcher(inhoud).results().map(m -> m.group(1))
                        .filter(sleutel -> !berichten.containsKey(sleutel))
                        .forEach(sleutel -> ontbrekend.add(TEMPLATES.relativize(template) + ": " + sleutel));
            }
        }
        assertThat(ontbrekend).as("message keys used in templates but missing from " + MESSAGES).isEmpty();
    }

    /**
     * Walks the tree; {@code vervangen} means Thymeleaf replaces this content at runtime (th:text, th:utext,
     * th:replace, th:insert, th:remove), so what is written there is only a placeholder for the designer.
     */
    private static void zoekLetterlijkeTekst(INestableNode ouder, boolean vervangen, Template template,
            List<String> vondsten) {
        for (var kind : ouder.getChildren()) {
            if (kind instanceof Text tekst && !vervangen && heeftLetters(zonderInlineExpressies(tekst.getContent()))) {
                var inhoud = tekst.getContent().strip();
                vondsten.add(template.plaats(inhoud) + ": text \"" + inhoud + "\"");
            } else if (kind instanceof Element element) {
                var attributen = attributen(element);
                var naam = element.getElementName().toLowerCase(Locale.ROOT);
                var verwijderd = thymeleaf(attributen, "remove");
                var zelfVervangen = vervangen || thymeleaf(attributen, "replace") != null
                        || "all".equals(verwijderd);
                if (!zelfVervangen) {
                    controleerAttributen(naam, attributen, template, vondsten);
                }
                var inhoudVervangen = zelfVervangen || thymeleaf(attributen, "text") != null
                        || thymeleaf(attributen, "utext") != null || thymeleaf(attributen, "insert") != null
                        || thymeleaf(attributen, "errors") != null
                        || "body".equals(verwijderd) || "all-but-first".equals(verwijderd);
                if (!GEEN_SCHERMTEKST.contains(naam)) {
                    zoekLetterlijkeTekst(element, inhoudVervangen, template, vondsten);
                }
            }
        }
    }

    private static void controleerAttributen(String element, Map<String, String> attributen, Template template,
            List<String> vondsten) {
        var zichtbaar = new TreeSet<>(ZICHTBARE_ATTRIBUTEN);
        if (element.equals("input") && KNOPTYPES.contains(attributen.getOrDefault("type", ""))) {
            zichtbaar.add("value");
        }
        var thAttr = thymeleaf(attributen, "attr");
        for (var naam : zichtbaar) {
            var waarde = attributen.get(naam);
            var gezetDoorThymeleaf = thymeleaf(attributen, naam) != null || thAttr != null
                    && Pattern.compile("(^|[\\s,])" + Pattern.quote(naam) + "\\s*=").matcher(thAttr).find();
            if (waarde != null && heeftLetters(waarde) && !gezetDoorThymeleaf) {
                vondsten.add(template.plaats(naam + "=\"" + waarde) + ": " + naam + "=\"" + waarde + "\"");
            }
        }
        for (var naam : zichtbaar) {
            controleerExpressie(thymeleaf(attributen, naam), "th:" + naam, template, vondsten);
        }
        controleerExpressie(thymeleaf(attributen, "text"), "th:text", template, vondsten);
        controleerExpressie(thymeleaf(attributen, "utext"), "th:utext", template, vondsten);
    }

    /** A text literal in an expression ({@code th:text="'Opslaan'"}, {@code |Pagina ${n}|}) bypasses the messages. */
    private static void controleerExpressie(String expressie, String attribuut, Template template,
            List<String> vondsten) {
        if (expressie == null) {
            return;
        }
        var rest = expressie;
        for (var vorige = ""; !rest.equals(vorige); ) {
            vorige = rest;
            rest = EXPRESSIE.matcher(rest).replaceAll("");
        }
        var literals = LITERAL.matcher(rest).results()
                .map(m -> m.group(1) != null ? m.group(1) : m.group(2))
                .filter(TemplateTekstenTest::heeftLetters).toList();
        if (!literals.isEmpty()) {
            vondsten.add(template.plaats(expressie) + ": " + attribuut + "=\"" + expressie + "\" has literal text "
                    + literals);
        }
    }

    /** The value of th:X or data-th-X, or null. */
    private static String thymeleaf(Map<String, String> attributen, String naam) {
        var waarde = attributen.get("th:" + naam);
        return waarde != null ? waarde : attributen.get("data-th-" + naam);
    }

    private static Map<String, String> attributen(Element element) {
        var attributen = new HashMap<String, String>();
        element.getAttributeMap().forEach((naam, waarde) ->
                attributen.put(naam.toLowerCase(Locale.ROOT), waarde == null ? "" : waarde));
        return attributen;
    }

    private static String zonderInlineExpressies(String tekst) {
        return INLINE_EXPRESSIE.matcher(tekst).replaceAll("");
    }

    private static boolean heeftLetters(String tekst) {
        return LETTER.matcher(ENTITEIT.matcher(tekst).replaceAll("")).find();
    }

    /**
     * A template's path and text. attoparser's DOM keeps no usable line numbers, so a finding's line is where its
     * text first occurs in the file.
     */
    private record Template(Path pad, String inhoud) {

        String plaats(String fragment) {
            var index = inhoud.indexOf(fragment);
            if (index < 0) {
                return pad.toString();
            }
            return pad + ":" + (inhoud.substring(0, index).chars().filter(teken -> teken == '\n').count() + 1);
        }
    }

    private static List<Path> templates() throws IOException {
        try (Stream<Path> paden = Files.walk(TEMPLATES)) {
            var templates = paden.filter(pad -> pad.toString().endsWith(".html")).sorted().toList();
            assertThat(templates).as("templates under " + TEMPLATES.toAbsolutePath()).isNotEmpty();
            return templates;
        }
    }
}
