package nl.wijkafspraken.ondertekening.web;

import jakarta.validation.Valid;
import nl.wijkafspraken.gedeeld.Actie;
import nl.wijkafspraken.gedeeld.DomeinregelException;
import nl.wijkafspraken.gedeeld.EenmaligeInzending;
import nl.wijkafspraken.gedeeld.GeenToegangException;
import nl.wijkafspraken.gedeeld.Melding;
import nl.wijkafspraken.gedeeld.Rechten;
import nl.wijkafspraken.ondertekening.RondeService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The signing rounds of the active gemeente: list, start, follow per party, resend, withdraw. */
@Controller
@RequestMapping("/ondertekening")
class RondeController {

    private final RondeService rondes;
    private final Rechten rechten;

    RondeController(RondeService rondes, Rechten rechten) {
        this.rondes = rondes;
        this.rechten = rechten;
    }

    @GetMapping
    String lijst(Model model) {
        model.addAttribute("rondes", rondes.lijst());
        model.addAttribute("magBeheren", rechten.mag(Actie.RONDES_BEHEREN));
        return "ondertekening/lijst";
    }

    /** Step one chooses the afspraken (also a link from elsewhere: {@code ?afspraken=id}), step two for whom. */
    @GetMapping("/nieuw")
    String nieuw(@RequestParam(name = "afspraken", required = false) Long afsprakenId, Model model) {
        var keuze = rondes.startkeuze(afsprakenId);
        var form = new StartFormData();
        form.setAfsprakenId(keuze.gekozen() != null ? keuze.gekozen()
                : keuze.afspraken().size() == 1 ? keuze.afspraken().getFirst().id() : null);
        if (afsprakenId == null && form.getAfsprakenId() != null) {
            keuze = rondes.startkeuze(form.getAfsprakenId());
        }
        model.addAttribute("keuze", keuze);
        model.addAttribute("form", form);
        return "ondertekening/nieuw";
    }

    @EenmaligeInzending
    @PostMapping("/nieuw")
    String start(@Valid @ModelAttribute("form") StartFormData form, BindingResult fouten, Model model,
            RedirectAttributes redirect) {
        if (!fouten.hasErrors()) {
            try {
                var id = rondes.start(form.getAfsprakenId(), form.wijkoverlegId());
                redirect.addFlashAttribute("melding", Melding.succes("ondertekening.start.gestart"));
                return "redirect:/ondertekening/rondes/" + id;
            } catch (DomeinregelException e) {
                if ("wijkoverlegId".equals(e.getVeld())) {
                    fouten.rejectValue("keuze", e.getBerichtcode(), e.getArgumenten(), e.getBerichtcode());
                } else {
                    e.toonIn(fouten);
                }
            }
        }
        model.addAttribute("keuze", rondes.startkeuze(form.getAfsprakenId()));
        return "ondertekening/nieuw";
    }

    @GetMapping("/rondes/{id}")
    String ronde(@PathVariable long id, Model model) {
        model.addAttribute("ronde", rondes.ronde(id));
        return "ondertekening/ronde";
    }

    @GetMapping("/rondes/{id}/intrekken")
    String intrekken(@PathVariable long id, Model model) {
        return intrekformulier(id, model, new IntrekkingFormData());
    }

    @EenmaligeInzending
    @PostMapping("/rondes/{id}/intrekken")
    String trekIn(@PathVariable long id, @Valid @ModelAttribute("form") IntrekkingFormData form,
            BindingResult fouten, Model model, RedirectAttributes redirect) {
        if (!fouten.hasErrors()) {
            try {
                rondes.trekIn(id, form.getReden());
                redirect.addFlashAttribute("melding", Melding.succes("ondertekening.intrekken.gedaan"));
                return "redirect:/ondertekening/rondes/" + id;
            } catch (DomeinregelException e) {
                e.toonIn(fouten);
            }
        }
        return intrekformulier(id, model, form);
    }

    @EenmaligeInzending
    @PostMapping("/rondes/{id}/uitnodigingen/{uitnodiging}/opnieuw")
    String stuurOpnieuw(@PathVariable long id, @PathVariable long uitnodiging, RedirectAttributes redirect) {
        try {
            rondes.stuurOpnieuw(id, uitnodiging);
            redirect.addFlashAttribute("melding", Melding.succes("ondertekening.opnieuw.gedaan"));
        } catch (DomeinregelException e) {
            redirect.addFlashAttribute("melding", Melding.fout(e.getBerichtcode(), e.getArgumenten()));
        }
        return "redirect:/ondertekening/rondes/" + id;
    }

    private String intrekformulier(long id, Model model, IntrekkingFormData form) {
        var ronde = rondes.ronde(id);
        if (!ronde.magBeheren()) {
            throw new GeenToegangException();
        }
        model.addAttribute("ronde", ronde);
        model.addAttribute("form", form);
        return "ondertekening/intrekken";
    }
}
