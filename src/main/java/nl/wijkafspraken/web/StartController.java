package nl.wijkafspraken.web;

import nl.wijkafspraken.afspraken.AfsprakenService;
import nl.wijkafspraken.convenant.ConvenantService;
import nl.wijkafspraken.gedeeld.Actie;
import nl.wijkafspraken.gedeeld.Rechten;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The login page, and the start page after login. For medewerkers the start page is a dashboard of the active
 * gemeente: where the afspraken stand (status, version in force, next renewal, einddatum, wijkoverleggen not yet
 * party or not yet signed) and the convenanten still in force.
 */
@Controller
class StartController {

    private final Rechten rechten;
    private final AfsprakenService afspraken;
    private final ConvenantService convenanten;

    StartController(Rechten rechten, AfsprakenService afspraken, ConvenantService convenanten) {
        this.rechten = rechten;
        this.afspraken = afspraken;
        this.convenanten = convenanten;
    }

    @GetMapping("/login")
    String login() {
        return "login";
    }

    @GetMapping("/")
    String start(Model model) {
        if (rechten.mag(Actie.AFSPRAKEN_VOLGEN) && rechten.mag(Actie.CONVENANTEN_LEZEN)) {
            model.addAttribute("standen", afspraken.standen());
            model.addAttribute("geldendeConvenanten", convenanten.nogGeldend());
        }
        return "start";
    }
}
