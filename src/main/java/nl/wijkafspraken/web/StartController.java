package nl.wijkafspraken.web;

import nl.wijkafspraken.account.SsoRegistraties;
import nl.wijkafspraken.afspraken.AfsprakenService;
import nl.wijkafspraken.besluit.BesluitService;
import nl.wijkafspraken.besluit.VergaderingService;
import nl.wijkafspraken.convenant.ConvenantService;
import nl.wijkafspraken.gedeeld.Actie;
import nl.wijkafspraken.gedeeld.Rechten;
import nl.wijkafspraken.ondertekening.Ondertekentaken;
import nl.wijkafspraken.post.PostService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The login page (password, or SSO through the gemeente's identity provider), and the start page after login. For
 * medewerkers the start page says first what this person must do now, per role in the active gemeente (issue 15,
 * part 4): the wethouder the rounds that wait for his signature, the civil servant the running rounds, expiring
 * links and renewals due, the secretary the next B&W-vergadering, the beheerder the e-mail that could not be
 * delivered, and everyone who reads the besluiten those still to be published. Then the dashboard of the active
 * gemeente: where the afspraken stand and the convenanten still in force. Each list comes from the module that owns
 * it, in one statement or two.
 */
@Controller
class StartController {

    private final Rechten rechten;
    private final AfsprakenService afspraken;
    private final ConvenantService convenanten;
    private final SsoRegistraties ssoRegistraties;
    private final BesluitService besluiten;
    private final VergaderingService vergaderingen;
    private final Ondertekentaken ondertekentaken;
    private final PostService post;

    StartController(Rechten rechten, AfsprakenService afspraken, ConvenantService convenanten,
            SsoRegistraties ssoRegistraties, BesluitService besluiten, VergaderingService vergaderingen,
            Ondertekentaken ondertekentaken, PostService post) {
        this.besluiten = besluiten;
        this.rechten = rechten;
        this.afspraken = afspraken;
        this.convenanten = convenanten;
        this.ssoRegistraties = ssoRegistraties;
        this.vergaderingen = vergaderingen;
        this.ondertekentaken = ondertekentaken;
        this.post = post;
    }

    /** The login form, and a button per configured identity provider (SSO); none when none is configured. */
    @GetMapping("/login")
    String login(Model model) {
        model.addAttribute("ssoRegistraties", ssoRegistraties.alle());
        return "login";
    }

    @GetMapping("/")
    String start(Model model) {
        if (rechten.mag(Actie.NAMENS_GEMEENTE_TEKENEN)) {
            model.addAttribute("wethoudertaken", ondertekentaken.voorWethouder());
        }
        if (rechten.mag(Actie.RONDES_BEHEREN)) {
            model.addAttribute("ambtenaartaken", ondertekentaken.voorAmbtenaar());
        }
        if (rechten.mag(Actie.VERGADERINGEN_BEHEREN)) {
            model.addAttribute("volgendeVergadering", vergaderingen.volgende().orElse(null));
            model.addAttribute("vergaderingTaak", true);
        }
        if (rechten.mag(Actie.POST_LEZEN)) {
            model.addAttribute("mislukteBerichten", post.mislukteBerichten());
        }
        if (rechten.mag(Actie.AFSPRAKEN_VOLGEN) && rechten.mag(Actie.CONVENANTEN_LEZEN)) {
            model.addAttribute("standen", afspraken.standen());
            model.addAttribute("convenanten", convenanten.stand());
            model.addAttribute("verlengingTaak", rechten.mag(Actie.AFSPRAKEN_BEHEREN));
        }
        if (rechten.mag(Actie.BESLUITVORMING_LEZEN)) {
            model.addAttribute("aantalOngepubliceerd", besluiten.aantalOngepubliceerd());
            // A to-do for who publishes (the secretary) and who wrote the voorstel; a note for the other readers.
            if (rechten.mag(Actie.BESLUITEN_PUBLICEREN) || rechten.mag(Actie.COLLEGEVOORSTELLEN_SCHRIJVEN)) {
                model.addAttribute("publicatieTaak", true);
            }
        }
        return "start";
    }
}
