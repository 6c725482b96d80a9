package nl.wijkafspraken.opmaak;

import java.util.IdentityHashMap;
import java.util.Map;

import org.openpdf.text.Element;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPRow;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfStructureElement;

/**
 * Sets a {@link PdfPTable} as Table, TR and TH/TD, cell by cell, so that each cell's text is marked content of its
 * own element; backgrounds and borders are artifacts. The header rows are TH with Scope Column; they repeat on a
 * new page as artifacts, since a screen reader has read them already.
 * <p>
 * The page breaks are those of OpenPDF's table layout: as many whole rows as fit, and only a row higher than a
 * whole page is split (its rest keeps the same elements).
 */
final class TabelZetter {

    private static final PdfName BEREIK = new PdfName("Scope");
    private static final PdfName KOLOM = new PdfName("Column");
    private static final PdfName RIJ = new PdfName("Row");

    private final Zetter zetter;
    private final PdfStructureElement element;
    private final PdfPTable tabel;
    private final boolean rijkoppen;
    private final Map<PdfPRow, PdfStructureElement[]> cellen = new IdentityHashMap<>();
    private boolean kopGezet;

    TabelZetter(Zetter zetter, PdfStructureElement element, PdfPTable tabel, boolean rijkoppen) {
        this.zetter = zetter;
        this.element = element;
        this.tabel = tabel;
        this.rijkoppen = rijkoppen;
    }

    void zet() {
        int koppen = tabel.getHeaderRows();
        if (tabel.size() <= koppen) {
            return;
        }
        float x = links();
        for (int k = 0; k < koppen; k++) {
            // The header rows first, so that they come first in the Table also when a body row has to be split
            // before anything is written.
            elementen(tabel.getRow(k), true);
        }
        if (!zetter.bovenaan()) {
            zetter.omlaag(tabel.spacingBefore());
        }
        int rij = koppen;
        while (rij < tabel.size()) {
            float ruimte = zetter.ruimte() - tabel.getHeaderHeight();
            if (tabel.getRowHeight(rij) > ruimte) {
                if (!zetter.bovenaan()) {
                    zetter.nieuwePagina();
                    continue;
                }
                splits(rij, ruimte);
            }
            var lagen = PdfPTable.beginWritingRows(zetter.pagina().getDuplicate());
            for (int k = 0; k < koppen; k++) {
                schrijf(k, x, lagen, kopGezet);
            }
            kopGezet = true;
            do {
                schrijf(rij++, x, lagen, false);
            } while (rij < tabel.size() && tabel.getRowHeight(rij) <= zetter.ruimte());
            PdfPTable.endWritingRows(lagen);
            zetter.pagina().add(lagen[PdfPTable.BASECANVAS]);
            if (rij < tabel.size()) {
                zetter.nieuwePagina();
            }
        }
        zetter.omlaag(tabel.spacingAfter());
    }

    /** Fixes the table's width (a percentage of the text width) and gives the x of its left edge. */
    private float links() {
        float beschikbaar = zetter.rechts() - zetter.links();
        if (!tabel.isLockedWidth()) {
            tabel.setTotalWidth(beschikbaar * tabel.getWidthPercentage() / 100f);
            tabel.setLockedWidth(true);
        }
        float over = beschikbaar - tabel.getTotalWidth();
        return zetter.links() + switch (tabel.getHorizontalAlignment()) {
            case Element.ALIGN_LEFT -> 0;
            case Element.ALIGN_RIGHT -> over;
            default -> over / 2;
        };
    }

    private void schrijf(int index, float x, PdfContentByte[] lagen, boolean herhaling) {
        PdfPRow rij = tabel.getRow(index);
        PdfStructureElement[] elementen = herhaling ? null : elementen(rij, index < tabel.getHeaderRows());
        float y = zetter.y();
        PdfPCell[] rijcellen = rij.getCells();
        for (int k = 0; k < rijcellen.length; k++) {
            if (rijcellen[k] == null) {
                continue;
            }
            var tekst = zetter.pagina().getDuplicate();
            var randen = zetter.pagina().getDuplicate();
            var achtergrond = zetter.pagina().getDuplicate();
            rij.writeCells(k, k + 1, x + rijcellen[k].getLeft(), y,
                    new PdfContentByte[] {lagen[PdfPTable.BASECANVAS], achtergrond, randen, tekst});
            Structuur.artefact(lagen[PdfPTable.BACKGROUNDCANVAS], achtergrond);
            Structuur.artefact(lagen[PdfPTable.LINECANVAS], randen);
            if (herhaling) {
                Structuur.artefact(lagen[PdfPTable.TEXTCANVAS], tekst);
            } else {
                Structuur.markeer(lagen[PdfPTable.TEXTCANVAS], elementen[k], tekst);
            }
        }
        zetter.omlaag(tabel.getRowHeight(index));
    }

    /** The TR of a row and the TH or TD of each of its cells, made when the row is first written. */
    private PdfStructureElement[] elementen(PdfPRow rij, boolean kop) {
        return cellen.computeIfAbsent(rij, nieuw -> {
            var structuur = zetter.structuur();
            var tr = structuur.element(element, PdfName.TABLEROW);
            PdfPCell[] rijcellen = nieuw.getCells();
            var elementen = new PdfStructureElement[rijcellen.length];
            for (int k = 0; k < rijcellen.length; k++) {
                if (rijcellen[k] == null) {
                    continue;
                }
                boolean rijkop = rijkoppen && k == 0 && !kop;
                elementen[k] = structuur.element(tr, kop || rijkop ? PdfName.TH : PdfName.TD);
                if (kop || rijkop) {
                    Structuur.attribuut(elementen[k], PdfName.TABLE, BEREIK, kop ? KOLOM : RIJ);
                }
            }
            return elementen;
        });
    }

    /** Splits a row higher than a page at {@code hoogte}; its rest, the next row, keeps the row's elements. */
    private void splits(int index, float hoogte) {
        PdfPRow rij = tabel.getRow(index);
        var elementen = elementen(rij, false);
        PdfPRow rest = rij.splitRow(tabel, index, hoogte);
        if (rest != null) {
            tabel.getRows().add(index + 1, rest);
            cellen.put(rest, elementen);
        }
    }
}
