package nl.wijkafspraken.wijkoverleg.web;

import jakarta.validation.Valid;
import nl.wijkafspraken.gedeeld.Actie;
import nl.wijkafspraken.gedeeld.DomeinregelException;
import nl.wijkafspraken.gedeeld.EenmaligeInzending;
import nl.wijkafspraken.gedeeld.Melding;
import nl.wijkafspraken.gedeeld.Rechten;
import nl.wijkafspraken.gemeente.GemeenteService;
import nl.wijkafspraken.wijkoverleg.WijkoverlegService;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The wijken of the gemeente with the active wijkoverleggen covering each. Lives in this module because the
 * gemeente module, which owns the wijken, knows nothing of wijkoverleggen.
 */
@Controller
@RequestMapping("/wijken")
class WijkController {

    private static final String FORMULIER = "wijkoverleg/wijk";

    private final GemeenteService gemeenten;
    private final WijkoverlegService wijkoverleggen;
    private final Rechten rechten;

    WijkController(GemeenteService gemeenten, WijkoverlegService wijkoverleggen, Rechten rechten) {
        this.gemeenten = gemeenten;
        this.wijkoverleggen = wijkoverleggen;
        this.rechten = rechten;
    }

    @GetMapping
    String lijst(Model model) {
        model.addAttribute("dekking", wijkoverleggen.wijkdekking());
        return "wijkoverleg/wijken";
    }

    @GetMapping("/nieuw")
    String nieuw(Model model) {
        rechten.vereis(Actie.WIJKEN_BEHEREN);
        model.addAttribute("form", new WijkFormData());
        return FORMULIER;
    }

    @EenmaligeInzending
    @PostMapping("/nieuw")
    String registreer(@Valid @ModelAttribute("form") WijkFormData form, BindingResult fouten,
            RedirectAttributes redirect) {
        rechten.vereis(Actie.WIJKEN_BEHEREN);
        if (!fouten.hasErrors()) {
            try {
                gemeenten.registreerWijk(form.getNaam());
                redirect.addFlashAttribute("melding", Melding.succes("wijk.geregistreerd", form.getNaam().trim()));
                return "redirect:/wijken";
            } catch (DomeinregelException e) {
                fouten.rejectValue("naam", e.getBerichtcode(), e.getArgumenten(), e.getBerichtcode());
            }
        }
        return FORMULIER;
    }

    @GetMapping("/{id}/wijzigen")
    String wijzigen(@PathVariable long id, Model model) {
        rechten.vereis(Actie.WIJKEN_BEHEREN);
        var wijk = gemeenten.wijk(id);
        var form = new WijkFormData();
        form.setNaam(wijk.naam());
        form.setVersie(wijk.versie());
        model.addAttribute("form", form);
        model.addAttribute("wijkId", id);
        return FORMULIER;
    }

    @PostMapping("/{id}/wijzigen")
    String wijzig(@PathVariable long id, @Valid @ModelAttribute("form") WijkFormData form, BindingResult fouten,
            Model model, RedirectAttributes redirect) {
        rechten.vereis(Actie.WIJKEN_BEHEREN);
        if (!fouten.hasErrors()) {
            try {
                gemeenten.hernoemWijk(id, form.getVersie(), form.getNaam());
                redirect.addFlashAttribute("melding", Melding.succes("wijk.gewijzigd", form.getNaam().trim()));
                return "redirect:/wijken";
            } catch (DomeinregelException e) {
                fouten.rejectValue("naam", e.getBerichtcode(), e.getArgumenten(), e.getBerichtcode());
            } catch (OptimisticLockingFailureException e) {
                fouten.reject("conflict.formulier");
            }
        }
        model.addAttribute("wijkId", id);
        return FORMULIER;
    }
}
