package nl.wijkafspraken.opmaak;

import java.util.Locale;

import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.openpdf.text.Chunk;
import org.openpdf.text.Phrase;

/**
 * The inline part of Markdown (text, emphasis, superscript, links, line breaks) as a {@link Phrase}. Emphasis becomes the italic
 * font, strong emphasis the bold one. A link shows its text and, where that differs, its address in brackets, since
 * a printed decision must say where it points; a link with a scheme other than http, https or mailto shows only its
 * text, just as on screen. HTML and images appear as text, as on screen.
 */
final class InlineNaarPdf {

    private static final float SUPERSCHRIFT_SCHAAL = 0.65f;

    private final PdfOpmaak opmaak;

    InlineNaarPdf(PdfOpmaak opmaak) {
        this.opmaak = opmaak;
    }

    Phrase phrase(Node ouder, boolean vet, boolean cursief) {
        var phrase = opmaak.phrase();
        voegToe(ouder, vet, cursief, phrase);
        return phrase;
    }

    Chunk chunk(String tekst, boolean vet, boolean cursief) {
        return new Chunk(tekst, opmaak.font(vet, cursief, PdfOpmaak.TEKSTGROOTTE, PdfOpmaak.TEKST));
    }

    /** Smaller and raised by a third of the text size, as a word processor sets "1e". */
    private Chunk superschrift(String tekst, boolean vet, boolean cursief) {
        var chunk = new Chunk(tekst, opmaak.font(vet, cursief, PdfOpmaak.TEKSTGROOTTE * SUPERSCHRIFT_SCHAAL,
                PdfOpmaak.TEKST));
        chunk.setTextRise(PdfOpmaak.TEKSTGROOTTE / 3);
        return chunk;
    }

    private void voegToe(Node ouder, boolean vet, boolean cursief, Phrase doel) {
        for (Node kind = ouder.getFirstChild(); kind != null; kind = kind.getNext()) {
            switch (kind) {
                case Superschrift superschrift -> doel.add(superschrift(Platte.tekst(superschrift), vet, cursief));
                case Text tekst -> doel.add(chunk(tekst.getLiteral(), vet, cursief));
                case Code code -> doel.add(chunk(code.getLiteral(), vet, cursief));
                case Emphasis nadruk -> voegToe(nadruk, vet, true, doel);
                case StrongEmphasis sterk -> voegToe(sterk, true, cursief, doel);
                case SoftLineBreak regeleinde -> doel.add(chunk(" ", vet, cursief));
                case HardLineBreak regeleinde -> doel.add(chunk("\n", vet, cursief));
                case HtmlInline html -> doel.add(chunk(html.getLiteral(), vet, cursief));
                case Image afbeelding -> doel.add(chunk(Platte.tekst(afbeelding), vet, cursief));
                case Link link -> {
                    voegToe(link, vet, cursief, doel);
                    String adres = toegestaan(link.getDestination());
                    if (!adres.isEmpty() && !adres.equals(Platte.tekst(link))
                            && !adres.equals("mailto:" + Platte.tekst(link))) {
                        doel.add(chunk(" (" + adres + ")", vet, cursief));
                    }
                }
                default -> voegToe(kind, vet, cursief, doel);
            }
        }
    }

    /** The address if its scheme is one the screen also keeps (see {@link Opmaak}), otherwise empty. */
    private static String toegestaan(String adres) {
        String klein = adres == null ? "" : adres.strip().toLowerCase(Locale.ROOT);
        if (klein.startsWith("http://") || klein.startsWith("https://") || klein.startsWith("mailto:")) {
            return adres.strip();
        }
        return "";
    }
}
