package nl.wijkafspraken.afspraken.web;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import nl.wijkafspraken.afspraken.AfsprakenService;
import nl.wijkafspraken.afspraken.Partij;
import nl.wijkafspraken.afspraken.Uitkomst;
import nl.wijkafspraken.afspraken.VerlengingService;
import nl.wijkafspraken.gedeeld.DomeinregelException;
import nl.wijkafspraken.gedeeld.EenmaligeInzending;
import nl.wijkafspraken.gedeeld.Melding;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.StringUtils;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Recording a renewal meeting at the gezamenlijk wijkoverleg, and reading its record. */
@Controller
@RequestMapping("/afspraken/{id}/verlengingen")
class VerlengingController {

    private final VerlengingService verlengingen;
    private final AfsprakenService afspraken;
    private final Clock clock;

    VerlengingController(VerlengingService verlengingen, AfsprakenService afspraken, Clock clock) {
        this.verlengingen = verlengingen;
        this.afspraken = afspraken;
        this.clock = clock;
    }

    @GetMapping("/nieuw")
    String nieuw(@PathVariable long id, Model model) {
        var partijen = verlengingen.aanwezigenTeKiezen(id);
        model.addAttribute("form", VerlengingFormData.voor(partijen, LocalDate.now(clock)));
        return formulier(model, id, partijen);
    }

    @EenmaligeInzending
    @PostMapping("/nieuw")
    String legVast(@PathVariable long id, @Valid @ModelAttribute("form") VerlengingFormData form,
            BindingResult fouten, Model model, RedirectAttributes redirect) {
        var partijen = verlengingen.aanwezigenTeKiezen(id);
        for (int i = 0; i < form.getPartijen().size(); i++) {
            var partij = form.getPartijen().get(i);
            if (!partij.isAanwezig() && (StringUtils.hasText(partij.getWatWerkt())
                    || StringUtils.hasText(partij.getWatAnders()))) {
                fouten.rejectValue("partijen[" + i + "].aanwezig", "afspraken.verlenging.evaluatieZonderAanwezig");
            }
        }
        if (!fouten.hasErrors()) {
            try {
                var verlengingId = verlengingen.legVast(id, form.verslag());
                redirect.addFlashAttribute("melding",
                        Melding.succes("afspraken.verlenging.vastgelegd." + form.getUitkomst()));
                return "redirect:/afspraken/" + id + "/verlengingen/" + verlengingId;
            } catch (DomeinregelException e) {
                e.toonIn(fouten);
            }
        }
        return formulier(model, id, partijen);
    }

    @GetMapping("/{verlengingId}")
    String verlenging(@PathVariable long id, @PathVariable long verlengingId, Model model) {
        model.addAttribute("weergave", verlengingen.verlenging(id, verlengingId));
        return "afspraken/verlenging";
    }

    private String formulier(Model model, long id, List<Partij> partijen) {
        model.addAttribute("overzicht", afspraken.overzicht(id));
        model.addAttribute("partijen", partijen);
        model.addAttribute("uitkomsten", Uitkomst.values());
        return "afspraken/verlenging-formulier";
    }
}
