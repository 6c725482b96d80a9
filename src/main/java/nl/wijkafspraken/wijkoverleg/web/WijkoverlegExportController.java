package nl.wijkafspraken.wijkoverleg.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import nl.wijkafspraken.wijkoverleg.WijkoverlegExport;
import nl.wijkafspraken.wijkoverleg.WijkoverlegStatus;
import nl.wijkafspraken.wijkoverleg.WijkoverlegZoekopdracht;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The register as a file, CSV or Excel, with the search of the list it was asked from. Written straight to the
 * response while the rows are read: nothing holds the whole file. The check comes first, so a refusal is the
 * ordinary 403 page and not a broken download.
 */
@Controller
@RequestMapping("/wijkoverleggen")
class WijkoverlegExportController {

    private final WijkoverlegExport export;
    private final MessageSource berichten;
    private final Clock clock;

    WijkoverlegExportController(WijkoverlegExport export, MessageSource berichten, Clock clock) {
        this.export = export;
        this.berichten = berichten;
        this.clock = clock;
    }

    @GetMapping("/export.csv")
    void csv(@RequestParam(required = false) String naam, @RequestParam(required = false) Long wijk,
            @RequestParam(required = false) WijkoverlegStatus status, HttpServletResponse response)
            throws IOException {
        export.vereisToegang();
        bijlage(response, CsvExport.MEDIATYPE, "csv");
        var csv = new CsvExport(berichten, response.getOutputStream());
        export.exporteer(new WijkoverlegZoekopdracht(naam, wijk, status), csv);
        csv.sluit();
    }

    @GetMapping("/export.xlsx")
    void xlsx(@RequestParam(required = false) String naam, @RequestParam(required = false) Long wijk,
            @RequestParam(required = false) WijkoverlegStatus status, HttpServletResponse response)
            throws IOException {
        export.vereisToegang();
        var xlsx = new XlsxExport(berichten, berichten.getMessage("wijkoverleg.lijst.titel", null,
                Locale.forLanguageTag("nl-NL")));
        try {
            // The rows go to the workbook's temporary file first: a failure while reading is still an error page.
            export.exporteer(new WijkoverlegZoekopdracht(naam, wijk, status), xlsx);
            bijlage(response, XlsxExport.MEDIATYPE, "xlsx");
            xlsx.schrijfNaar(response.getOutputStream());
        } finally {
            xlsx.sluit();
        }
    }

    private void bijlage(HttpServletResponse response, String mediatype, String extensie) {
        response.setContentType(mediatype);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename("wijkoverleggen-" + LocalDate.now(clock) + "." + extensie, StandardCharsets.UTF_8)
                .build().toString());
    }
}
