package nl.wijkafspraken.besluit.web;

import nl.wijkafspraken.besluit.DocumentExport;
import nl.wijkafspraken.besluit.DocumentExport.Download;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** PDF downloads: a decided or concept collegevoorstel, and the besluitenlijst of a B&W-vergadering. */
@Controller
class ExportController {

    private final DocumentExport export;

    ExportController(DocumentExport export) {
        this.export = export;
    }

    @GetMapping("/collegevoorstellen/{id}/pdf")
    ResponseEntity<byte[]> collegevoorstel(@PathVariable long id) {
        return pdf(export.collegevoorstel(id));
    }

    @GetMapping("/vergaderingen/{id}/besluitenlijst.pdf")
    ResponseEntity<byte[]> besluitenlijst(@PathVariable long id) {
        return pdf(export.besluitenlijst(id));
    }

    private static ResponseEntity<byte[]> pdf(Download download) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(download.bestandsnaam()).build().toString())
                .body(download.inhoud());
    }
}
