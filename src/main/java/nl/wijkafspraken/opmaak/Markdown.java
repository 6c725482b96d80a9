package nl.wijkafspraken.opmaak;

import java.util.List;

import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;

/**
 * The one Markdown dialect of the application: CommonMark plus GitHub tables, lettered lists ({@code A.}, {@code a)})
 * and superscript ({@code 1^e^}), see {@link Dialect}. Screen and PDF parse with this same
 * parser, so both see the same structure. The parser is thread-safe.
 */
final class Markdown {

    static final List<Extension> EXTENSIES = List.of(TablesExtension.create(), Dialect.create());

    private static final Parser PARSER = Parser.builder().extensions(EXTENSIES).build();

    private Markdown() {
    }

    static Node parse(String markdown) {
        Node document = PARSER.parse(LetterlijstParser.markeer(markdown == null ? "" : markdown));
        LetterlijstParser.ontmerk(document);
        return document;
    }

    /** Whether the text holds nothing that would be shown: null, blank, or only whitespace. */
    static boolean isLeeg(String markdown) {
        return markdown == null || markdown.isBlank();
    }
}
