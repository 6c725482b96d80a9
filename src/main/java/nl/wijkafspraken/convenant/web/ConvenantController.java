package nl.wijkafspraken.convenant.web;

import jakarta.validation.Valid;
import java.io.IOException;
import java.io.UncheckedIOException;
import nl.wijkafspraken.convenant.ConvenantService;
import nl.wijkafspraken.gedeeld.Actie;
import nl.wijkafspraken.gedeeld.DomeinregelException;
import nl.wijkafspraken.gedeeld.EenmaligeInzending;
import nl.wijkafspraken.gedeeld.GeenToegangException;
import nl.wijkafspraken.gedeeld.Melding;
import nl.wijkafspraken.gedeeld.Rechten;
import nl.wijkafspraken.wijkoverleg.WijkoverlegService;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The register of the 2007 convenanten. There is no delete and no withdraw here: only a besluit withdraws. */
@Controller
@RequestMapping("/convenanten")
class ConvenantController {

    private static final String FORMULIER = "convenant/formulier";

    private final ConvenantService convenanten;
    private final WijkoverlegService wijkoverleggen;
    private final Rechten rechten;

    ConvenantController(ConvenantService convenanten, WijkoverlegService wijkoverleggen, Rechten rechten) {
        this.convenanten = convenanten;
        this.wijkoverleggen = wijkoverleggen;
        this.rechten = rechten;
    }

    @GetMapping
    String lijst(Model model) {
        model.addAttribute("regels", convenanten.lijst());
        model.addAttribute("magBeheren", rechten.mag(Actie.CONVENANTEN_BEHEREN));
        return "convenant/lijst";
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, Model model) {
        model.addAttribute("overzicht", convenanten.overzicht(id));
        return "convenant/detail";
    }

    /** The scan as a download with a name of our own, never one the uploader chose. */
    @GetMapping("/{id}/scan")
    ResponseEntity<byte[]> scan(@PathVariable long id) {
        var pdf = convenanten.scan(id);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename("convenant-" + id + ".pdf").build().toString())
                .body(pdf);
    }

    @GetMapping("/nieuw")
    String nieuw(Model model) {
        rechten.vereis(Actie.CONVENANTEN_BEHEREN);
        model.addAttribute("form", new ConvenantFormData());
        return formulier(model, null);
    }

    @EenmaligeInzending
    @PostMapping("/nieuw")
    String registreer(@Valid @ModelAttribute("form") ConvenantFormData form, BindingResult fouten, Model model,
            RedirectAttributes redirect) {
        rechten.vereis(Actie.CONVENANTEN_BEHEREN);
        if (!fouten.hasErrors()) {
            try {
                var id = convenanten.registreer(form.gegevens(), bytes(form));
                redirect.addFlashAttribute("melding", Melding.succes("convenant.geregistreerd", form.getTitel().strip()));
                return "redirect:/convenanten/" + id;
            } catch (DomeinregelException e) {
                e.toonIn(fouten);
            }
        }
        return formulier(model, null);
    }

    @GetMapping("/{id}/wijzigen")
    String wijzigen(@PathVariable long id, Model model) {
        var overzicht = convenanten.overzicht(id);
        if (!overzicht.magWijzigen()) {
            throw new GeenToegangException();
        }
        model.addAttribute("form", ConvenantFormData.van(overzicht.convenant()));
        return formulier(model, id);
    }

    @PostMapping("/{id}/wijzigen")
    String wijzig(@PathVariable long id, @Valid @ModelAttribute("form") ConvenantFormData form, BindingResult fouten,
            Model model, RedirectAttributes redirect) {
        rechten.vereis(Actie.CONVENANTEN_BEHEREN);
        if (!fouten.hasErrors()) {
            try {
                convenanten.wijzig(id, form.getVersie(), form.gegevens(), bytes(form));
                redirect.addFlashAttribute("melding", Melding.succes("convenant.gewijzigd", form.getTitel().strip()));
                return "redirect:/convenanten/" + id;
            } catch (DomeinregelException e) {
                e.toonIn(fouten);
            } catch (OptimisticLockingFailureException e) {
                fouten.reject("conflict.formulier");
            }
        }
        return formulier(model, id);
    }

    private String formulier(Model model, Long id) {
        model.addAttribute("convenantId", id);
        if (id != null) {
            model.addAttribute("overzicht", convenanten.overzicht(id));
        }
        model.addAttribute("wijkoverleggen", wijkoverleggen.namen());
        return FORMULIER;
    }

    private static byte[] bytes(ConvenantFormData form) {
        try {
            return form.getScan() == null || form.getScan().isEmpty() ? null : form.getScan().getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
