package nl.wijkafspraken.ondertekening.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import nl.wijkafspraken.gedeeld.DomeinregelException;
import nl.wijkafspraken.gedeeld.Melding;
import nl.wijkafspraken.ondertekening.GemeenteOndertekening;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The wethouder signs a round for the gemeente while logged in. */
@Controller
@RequestMapping("/ondertekening/rondes/{id}/ondertekenen")
class GemeenteTekenController {

    private final GemeenteOndertekening ondertekening;

    /** The refusal after which the page offers to confirm a different spelling of the name. */
    static final String NAAM_WIJKT_AF = "ondertekening.naam.wijktAf";

    GemeenteTekenController(GemeenteOndertekening ondertekening) {
        this.ondertekening = ondertekening;
    }

    @GetMapping
    String pagina(@PathVariable long id, Model model) {
        model.addAttribute("pagina", ondertekening.pagina(id));
        model.addAttribute("form", new GemeenteTekenFormData());
        return toon(model, new GemeenteBevestigFormData());
    }

    /** The step-up with a code of the authenticator app; a passkey confirms through Spring's WebAuthn endpoint. */
    @PostMapping("/bevestigen")
    String bevestig(@PathVariable long id, @Valid @ModelAttribute("bevestigForm") GemeenteBevestigFormData form,
            BindingResult fouten, Model model, HttpServletRequest request, HttpServletResponse response) {
        if (!fouten.hasErrors()) {
            try {
                ondertekening.bevestigMetCode(form.getCode());
                new HttpSessionSecurityContextRepository().saveContext(SecurityContextHolder.getContext(), request,
                        response);
                return "redirect:/ondertekening/rondes/" + id + "/ondertekenen";
            } catch (DomeinregelException e) {
                e.toonIn(fouten);
            }
        }
        model.addAttribute("pagina", ondertekening.pagina(id));
        model.addAttribute("form", new GemeenteTekenFormData());
        return toon(model, form);
    }

    private String toon(Model model, GemeenteBevestigFormData bevestigForm) {
        model.addAttribute("factor", ondertekening.ondertekenfactor());
        model.addAttribute("bevestigForm", bevestigForm);
        return "ondertekening/gemeente";
    }

    @PostMapping
    String onderteken(@PathVariable long id, @Valid @ModelAttribute("form") GemeenteTekenFormData form,
            BindingResult fouten, Model model, HttpServletRequest request, RedirectAttributes redirect) {
        if (!fouten.hasErrors()) {
            try {
                ondertekening.onderteken(id, form.getNaam(), form.isAkkoord(), form.isAfwijkendeNaam(),
                        Verzoek.herkomst(request));
                redirect.addFlashAttribute("melding", Melding.succes("ondertekening.gemeente.ondertekend"));
                return "redirect:/ondertekening/rondes/" + id;
            } catch (DomeinregelException e) {
                e.toonIn(fouten);
                model.addAttribute("naamAfwijkend", NAAM_WIJKT_AF.equals(e.getBerichtcode()));
            }
        }
        model.addAttribute("pagina", ondertekening.pagina(id));
        return toon(model, new GemeenteBevestigFormData());
    }
}
