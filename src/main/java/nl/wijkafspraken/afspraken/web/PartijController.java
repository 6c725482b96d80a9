package nl.wijkafspraken.afspraken.web;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import nl.wijkafspraken.afspraken.AfsprakenService;
import nl.wijkafspraken.gedeeld.Actie;
import nl.wijkafspraken.gedeeld.DomeinregelException;
import nl.wijkafspraken.gedeeld.EenmaligeInzending;
import nl.wijkafspraken.gedeeld.GeenToegangException;
import nl.wijkafspraken.gedeeld.Melding;
import nl.wijkafspraken.gedeeld.Rechten;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The parties: a wijkoverleg joins (also later, the version in force), or is taken off a concept. */
@Controller
@RequestMapping("/afspraken/{id}/partijen")
class PartijController {

    private final AfsprakenService afspraken;
    private final Clock clock;
    private final Rechten rechten;

    PartijController(AfsprakenService afspraken, Clock clock, Rechten rechten) {
        this.afspraken = afspraken;
        this.clock = clock;
        this.rechten = rechten;
    }

    @GetMapping("/nieuw")
    String nieuw(@PathVariable long id, Model model) {
        var form = new ToetredingFormData();
        form.setDatum(LocalDate.now(clock));
        model.addAttribute("form", form);
        return formulier(model, id);
    }

    @EenmaligeInzending
    @PostMapping("/nieuw")
    String laatToetreden(@PathVariable long id, @Valid @ModelAttribute("form") ToetredingFormData form,
            BindingResult fouten, Model model, RedirectAttributes redirect) {
        rechten.vereis(Actie.AFSPRAKEN_BEHEREN);
        if (!fouten.hasErrors()) {
            try {
                afspraken.laatToetreden(id, form.getWijkoverlegId(), form.getDatum());
                redirect.addFlashAttribute("melding", Melding.succes("afspraken.partij.toegetreden"));
                return "redirect:/afspraken/" + id;
            } catch (DomeinregelException e) {
                e.toonIn(fouten);
            }
        }
        return formulier(model, id);
    }

    @PostMapping("/{wijkoverlegId}/verwijderen")
    String verwijder(@PathVariable long id, @PathVariable long wijkoverlegId, RedirectAttributes redirect) {
        try {
            afspraken.verwijderPartij(id, wijkoverlegId);
            redirect.addFlashAttribute("melding", Melding.succes("afspraken.partij.verwijderd"));
        } catch (DomeinregelException e) {
            redirect.addFlashAttribute("melding", Melding.fout(e.getBerichtcode(), e.getArgumenten()));
        }
        return "redirect:/afspraken/" + id;
    }

    private String formulier(Model model, long id) {
        var overzicht = afspraken.overzicht(id);
        if (!overzicht.magBeheren()) {
            throw new GeenToegangException();
        }
        model.addAttribute("overzicht", overzicht);
        model.addAttribute("kandidaten", afspraken.kandidaten(id));
        return "afspraken/partij";
    }
}
