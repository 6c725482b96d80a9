package nl.wijkafspraken.wijkoverleg.web;

import java.time.Clock;
import nl.wijkafspraken.gedeeld.Melding;
import nl.wijkafspraken.wijkoverleg.BestuurswijzigingService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Board members' requests that change who can sign, for the gemeente: the list of open requests, a review page per
 * request showing the value now and the value asked for (the confirmation step), and approve or reject from there.
 */
@Controller
class BestuurswijzigingController {

    private final BestuurswijzigingService aanvragen;
    private final Clock clock;

    BestuurswijzigingController(BestuurswijzigingService aanvragen, Clock clock) {
        this.aanvragen = aanvragen;
        this.clock = clock;
    }

    @GetMapping("/wijkoverleggen/bestuurswijzigingen")
    String lijst(Model model) {
        model.addAttribute("aanvragen", aanvragen.open());
        model.addAttribute("zone", clock.getZone());
        return "wijkoverleg/bestuurswijzigingen";
    }

    @GetMapping("/wijkoverleggen/{wijkoverlegId:\\d+}/bestuurswijzigingen/{id:\\d+}")
    String aanvraag(@PathVariable long wijkoverlegId, @PathVariable long id, Model model) {
        model.addAttribute("aanvraag", aanvragen.aanvraag(wijkoverlegId, id));
        model.addAttribute("zone", clock.getZone());
        return "wijkoverleg/bestuurswijziging";
    }

    @PostMapping("/wijkoverleggen/{wijkoverlegId:\\d+}/bestuurswijzigingen/{id:\\d+}/bevestigen")
    String keurGoed(@PathVariable long wijkoverlegId, @PathVariable long id, RedirectAttributes redirect) {
        redirect.addFlashAttribute("melding", Melding.uitkomst("bestuurswijziging.goedgekeurd", () -> {
            aanvragen.keurGoed(wijkoverlegId, id);
            return null;
        }));
        return "redirect:/wijkoverleggen/" + wijkoverlegId;
    }

    @PostMapping("/wijkoverleggen/{wijkoverlegId:\\d+}/bestuurswijzigingen/{id:\\d+}/afwijzen")
    String wijsAf(@PathVariable long wijkoverlegId, @PathVariable long id, RedirectAttributes redirect) {
        redirect.addFlashAttribute("melding", Melding.uitkomst("bestuurswijziging.afgewezen", () -> {
            aanvragen.wijsAf(wijkoverlegId, id);
            return null;
        }));
        return "redirect:/wijkoverleggen/" + wijkoverlegId;
    }
}
