package nl.wijkafspraken.zegel.web;

import java.io.IOException;
import java.text.Normalizer;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import nl.wijkafspraken.gedeeld.NietGevondenException;
import nl.wijkafspraken.zegel.Verificatie;
import nl.wijkafspraken.zegel.VerzegeldDocument;
import nl.wijkafspraken.zegel.VerzegeldeDocumenten;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The public verification page (no login): upload a PDF or paste its SHA-256, and see whether it is a document this
 * app sealed, unchanged. Each sealed document has its own page at {@code /verifieren/{identificatie}} (the link and
 * QR code printed in it). A recognised document can be downloaded at a stable address by its SHA-256. Checking
 * changes nothing, so the result is shown straight away; the uploaded file is not kept.
 */
@Controller
@RequestMapping("/verifieren")
class VerificatieController {

    static final String PAGINA = "verifieren/pagina";
    static final String DOCUMENT = "verifieren/document";

    private static final Pattern UUID_VORM =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private final VerzegeldeDocumenten register;
    private final Clock clock;
    private final DataSize maxGrootte;

    VerificatieController(VerzegeldeDocumenten register, Clock clock,
            @Value("${wijkafspraken.verificatie.max-grootte:20MB}") DataSize maxGrootte) {
        this.register = register;
        this.clock = clock;
        this.maxGrootte = maxGrootte;
    }

    /** The page, and the result of a SHA-256 when one was sent ({@code ?sha256=…}: a link that can be shared). */
    @GetMapping
    String pagina(@ModelAttribute("sha256Form") Sha256FormData form, BindingResult fouten, Model model) {
        if (form.getSha256() != null) {
            if (form.getSha256().isBlank()) {
                fouten.rejectValue("sha256", "verificatie.sha256.verplicht");
            } else if (!VerzegeldeDocumenten.isSha256(form.getSha256())) {
                fouten.rejectValue("sha256", "verificatie.sha256.ongeldig");
            } else {
                model.addAttribute("verificatie", register.verifieer(form.getSha256()));
                model.addAttribute("viaBestand", false);
            }
        }
        model.addAttribute("bestandForm", new BestandFormData());
        return pagina(model);
    }

    @PostMapping
    String controleer(@ModelAttribute("bestandForm") BestandFormData form, BindingResult fouten, Model model)
            throws IOException {
        var bestand = form.getBestand();
        if (bestand == null || bestand.isEmpty()) {
            fouten.rejectValue("bestand", "verificatie.bestand.verplicht");
        } else if (bestand.getSize() > maxGrootte.toBytes()) {
            // Refused before reading it into memory.
            fouten.rejectValue("bestand", "verificatie.bestand.teGroot", new Object[] {maxGrootte.toMegabytes()},
                    null);
        } else {
            var verificatie = register.verifieer(bestand.getBytes());
            if (verificatie.uitkomst() == Verificatie.Uitkomst.GEEN_PDF) {
                fouten.rejectValue("bestand", "verificatie.bestand.geenPdf");
            } else {
                model.addAttribute("verificatie", verificatie);
                model.addAttribute("viaBestand", true);
            }
        }
        model.addAttribute("sha256Form", new Sha256FormData());
        return pagina(model);
    }

    /**
     * A recognised document, public at an address that never changes: the signed text with names and functions,
     * exactly as sealed. Always as a download under a name of our own.
     */
    @GetMapping("/{sha256}.pdf")
    ResponseEntity<byte[]> download(@PathVariable String sha256) {
        var document = register.opSha256(sha256).filter(gevonden -> gevonden.sha256().equals(sha256))
                .orElseThrow(() -> new NietGevondenException("Verzegeld document", sha256));
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(bestandsnaam(document)).build().toString())
                .body(register.pdf(document.gemeenteId(), document.id()));
    }

    /**
     * The document's own page, where the link and QR code printed in it lead: what was sealed, when and by whom, as
     * the register shows it. An identifier that is no UUID gets the same 404 as an unknown one.
     */
    @GetMapping("/{identificatie}")
    String document(@PathVariable String identificatie, Model model) {
        var document = uuid(identificatie).flatMap(register::opIdentificatie)
                .orElseThrow(() -> new NietGevondenException("Verzegeld document", identificatie));
        model.addAttribute("document", document);
        model.addAttribute("tijdstempel", document.tijdstempel());
        model.addAttribute("zone", clock.getZone());
        return DOCUMENT;
    }

    /** Only the canonical 36-character form; {@link UUID#fromString} alone also accepts shortened groups. */
    private static Optional<UUID> uuid(String tekst) {
        if (tekst == null || !UUID_VORM.matcher(tekst).matches()) {
            return Optional.empty();
        }
        return Optional.of(UUID.fromString(tekst));
    }

    private String pagina(Model model) {
        model.addAttribute("zone", clock.getZone());
        model.addAttribute("maxMb", maxGrootte.toMegabytes());
        return PAGINA;
    }

    /** e.g. "samenwerkingsafspraken-wijkoverleggen-aalsmeer-versie-2-wijkoverleg-hornmeer.pdf": ASCII only. */
    static String bestandsnaam(VerzegeldDocument document) {
        var beschrijving = document.beschrijving();
        var naam = Normalizer.normalize(beschrijving.titel() + " versie " + beschrijving.versie() + " "
                        + beschrijving.partij(), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-+|-+$)", "");
        if (naam.length() > 120) {
            naam = naam.substring(0, 120).replaceAll("-+$", "");
        }
        return (naam.isEmpty() ? "verzegeld-document" : naam) + ".pdf";
    }
}
