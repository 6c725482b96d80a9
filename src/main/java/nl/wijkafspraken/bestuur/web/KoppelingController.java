package nl.wijkafspraken.bestuur.web;

import java.time.Clock;
import nl.wijkafspraken.bestuur.KoppelingService;
import nl.wijkafspraken.gedeeld.DomeinregelException;
import nl.wijkafspraken.gedeeld.EenmaligeInzending;
import nl.wijkafspraken.gedeeld.Melding;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The link between a college member and an account: a BEHEERDER proposes it on the member's own page, a second
 * person confirms or rejects it from the college list. Confirm and reject are buttons without a form of their own,
 * so a refusal comes back as a message on the list.
 */
@Controller
class KoppelingController {

    private static final String LIJST = "redirect:/college";

    private final KoppelingService koppelingen;
    private final Clock clock;

    KoppelingController(KoppelingService koppelingen, Clock clock) {
        this.koppelingen = koppelingen;
        this.clock = clock;
    }

    @GetMapping("/college/{id:\\d+}/koppeling")
    String toon(@PathVariable long id, Model model) {
        var pagina = koppelingen.pagina(id);
        var form = new KoppelingFormData();
        form.setAccountId(pagina.huidigAccount() == null ? null : pagina.huidigAccount().id());
        model.addAttribute("form", form);
        return pagina(model, id);
    }

    @EenmaligeInzending
    @PostMapping("/college/{id:\\d+}/koppeling")
    String stelVoor(@PathVariable long id, @ModelAttribute("form") KoppelingFormData form, BindingResult fouten,
            Model model, RedirectAttributes redirect) {
        if (!fouten.hasErrors()) {
            try {
                koppelingen.stelVoor(id, form.getAccountId());
                redirect.addFlashAttribute("melding", Melding.succes("koppeling.voorgesteld"));
                return LIJST;
            } catch (DomeinregelException e) {
                e.toonIn(fouten);
            }
        }
        return pagina(model, id);
    }

    @PostMapping("/college/koppelingsvoorstellen/{id:\\d+}/bevestigen")
    String bevestig(@PathVariable long id, RedirectAttributes redirect) {
        redirect.addFlashAttribute("melding", Melding.uitkomst("koppeling.bevestigd", () -> koppelingen.bevestig(id)));
        return LIJST;
    }

    @PostMapping("/college/koppelingsvoorstellen/{id:\\d+}/afwijzen")
    String wijsAf(@PathVariable long id, RedirectAttributes redirect) {
        redirect.addFlashAttribute("melding", Melding.uitkomst("koppeling.afgewezen", () -> koppelingen.wijsAf(id)));
        return LIJST;
    }

    private String pagina(Model model, long id) {
        model.addAttribute("pagina", koppelingen.pagina(id));
        model.addAttribute("zone", clock.getZone());
        return "college/koppeling";
    }
}
