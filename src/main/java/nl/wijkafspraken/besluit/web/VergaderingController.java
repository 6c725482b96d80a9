package nl.wijkafspraken.besluit.web;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import nl.wijkafspraken.besluit.Uitkomst;
import nl.wijkafspraken.besluit.VergaderingService;
import nl.wijkafspraken.besluit.VergaderingStatus;
import nl.wijkafspraken.besluit.Vervalreden;
import nl.wijkafspraken.gedeeld.Actie;
import nl.wijkafspraken.gedeeld.DomeinregelException;
import nl.wijkafspraken.gedeeld.EenmaligeInzending;
import nl.wijkafspraken.gedeeld.Melding;
import nl.wijkafspraken.gedeeld.Rechten;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
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
import org.springframework.web.util.UriComponentsBuilder;

/** The B&W-vergaderingen: list, plan, the agenda, outcomes, closing, and the besluitenlijst. */
@Controller
@RequestMapping("/vergaderingen")
class VergaderingController {

    private static final int PAGINAGROOTTE = 20;

    private final VergaderingService vergaderingen;
    private final Clock clock;
    private final Rechten rechten;

    VergaderingController(VergaderingService vergaderingen, Clock clock, Rechten rechten) {
        this.vergaderingen = vergaderingen;
        this.clock = clock;
        this.rechten = rechten;
    }

    @GetMapping
    String lijst(@RequestParam(required = false) VergaderingStatus status,
            @RequestParam(defaultValue = "0") int pagina, Model model) {
        model.addAttribute("pagina", vergaderingen.zoek(status, PageRequest.of(Math.max(pagina, 0), PAGINAGROOTTE,
                Sort.by(Sort.Direction.DESC, "datum"))));
        model.addAttribute("status", status);
        model.addAttribute("statussen", VergaderingStatus.values());
        model.addAttribute("vandaag", LocalDate.now(clock));
        model.addAttribute("magBeheren", rechten.mag(Actie.VERGADERINGEN_BEHEREN));
        model.addAttribute("basis", UriComponentsBuilder.fromPath("/vergaderingen")
                .queryParamIfPresent("status", Optional.ofNullable(status)).encode().toUriString());
        return "vergadering/lijst";
    }

    @GetMapping("/nieuw")
    String nieuw(Model model) {
        rechten.vereis(Actie.VERGADERINGEN_BEHEREN);
        var form = new VergaderingFormData();
        form.setDatum(LocalDate.now(clock));
        model.addAttribute("form", form);
        return "vergadering/formulier";
    }

    @EenmaligeInzending
    @PostMapping("/nieuw")
    String plan(@Valid @ModelAttribute("form") VergaderingFormData form, BindingResult fouten,
            RedirectAttributes redirect) {
        if (!fouten.hasErrors()) {
            try {
                var id = vergaderingen.plan(form.getDatum());
                redirect.addFlashAttribute("melding", Melding.succes("vergadering.gepland"));
                return "redirect:/vergaderingen/" + id;
            } catch (DomeinregelException e) {
                e.toonIn(fouten);
            }
        }
        rechten.vereis(Actie.VERGADERINGEN_BEHEREN);
        return "vergadering/formulier";
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, Model model) {
        if (!model.containsAttribute("agenderen")) {
            model.addAttribute("agenderen", new AgenderenFormData());
        }
        model.addAttribute("overzicht", vergaderingen.overzicht(id));
        return "vergadering/detail";
    }

    @EenmaligeInzending
    @PostMapping("/{id}/agenda")
    String agendeer(@PathVariable long id, @Valid @ModelAttribute("agenderen") AgenderenFormData form,
            BindingResult fouten, Model model, RedirectAttributes redirect) {
        if (!fouten.hasErrors()) {
            try {
                vergaderingen.agendeer(id, form.getCollegevoorstelId(), form.getNummer());
                redirect.addFlashAttribute("melding", Melding.succes("agendapunt.toegevoegd"));
                return "redirect:/vergaderingen/" + id;
            } catch (DomeinregelException e) {
                if (e.getVeld() == null) {
                    // About the meeting or the voorstel as a whole (closed, incomplete): shown above the page.
                    redirect.addFlashAttribute("melding", Melding.fout(e.getBerichtcode(), e.getArgumenten()));
                    return "redirect:/vergaderingen/" + id;
                }
                e.toonIn(fouten);
            }
        }
        model.addAttribute("overzicht", vergaderingen.overzicht(id));
        return "vergadering/detail";
    }

    @GetMapping("/{id}/agendapunten/{agendapuntId}/van-agenda")
    String vanAgendaBevestigen(@PathVariable long id, @PathVariable long agendapuntId, Model model) {
        rechten.vereis(Actie.VERGADERINGEN_BEHEREN);
        var formulier = vergaderingen.uitkomstFormulier(id, agendapuntId);
        model.addAttribute("formulier", formulier);
        return "vergadering/van-agenda";
    }

    @PostMapping("/{id}/agendapunten/{agendapuntId}/van-agenda")
    String haalVanAgenda(@PathVariable long id, @PathVariable long agendapuntId, RedirectAttributes redirect) {
        try {
            vergaderingen.haalVanAgenda(id, agendapuntId);
            redirect.addFlashAttribute("melding", Melding.succes("agendapunt.vanAgenda"));
        } catch (DomeinregelException e) {
            redirect.addFlashAttribute("melding", Melding.fout(e.getBerichtcode(), e.getArgumenten()));
        }
        return "redirect:/vergaderingen/" + id;
    }

    @GetMapping("/{id}/agendapunten/{agendapuntId}/uitkomst")
    String uitkomst(@PathVariable long id, @PathVariable long agendapuntId, Model model) {
        var formulier = vergaderingen.uitkomstFormulier(id, agendapuntId);
        model.addAttribute("form", UitkomstFormData.voor(formulier.voorstel(), formulier.vergadering().getDatum()));
        return uitkomstFormulier(model, id, agendapuntId);
    }

    @EenmaligeInzending
    @PostMapping("/{id}/agendapunten/{agendapuntId}/uitkomst")
    String legUitkomstVast(@PathVariable long id, @PathVariable long agendapuntId,
            @Valid @ModelAttribute("form") UitkomstFormData form, BindingResult fouten, Model model,
            RedirectAttributes redirect) {
        if (!fouten.hasErrors()) {
            try {
                var besluitId = vergaderingen.legUitkomstVast(id, agendapuntId, form.gegevens());
                redirect.addFlashAttribute("melding", Melding.succes("uitkomst.vastgelegd." + form.getUitkomst()));
                return besluitId != null ? "redirect:/besluiten/" + besluitId : "redirect:/vergaderingen/" + id;
            } catch (DomeinregelException e) {
                e.toonIn(fouten);
            }
        }
        return uitkomstFormulier(model, id, agendapuntId);
    }

    @GetMapping("/{id}/sluiten")
    String sluitenBevestigen(@PathVariable long id, Model model) {
        rechten.vereis(Actie.VERGADERINGEN_BEHEREN);
        model.addAttribute("overzicht", vergaderingen.overzicht(id));
        return "vergadering/sluiten";
    }

    @PostMapping("/{id}/sluiten")
    String sluit(@PathVariable long id, RedirectAttributes redirect) {
        try {
            vergaderingen.sluit(id);
            redirect.addFlashAttribute("melding", Melding.succes("vergadering.gesloten.melding"));
        } catch (DomeinregelException e) {
            redirect.addFlashAttribute("melding", Melding.fout(e.getBerichtcode(), e.getArgumenten()));
        }
        return "redirect:/vergaderingen/" + id;
    }

    @GetMapping("/{id}/besluitenlijst")
    String besluitenlijst(@PathVariable long id, Model model) {
        model.addAttribute("lijst", vergaderingen.besluitenlijst(id));
        // A meeting still to come has no voorlopige besluitenlijst yet, only an agenda (issue 15).
        model.addAttribute("vandaag", LocalDate.now(clock));
        return "vergadering/besluitenlijst";
    }

    private String uitkomstFormulier(Model model, long id, long agendapuntId) {
        model.addAttribute("formulier", vergaderingen.uitkomstFormulier(id, agendapuntId));
        model.addAttribute("uitkomsten", Uitkomst.values());
        model.addAttribute("vervalredenen", Vervalreden.values());
        return "vergadering/uitkomst";
    }
}
