package nl.wijkafspraken.opmaak;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;

/** The plain text of a Markdown node, e.g. the alternative text of an image. */
final class Platte {

    private Platte() {
    }

    static String tekst(Node node) {
        var tekst = new StringBuilder();
        node.accept(new AbstractVisitor() {
            @Override
            public void visit(Text text) {
                tekst.append(text.getLiteral());
            }

            @Override
            public void visit(Code code) {
                tekst.append(code.getLiteral());
            }

            @Override
            public void visit(SoftLineBreak softLineBreak) {
                tekst.append(' ');
            }

            @Override
            public void visit(HardLineBreak hardLineBreak) {
                tekst.append(' ');
            }
        });
        return tekst.toString();
    }
}
