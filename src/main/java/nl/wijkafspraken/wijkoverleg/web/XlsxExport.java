package nl.wijkafspraken.wijkoverleg.web;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import nl.wijkafspraken.wijkoverleg.Exportregel;
import nl.wijkafspraken.wijkoverleg.Exportschrijver;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.context.MessageSource;

/**
 * The export as an Excel workbook (Apache POI, streaming: SXSSF keeps a window of {@value #VENSTER} rows in memory
 * and puts the rest in a temporary file). A bold header row that stays in view (frozen pane) with a filter on every
 * column, dates as real dates (sortable, filterable), numbers as numbers. Text is always a text cell, which Excel
 * never evaluates; a text that looks like a formula is also marked quote-prefixed, so editing the cell keeps it text.
 */
final class XlsxExport implements Exportschrijver {

    static final String MEDIATYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final int VENSTER = 100;
    private static final int KOLOMBREEDTE = 22 * 256;

    private final MessageSource berichten;
    private final String bladnaam;
    private final SXSSFWorkbook werkboek = new SXSSFWorkbook(VENSTER);
    private SXSSFSheet blad;
    private Exportkolommen kolommen;
    private CellStyle datumstijl;
    private CellStyle tekstAlsTekst;
    private int aantalKolommen;
    private int rij;

    XlsxExport(MessageSource berichten, String bladnaam) {
        this.berichten = berichten;
        this.bladnaam = bladnaam;
    }

    @Override
    public void begin(boolean metContactgegevens) {
        kolommen = new Exportkolommen(berichten, metContactgegevens);
        blad = werkboek.createSheet(bladnaam);
        datumstijl = werkboek.createCellStyle();
        datumstijl.setDataFormat(werkboek.getCreationHelper().createDataFormat().getFormat("d-m-yyyy"));
        tekstAlsTekst = werkboek.createCellStyle();
        tekstAlsTekst.setQuotePrefixed(true);
        var vet = werkboek.createFont();
        vet.setBold(true);
        var kopstijl = werkboek.createCellStyle();
        kopstijl.setFont(vet);
        var koppen = kolommen.koppen();
        aantalKolommen = koppen.size();
        var kop = blad.createRow(rij++);
        for (int i = 0; i < koppen.size(); i++) {
            var cel = kop.createCell(i);
            cel.setCellValue(koppen.get(i));
            cel.setCellStyle(kopstijl);
            blad.setColumnWidth(i, KOLOMBREEDTE);
        }
        blad.createFreezePane(0, 1);
    }

    @Override
    public void regel(Exportregel regel) {
        schrijf(kolommen.cellen(regel));
    }

    private void schrijf(List<Object> cellen) {
        var r = blad.createRow(rij++);
        for (int i = 0; i < cellen.size(); i++) {
            var waarde = cellen.get(i);
            if (waarde == null) {
                continue;
            }
            var cel = r.createCell(i);
            if (waarde instanceof LocalDate datum) {
                cel.setCellValue(datum);
                cel.setCellStyle(datumstijl);
            } else if (waarde instanceof Number getal) {
                cel.setCellValue(getal.doubleValue());
            } else {
                var tekst = waarde.toString();
                cel.setCellValue(tekst);
                if (Exportkolommen.lijktFormule(tekst)) {
                    cel.setCellStyle(tekstAlsTekst);
                }
            }
        }
    }

    /** Puts the filter over the header and every row written, and writes the file. */
    void schrijfNaar(OutputStream uit) throws IOException {
        blad.setAutoFilter(new CellRangeAddress(0, Math.max(rij - 1, 0), 0, aantalKolommen - 1));
        werkboek.write(uit);
    }

    /** Removes the temporary file, also when nothing was written. */
    void sluit() throws IOException {
        werkboek.close();
    }
}
