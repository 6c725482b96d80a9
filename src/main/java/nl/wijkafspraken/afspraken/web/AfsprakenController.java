package nl.wijkafspraken.afspraken.web;

import jakarta.validation.Valid;
import nl.wijkafspraken.afspraken.AfsprakenService;
import nl.wijkafspraken.afspraken.VersieService;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The afspraken of the gemeente: list, new, the overview page, a new concept, and comparing versions. */
@Controller
@RequestMapping("/afspraken")
class AfsprakenController {

    private final AfsprakenService afspraken;
    private final VersieService versies;
    private final Artikelopmaak artikelopmaak;
    private final Rechten rechten;

    AfsprakenController(AfsprakenService afspraken, VersieService versies, Artikelopmaak artikelopmaak,
            Rechten rechten) {
        this.afspraken = afspraken;
        this.versies = versies;
        this.artikelopmaak = artikelopmaak;
        this.rechten = rechten;
    }

    @GetMapping
    String lijst(Model model) {
        model.addAttribute("regels", afspraken.lijst());
        model.addAttribute("magBeheren", rechten.mag(Actie.AFSPRAKEN_BEHEREN));
        return "afspraken/lijst";
    }

    @GetMapping("/nieuw")
    String nieuw(Model model) {
        rechten.vereis(Actie.AFSPRAKEN_BEHEREN);
        model.addAttribute("form", new AfsprakenFormData());
        return "afspraken/nieuw";
    }

    @EenmaligeInzending
    @PostMapping("/nieuw")
    String maakAan(@Valid @ModelAttribute("form") AfsprakenFormData form, BindingResult fouten,
            RedirectAttributes redirect) {
        rechten.vereis(Actie.AFSPRAKEN_BEHEREN);
        if (!fouten.hasErrors()) {
            try {
                var id = afspraken.maakAan(form.getTitel());
                redirect.addFlashAttribute("melding", Melding.succes("afspraken.aangemaakt", form.getTitel().strip()));
                return "redirect:/afspraken/" + id;
            } catch (DomeinregelException e) {
                e.toonIn(fouten);
            }
        }
        return "afspraken/nieuw";
    }

    /** Medewerkers get the full page; a board member only the text and the own party. */
    @GetMapping("/{id}")
    String detail(@PathVariable long id, Model model) {
        var overzicht = afspraken.overzicht(id);
        model.addAttribute("overzicht", overzicht);
        if (overzicht.beperkt()) {
            overzicht.geldendeVersie().ifPresent(v -> artikelopmaak.voegToe(model, v.getArtikelen()));
            return "afspraken/eigen";
        }
        return "afspraken/detail";
    }

    @EenmaligeInzending
    @PostMapping("/{id}/concept")
    String nieuwConcept(@PathVariable long id, RedirectAttributes redirect) {
        try {
            var nummer = versies.nieuwConcept(id);
            redirect.addFlashAttribute("melding", Melding.succes("afspraken.concept.gestart", nummer));
            return "redirect:/afspraken/" + id + "/versies/" + nummer;
        } catch (DomeinregelException e) {
            redirect.addFlashAttribute("melding", Melding.fout(e.getBerichtcode(), e.getArgumenten()));
            return "redirect:/afspraken/" + id;
        }
    }

    /**
     * Two versions side by side. Without a choice: the concept (or else the vastgestelde version) against the
     * version it was based on.
     */
    @GetMapping("/{id}/vergelijken")
    String vergelijk(@PathVariable long id, @RequestParam(required = false) Integer van,
            @RequestParam(required = false) Integer naar, Model model) {
        var overzicht = afspraken.overzicht(id);
        if (overzicht.beperkt()) {
            throw new GeenToegangException();
        }
        var laatste = overzicht.afspraken().getVersies().getLast();
        int nieuw = naar != null ? naar : laatste.getNummer();
        int oud = van != null ? van : overzicht.afspraken().versie(nieuw)
                .map(v -> v.getGebaseerdOp() != null ? v.getGebaseerdOp() : Math.max(1, nieuw - 1)).orElse(1);
        model.addAttribute("overzicht", overzicht);
        model.addAttribute("vergelijking", versies.vergelijk(id, oud, nieuw));
        return "afspraken/vergelijking";
    }
}
