package nl.wijkafspraken.wijkoverleg.web;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import nl.wijkafspraken.wijkoverleg.Exportregel;
import nl.wijkafspraken.wijkoverleg.Exportschrijver;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.context.MessageSource;

/**
 * The export as CSV the way Dutch Excel opens it with a double click: RFC 4180 quoting (Apache Commons CSV), ';' as
 * separator (the Dutch list separator, since ',' is the decimal sign), UTF-8 with a byte order mark (without it
 * Excel reads ë as Ã«), dates as 3-12-2026. A text that a spreadsheet would take for a formula gets a leading
 * apostrophe, so it stays text.
 */
final class CsvExport implements Exportschrijver {

    static final String MEDIATYPE = "text/csv;charset=UTF-8";
    private static final CSVFormat FORMAAT = CSVFormat.RFC4180.builder().setDelimiter(';').get();
    private static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("d-M-yyyy");

    private final MessageSource berichten;
    private final Writer uit;
    private CSVPrinter printer;
    private Exportkolommen kolommen;

    CsvExport(MessageSource berichten, OutputStream uit) {
        this.berichten = berichten;
        this.uit = new OutputStreamWriter(uit, StandardCharsets.UTF_8);
    }

    @Override
    public void begin(boolean metContactgegevens) {
        kolommen = new Exportkolommen(berichten, metContactgegevens);
        try {
            uit.write('\uFEFF');
            printer = new CSVPrinter(uit, FORMAAT);
            printer.printRecord(kolommen.koppen());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void regel(Exportregel regel) {
        try {
            printer.printRecord(kolommen.cellen(regel).stream().map(CsvExport::tekst).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void sluit() throws IOException {
        if (printer != null) {
            printer.flush();
        }
        uit.flush();
    }

    static String tekst(Object cel) {
        if (cel == null) {
            return "";
        }
        if (cel instanceof LocalDate datum) {
            return DATUM.format(datum);
        }
        var tekst = cel.toString();
        return cel instanceof String && Exportkolommen.lijktFormule(tekst) ? "'" + tekst : tekst;
    }
}
