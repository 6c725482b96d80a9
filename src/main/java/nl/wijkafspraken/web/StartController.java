package nl.wijkafspraken.web;

import nl.wijkafspraken.account.SsoRegistraties;
import nl.wijkafspraken.afspraken.AfsprakenService;
import nl.wijkafspraken.besluit.BesluitService;
import nl.wijkafspraken.convenant.ConvenantService;
import nl.wijkafspraken.gedeeld.Actie;
import nl.wijkafspraken.gedeeld.Rechten;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The login page (password, or SSO through the gemeente's identity provider), and the start page after login. For medewerkers the start page is a dashboard of the active
 * gemeente: where the afspraken stand (status, version in force, next renewal, einddatum, wijkoverleggen not yet
 * party or not yet signed) and the convenanten still in force.
 */
@Controller
class StartController {

    private final Rechten rechten;
    private final AfsprakenService afspraken;
    private final ConvenantService convenanten;
    private final SsoRegistraties ssoRegistraties;
    private final BesluitService besluiten;

    StartController(Rechten rechten, AfsprakenService afspraken, ConvenantService convenanten,
            SsoRegistraties ssoRegistraties, BesluitService besluiten) {
        this.besluiten = besluiten;
        this.rechten = rechten;
        this.afspraken = afspraken;
        this.convenanten = convenanten;
        this.ssoRegistraties = ssoRegistraties;
    }

    /** The login form, and a button per configured identity provider (SSO); none when none is configured. */
    @GetMapping("/login")
    String login(Model model) {
        model.addAttribute("ssoRegistraties", ssoRegistraties.alle());
        return "login";
    }

    @GetMapping("/")
    String start(Model model) {
        if (rechten.mag(Actie.AFSPRAKEN_VOLGEN) && rechten.mag(Actie.CONVENANTEN_LEZEN)) {
            model.addAttribute("standen", afspraken.standen());
            model.addAttribute("geldendeConvenanten", convenanten.nogGeldend());
        }
        if (rechten.mag(Actie.BESLUITVORMING_LEZEN)) {
            model.addAttribute("aantalOngepubliceerd", besluiten.aantalOngepubliceerd());
        }
        return "start";
    }
}
