package nl.wijkafspraken.opmaak;

import org.commonmark.node.CustomNode;
import org.commonmark.node.Delimited;
import org.commonmark.node.Node;
import org.commonmark.node.Nodes;
import org.commonmark.node.Text;
import org.commonmark.parser.delimiter.DelimiterProcessor;
import org.commonmark.parser.delimiter.DelimiterRun;

/**
 * Superscript, written {@code 1^e^} (the Pandoc syntax, also what flexmark and many editors use): Dutch ordinals
 * ("1^e^ wijziging") and footnote marks. A single caret without its partner stays a caret, so "2^10" is text.
 */
final class Superschrift extends CustomNode implements Delimited {

    static final char TEKEN = '^';

    @Override
    public String getOpeningDelimiter() {
        return String.valueOf(TEKEN);
    }

    @Override
    public String getClosingDelimiter() {
        return String.valueOf(TEKEN);
    }

    /** Wraps the text between {@code ^} and {@code ^} in a {@link Superschrift}. */
    static final class Verwerker implements DelimiterProcessor {

        @Override
        public char getOpeningCharacter() {
            return TEKEN;
        }

        @Override
        public char getClosingCharacter() {
            return TEKEN;
        }

        @Override
        public int getMinLength() {
            return 1;
        }

        @Override
        public int process(DelimiterRun opening, DelimiterRun sluiting) {
            if (opening.length() != 1 || sluiting.length() != 1) {
                return 0;
            }
            Text opener = opening.getOpener();
            var superschrift = new Superschrift();
            for (Node node : Nodes.between(opener, sluiting.getCloser())) {
                superschrift.appendChild(node);
            }
            opener.insertAfter(superschrift);
            return 1;
        }
    }
}
