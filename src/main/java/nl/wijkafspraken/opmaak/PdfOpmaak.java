package nl.wijkafspraken.opmaak;

import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.openpdf.text.Font;
import org.openpdf.text.ListItem;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfPCell;

/**
 * Fonts, sizes and colours of the documents. The fonts are Liberation Sans (SIL Open Font License, see
 * {@code fonts/LiberationSans-LICENSE.txt}), metric-compatible with Arial, which municipal documents usually use.
 * They are embedded as Identity-H subsets, so every Dutch character (ë, ï, é, €, ‘ ’ “ ” –) comes out right and the
 * PDF can be PDF/A.
 * <p>
 * The font files are read once; the {@link BaseFont}s are made per document, so that no two documents written at
 * the same time share a font's subset state.
 * <p>
 * Every paragraph, list item and phrase is made here with an embedded font set on it: OpenPDF writes the space after
 * a paragraph in the paragraph's own font, and its default (Helvetica, not embedded) would break PDF/A.
 */
final class PdfOpmaak {

    /** 2.5 cm in points. */
    static final float MARGE = 2.5f * 72f / 2.54f;

    static final float TEKSTGROOTTE = 10f;
    static final float REGELAFSTAND = 14f;
    static final float KOPGROOTTE = 11f;
    static final float KLEIN = 8f;

    static final Color TEKST = Color.BLACK;
    static final Color GRIJS = new Color(0x59, 0x59, 0x59);
    static final Color LIJN = new Color(0xA6, 0xA6, 0xA6);
    static final Color KOPCEL = new Color(0xE8, 0xEC, 0xF0);
    static final Color ACCENT = new Color(0x1F, 0x3A, 0x5F);
    static final Color WATERMERK = new Color(0xE3, 0xE3, 0xE3);
    static final Color CONCEPT = new Color(0xB0, 0x1E, 0x1E);

    private static final byte[] REGULIER = lees("LiberationSans-Regular.ttf");
    private static final byte[] VET = lees("LiberationSans-Bold.ttf");
    private static final byte[] CURSIEF = lees("LiberationSans-Italic.ttf");
    private static final byte[] VET_CURSIEF = lees("LiberationSans-BoldItalic.ttf");

    private final BaseFont regulier = maak("LiberationSans-Regular.ttf", REGULIER);
    private final BaseFont vet = maak("LiberationSans-Bold.ttf", VET);
    private final BaseFont cursief = maak("LiberationSans-Italic.ttf", CURSIEF);
    private final BaseFont vetCursief = maak("LiberationSans-BoldItalic.ttf", VET_CURSIEF);

    /** A cell of the house table: thin grey lines, the text set on its ascender so that it sits inside them. */
    static PdfPCell cel(Phrase inhoud) {
        var cel = new PdfPCell(inhoud);
        cel.setBorderColor(LIJN);
        cel.setBorderWidth(0.5f);
        cel.setPadding(4);
        cel.setLeading(0, 1.25f);
        cel.setUseAscender(true);
        return cel;
    }

    Paragraph alinea() {
        var alinea = new Paragraph(REGELAFSTAND);
        alinea.setFont(tekst());
        return alinea;
    }

    ListItem lijstitem() {
        var item = new ListItem(REGELAFSTAND);
        item.setFont(tekst());
        return item;
    }

    Phrase phrase() {
        var phrase = new Phrase(REGELAFSTAND);
        phrase.setFont(tekst());
        return phrase;
    }

    Font tekst() {
        return font(false, false, TEKSTGROOTTE, TEKST);
    }

    Font vet() {
        return font(true, false, TEKSTGROOTTE, TEKST);
    }

    Font kop() {
        return font(true, false, KOPGROOTTE, TEKST);
    }

    Font klein() {
        return font(false, false, KLEIN, GRIJS);
    }

    Font font(boolean metVet, boolean metCursief, float grootte, Color kleur) {
        return new Font(basis(metVet, metCursief), grootte, Font.NORMAL, kleur);
    }

    BaseFont basis(boolean metVet, boolean metCursief) {
        if (metVet) {
            return metCursief ? vetCursief : vet;
        }
        return metCursief ? cursief : regulier;
    }

    private static BaseFont maak(String naam, byte[] ttf) {
        try {
            BaseFont font = BaseFont.createFont(naam, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, ttf, null);
            // OpenPDF's CIDSet lists only the glyphs used, not all in the subset, which PDF/A-2 rejects
            // (veraPDF rule 6.2.11.4.2-2); PDF/A-2 does not require a CIDSet, so none is written.
            font.setIncludeCidSet(false);
            return font;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] lees(String bestand) {
        try (InputStream in = PdfOpmaak.class.getResourceAsStream("/fonts/" + bestand)) {
            if (in == null) {
                throw new IllegalStateException("Lettertype ontbreekt op het classpath: fonts/" + bestand);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
