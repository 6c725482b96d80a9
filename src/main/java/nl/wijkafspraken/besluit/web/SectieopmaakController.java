package nl.wijkafspraken.besluit.web;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import nl.wijkafspraken.besluit.Sectie;
import nl.wijkafspraken.gedeeld.Actie;
import nl.wijkafspraken.gedeeld.Rechten;
import nl.wijkafspraken.opmaak.Opmaak;
import nl.wijkafspraken.opmaak.Plakken;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Helpers of the voorstel's editor, called by {@code js/sectie-editor.js}: pasted clipboard HTML as Markdown, and
 * the preview of a section rendered by the same rules as the voorstel's page and PDF. Both keep no data; they are
 * only for those who may write voorstellen (CSRF as for every POST). The size is checked before the body is read,
 * so that an oversized paste is refused with a Dutch message instead of being parsed.
 */
@Controller
@RequestMapping("/collegevoorstellen")
class SectieopmaakController {

    /** Word's clipboard HTML is verbose (styles on every span): room for a long section, under Tomcat's 2 MB. */
    static final long MAX_BYTES = 1_500_000;

    private static final MediaType TEKST = new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8);

    private final Plakken plakken;
    private final Opmaak opmaak;
    private final Rechten rechten;
    private final MessageSource berichten;

    SectieopmaakController(Plakken plakken, Opmaak opmaak, Rechten rechten, MessageSource berichten) {
        this.plakken = plakken;
        this.opmaak = opmaak;
        this.rechten = rechten;
        this.berichten = berichten;
    }

    @PostMapping("/plakken")
    ResponseEntity<String> plak(HttpServletRequest request, Locale locale) {
        rechten.vereis(Actie.COLLEGEVOORSTELLEN_SCHRIJVEN);
        if (teGroot(request)) {
            return teGroot(locale);
        }
        String markdown = plakken.naarMarkdown(request.getParameter("html"), request.getParameter("tekst"));
        if (markdown.length() > Sectie.MAX_LENGTE) {
            return teGroot(locale);
        }
        return ResponseEntity.ok().contentType(TEKST).body(markdown);
    }

    @PostMapping("/voorbeeld")
    Object voorbeeld(HttpServletRequest request, Model model, Locale locale) {
        rechten.vereis(Actie.COLLEGEVOORSTELLEN_SCHRIJVEN);
        if (teGroot(request)) {
            return teGroot(locale);
        }
        String tekst = request.getParameter("tekst");
        if (tekst != null && tekst.length() > Sectie.MAX_LENGTE) {
            return teGroot(locale);
        }
        model.addAttribute("html", opmaak.naarHtml(tekst));
        return "collegevoorstel/formulier :: voorbeeld";
    }

    private static boolean teGroot(HttpServletRequest request) {
        return request.getContentLengthLong() > MAX_BYTES;
    }

    private ResponseEntity<String> teGroot(Locale locale) {
        return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).contentType(TEKST)
                .body(berichten.getMessage("collegevoorstel.plakken.teGroot",
                        new Object[] {Sectie.MAX_LENGTE}, locale));
    }
}
