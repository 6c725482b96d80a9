package nl.wijkafspraken.account.web;

import java.time.Clock;
import nl.wijkafspraken.account.RolverzoekService;
import nl.wijkafspraken.gedeeld.Actie;
import nl.wijkafspraken.gedeeld.Melding;
import nl.wijkafspraken.gedeeld.Rechten;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A second person, a BEHEERDER or the SECRETARIS, confirms or rejects a pending BEHEERDER or BESTUURDER grant: from
 * the user list (BEHEERDER) or from its own page (both). A refusal (e.g. one's own request) comes back as a message
 * on the list the user came from: the buttons carry no form to show it next to.
 */
@Controller
class RolverzoekController {

    private final RolverzoekService rolverzoeken;
    private final Rechten rechten;
    private final Clock clock;

    RolverzoekController(RolverzoekService rolverzoeken, Rechten rechten, Clock clock) {
        this.rolverzoeken = rolverzoeken;
        this.rechten = rechten;
        this.clock = clock;
    }

    @GetMapping("/rolverzoeken")
    String lijst(Model model) {
        model.addAttribute("rolverzoeken", rolverzoeken.open());
        model.addAttribute("zone", clock.getZone());
        return "account/rolverzoeken";
    }

    @PostMapping("/beheer/rolverzoeken/{id:\\d+}/bevestigen")
    String bevestig(@PathVariable long id, RedirectAttributes redirect) {
        redirect.addFlashAttribute("melding", Melding.uitkomst("rolverzoek.bevestigd", () -> rolverzoeken.bevestig(id)));
        return terug();
    }

    @PostMapping("/beheer/rolverzoeken/{id:\\d+}/afwijzen")
    String wijsAf(@PathVariable long id, RedirectAttributes redirect) {
        redirect.addFlashAttribute("melding", Melding.uitkomst("rolverzoek.afgewezen", () -> rolverzoeken.wijsAf(id)));
        return terug();
    }

    /** The BEHEERDER back to the user list, where the requests stand too; the SECRETARIS to the requests' page. */
    private String terug() {
        return rechten.mag(Actie.ACCOUNTS_BEHEREN) ? "redirect:/beheer/accounts" : "redirect:/rolverzoeken";
    }
}
