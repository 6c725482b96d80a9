package nl.wijkafspraken.opmaak;

import java.util.ArrayList;
import java.util.List;

import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.node.Node;
import org.openpdf.text.Element;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;

/**
 * A GitHub Markdown table as a {@link PdfPTable}: full text width, thin grey lines, a shaded header row that repeats
 * on a new page, and the column alignment of the Markdown ({@code ---:} for amounts). Column widths follow the
 * longest text in each column, within bounds, so that a description column is wide and amount columns are narrow.
 */
final class MarkdownTabel {

    private final InlineNaarPdf inline;

    MarkdownTabel(InlineNaarPdf inline) {
        this.inline = inline;
    }

    PdfPTable maak(TableBlock blok) {
        List<List<TableCell>> rijen = new ArrayList<>();
        int kopregels = 0;
        for (Node deel = blok.getFirstChild(); deel != null; deel = deel.getNext()) {
            for (Node rij = deel.getFirstChild(); rij != null; rij = rij.getNext()) {
                List<TableCell> cellen = new ArrayList<>();
                for (Node cel = rij.getFirstChild(); cel != null; cel = cel.getNext()) {
                    cellen.add((TableCell) cel);
                }
                rijen.add(cellen);
                kopregels += deel instanceof TableHead ? 1 : 0;
            }
        }
        int kolommen = rijen.stream().mapToInt(List::size).max().orElse(1);
        var tabel = new PdfPTable(breedtes(rijen, kolommen));
        tabel.setWidthPercentage(100);
        tabel.setSpacingBefore(2);
        tabel.setSpacingAfter(8);
        tabel.setHeaderRows(kopregels);
        for (List<TableCell> rij : rijen) {
            for (int k = 0; k < kolommen; k++) {
                tabel.addCell(k < rij.size() ? cel(rij.get(k)) : leeg());
            }
        }
        return tabel;
    }

    private PdfPCell cel(TableCell bron) {
        var cel = new PdfPCell(inline.phrase(bron, bron.isHeader(), false));
        opmaak(cel);
        cel.setHorizontalAlignment(switch (bron.getAlignment()) {
            case RIGHT -> Element.ALIGN_RIGHT;
            case CENTER -> Element.ALIGN_CENTER;
            case null, default -> Element.ALIGN_LEFT;
        });
        if (bron.isHeader()) {
            cel.setBackgroundColor(PdfOpmaak.KOPCEL);
        }
        return cel;
    }

    private PdfPCell leeg() {
        var cel = new PdfPCell(inline.phrase(new TableCell(), false, false));
        opmaak(cel);
        return cel;
    }

    private static void opmaak(PdfPCell cel) {
        cel.setBorderColor(PdfOpmaak.LIJN);
        cel.setBorderWidth(0.5f);
        cel.setPadding(4);
        cel.setPaddingBottom(5);
        cel.setLeading(0, 1.25f);
        cel.setUseAscender(true);
    }

    /** Relative widths: the longest text per column, at least 6 and at most 40 characters. */
    private static float[] breedtes(List<List<TableCell>> rijen, int kolommen) {
        float[] breedtes = new float[kolommen];
        for (List<TableCell> rij : rijen) {
            for (int k = 0; k < rij.size(); k++) {
                breedtes[k] = Math.max(breedtes[k], Platte.tekst(rij.get(k)).length());
            }
        }
        for (int k = 0; k < kolommen; k++) {
            breedtes[k] = Math.clamp(breedtes[k], 6f, 40f);
        }
        return breedtes;
    }
}
