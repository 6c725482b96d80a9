package nl.wijkafspraken.opmaak;

import java.util.regex.Pattern;

import org.commonmark.internal.ListBlockParser;
import org.commonmark.internal.ListItemParser;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.Text;
import org.commonmark.parser.block.AbstractBlockParserFactory;
import org.commonmark.parser.block.BlockParser;
import org.commonmark.parser.block.BlockStart;
import org.commonmark.parser.block.MatchedBlockParser;
import org.commonmark.parser.block.ParserState;

/**
 * Recognises a list item that starts with one letter and a full stop or bracket ({@code A. }, {@code b) }). The
 * item and list parsers are commonmark's own, so continuation lines, nested lists and tight/loose behave exactly as
 * for {@code 1.}; only the marker differs. Like a numbered list, a lettered one may interrupt a paragraph only when it
 * starts at A, so that "Het college besluit:" followed by "A. …" on the next line becomes a list, while a sentence
 * that happens to start with an initial ("J. de Vries …") in the middle of a paragraph stays text.
 * <p>
 * commonmark-java offers no hook for list markers, hence the use of its (public) internal list parsers; the tests
 * in {@code OpmaakDialectTest} and {@code PlakkenTest} catch a change of their behaviour on an upgrade.
 */
final class LetterlijstParser extends AbstractBlockParserFactory {

    /**
     * Put before a letter that may start an item. commonmark does not try block starts on a line that starts with
     * a letter (a speed-up for ordinary text), so without this mark the parser would never be asked. The mark is a
     * character of Unicode's private use area, removed from the input first and from the tree afterwards.
     */
    static final char MERK = '\uE000';

    private static final Pattern MARKER = Pattern.compile("^" + MERK + "([A-Za-z])([.)])( +|$)");
    private static final Pattern MOGELIJK_ITEM = Pattern.compile("(?m)^([ \t>]*)(?=[A-Za-z][.)](?:[ \t]|$))");
    private static final int CODE_INSPRINGING = 4;

    @Override
    public BlockStart tryStart(ParserState state, MatchedBlockParser matchedBlockParser) {
        if (state.getIndent() >= CODE_INSPRINGING) {
            return BlockStart.none();
        }
        CharSequence regel = state.getLine().getContent();
        int begin = state.getNextNonSpaceIndex();
        var marker = MARKER.matcher(regel.subSequence(begin, regel.length()));
        if (!marker.find() || marker.group(3).isEmpty()) {
            return BlockStart.none();
        }
        BlockParser vorige = matchedBlockParser.getMatchedBlockParser();
        char letter = marker.group(1).charAt(0);
        boolean hoofdletter = Character.isUpperCase(letter);
        int nummer = Character.toUpperCase(letter) - 'A' + 1;
        if (vorige.getBlock() instanceof Paragraph && nummer != 1) {
            return BlockStart.none();
        }
        int markerkolom = state.getColumn() + state.getIndent();
        int spaties = marker.group(3).length();
        int inhoudkolom = markerkolom + 1 + marker.group(1).length() + marker.group(2).length()
                + (spaties >= 5 ? 1 : spaties);
        // Continuation lines have no mark: their indent is measured without it.
        var item = new ListItemParser(state.getIndent(), inhoudkolom - 1 - state.getColumn());
        if (vorige.getBlock() instanceof Letterlijst lijst && lijst.hoofdletters() == hoofdletter
                && lijst.getMarkerDelimiter().equals(marker.group(2))) {
            return BlockStart.of(item).atColumn(inhoudkolom);
        }
        var lijst = new Letterlijst(hoofdletter, marker.group(2).charAt(0), nummer);
        lijst.setTight(true);
        return BlockStart.of(new ListBlockParser(lijst), item).atColumn(inhoudkolom);
    }

    /** The text with {@link #MERK} before every letter that may start an item, and nowhere else. */
    static String markeer(String markdown) {
        return MOGELIJK_ITEM.matcher(markdown.replace(String.valueOf(MERK), "")).replaceAll("$1" + MERK);
    }

    /** Removes the marks that did not become a list item (a "B." inside a paragraph, a line of code). */
    static void ontmerk(Node document) {
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Text text) {
                text.setLiteral(zonder(text.getLiteral()));
            }

            @Override
            public void visit(Code code) {
                code.setLiteral(zonder(code.getLiteral()));
            }

            @Override
            public void visit(FencedCodeBlock code) {
                code.setLiteral(zonder(code.getLiteral()));
            }

            @Override
            public void visit(IndentedCodeBlock code) {
                code.setLiteral(zonder(code.getLiteral()));
            }

            @Override
            public void visit(HtmlBlock html) {
                html.setLiteral(zonder(html.getLiteral()));
            }

            @Override
            public void visit(HtmlInline html) {
                html.setLiteral(zonder(html.getLiteral()));
            }
        });
    }

    private static String zonder(String tekst) {
        return tekst == null || tekst.indexOf(MERK) < 0 ? tekst : tekst.replace(String.valueOf(MERK), "");
    }
}
