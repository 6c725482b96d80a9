package nl.wijkafspraken.register.web;

import nl.wijkafspraken.besluit.OpenbaarDocument;
import nl.wijkafspraken.register.Paginering;
import nl.wijkafspraken.register.RegisterService;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.request.WebRequest;

/**
 * The published besluiten (Woo): the list, one besluit, and its PDF. A besluit that is not published does not exist
 * here (404), whatever identificatie is asked for.
 */
@Controller
@RequestMapping("/openbaar/{code}/besluiten")
class BesluitpaginaController {

    private final RegisterService register;

    BesluitpaginaController(RegisterService register) {
        this.register = register;
    }

    @GetMapping
    String lijst(@PathVariable String code, @RequestParam(defaultValue = "0") int pagina, Model model) {
        model.addAttribute("pagina", register.besluiten(code, pagina, Paginering.STANDAARD_AANTAL));
        return "register/besluiten";
    }

    @GetMapping("/{identificatie}")
    String besluit(@PathVariable String code, @PathVariable String identificatie, Model model) {
        model.addAttribute("pagina", register.besluit(code, identificatie));
        return "register/besluit";
    }

    @GetMapping("/{identificatie}/pdf")
    ResponseEntity<byte[]> pdf(@PathVariable String code, @PathVariable String identificatie, WebRequest request) {
        return pdfAntwoord(register.besluitPdf(code, identificatie), request);
    }

    /**
     * The PDF as a download with a name of our own. The decided voorstel never changes, so its decision time is an
     * exact Last-Modified: a client that has it gets 304.
     */
    static ResponseEntity<byte[]> pdfAntwoord(OpenbaarDocument document, WebRequest request) {
        var gewijzigd = document.gewijzigdOp().toEpochMilli();
        if (request.checkNotModified(gewijzigd)) {
            return ResponseEntity.status(304).lastModified(gewijzigd).build();
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF).lastModified(gewijzigd)
                .cacheControl(CacheControl.noCache())
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(document.bestandsnaam()).build().toString())
                .body(document.inhoud());
    }
}
