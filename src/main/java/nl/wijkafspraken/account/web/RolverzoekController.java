package nl.wijkafspraken.account.web;

import nl.wijkafspraken.account.RolverzoekService;
import nl.wijkafspraken.gedeeld.Melding;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A second BEHEERDER confirms or rejects a pending BEHEERDER or BESTUURDER grant, from the user list. A refusal
 * (e.g. one's own request) comes back as a message on that list: the buttons carry no form to show it next to.
 */
@Controller
@RequestMapping("/beheer/rolverzoeken/{id:\\d+}")
class RolverzoekController {

    private static final String LIJST = "redirect:/beheer/accounts";

    private final RolverzoekService rolverzoeken;

    RolverzoekController(RolverzoekService rolverzoeken) {
        this.rolverzoeken = rolverzoeken;
    }

    @PostMapping("/bevestigen")
    String bevestig(@PathVariable long id, RedirectAttributes redirect) {
        redirect.addFlashAttribute("melding", Melding.uitkomst("rolverzoek.bevestigd", () -> rolverzoeken.bevestig(id)));
        return LIJST;
    }

    @PostMapping("/afwijzen")
    String wijsAf(@PathVariable long id, RedirectAttributes redirect) {
        redirect.addFlashAttribute("melding", Melding.uitkomst("rolverzoek.afgewezen", () -> rolverzoeken.wijsAf(id)));
        return LIJST;
    }
}
