package nl.wijkafspraken.tweedefactor.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import java.time.Clock;
import nl.wijkafspraken.gedeeld.DomeinregelException;
import nl.wijkafspraken.gedeeld.Melding;
import nl.wijkafspraken.tweedefactor.TotpInstelling;
import nl.wijkafspraken.tweedefactor.TweedeFactorService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Beveiliging": the user's own passkeys, authenticator app and recovery codes. Removing anything and making new
 * recovery codes asks for confirmation first. The TOTP secret being enrolled waits in the session until a code
 * confirms it, and is never shown again after that.
 */
@Controller
@RequestMapping("/beveiliging")
class BeveiligingController {

    private static final String NIEUWE_TOTP = BeveiligingController.class.getName() + ".totp";

    private final TweedeFactorService service;
    private final Factorsessie factorsessie;
    private final Clock clock;

    BeveiligingController(TweedeFactorService service, Factorsessie factorsessie, Clock clock) {
        this.factorsessie = factorsessie;
        this.service = service;
        this.clock = clock;
    }

    @GetMapping
    String overzicht(Model model) {
        model.addAttribute("overzicht", service.overzicht());
        model.addAttribute("zone", clock.getZone());
        return "tweedefactor/beveiliging";
    }

    @GetMapping("/totp")
    String totp(HttpSession sessie, Model model) {
        var instelling = service.nieuweTotp();
        sessie.setAttribute(NIEUWE_TOTP, instelling);
        return totpPagina(instelling, new CodeFormData(), model);
    }

    @PostMapping("/totp")
    String bevestigTotp(@Valid @ModelAttribute("form") CodeFormData form, BindingResult fouten, HttpSession sessie,
            Model model, HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
        var instelling = (TotpInstelling) sessie.getAttribute(NIEUWE_TOTP);
        if (instelling == null) {
            return "redirect:/beveiliging/totp";
        }
        if (!fouten.hasErrors()) {
            try {
                service.bevestigTotp(instelling.geheim(), form.getCode());
                sessie.removeAttribute(NIEUWE_TOTP);
                factorsessie.bewaar(request, response);
                redirect.addFlashAttribute("melding", Melding.succes("tweedefactor.totp.ingesteld"));
                return "redirect:/beveiliging";
            } catch (DomeinregelException e) {
                e.toonIn(fouten);
            }
        }
        return totpPagina(instelling, form, model);
    }

    private static String totpPagina(TotpInstelling instelling, CodeFormData form, Model model) {
        model.addAttribute("instelling", instelling);
        model.addAttribute("qr", QrAfbeelding.dataUri(instelling.uri()));
        model.addAttribute("form", form);
        return "tweedefactor/totp";
    }

    @GetMapping("/totp/verwijderen")
    String totpVerwijderenVraag(Model model) {
        model.addAttribute("soort", "totp");
        model.addAttribute("actie", "/beveiliging/totp/verwijderen");
        return "tweedefactor/verwijderen";
    }

    @PostMapping("/totp/verwijderen")
    String totpVerwijderen(RedirectAttributes redirect) {
        service.verwijderTotp();
        redirect.addFlashAttribute("melding", Melding.succes("tweedefactor.totp.verwijderd"));
        return "redirect:/beveiliging";
    }

    @GetMapping("/passkeys/{id}/verwijderen")
    String passkeyVerwijderenVraag(@PathVariable String id, Model model) {
        model.addAttribute("soort", "passkey");
        model.addAttribute("label", service.passkeyLabel(id));
        model.addAttribute("actie", "/beveiliging/passkeys/" + id + "/verwijderen");
        return "tweedefactor/verwijderen";
    }

    @PostMapping("/passkeys/{id}/verwijderen")
    String passkeyVerwijderen(@PathVariable String id, RedirectAttributes redirect) {
        service.verwijderPasskey(id);
        redirect.addFlashAttribute("melding", Melding.succes("tweedefactor.passkey.verwijderd"));
        return "redirect:/beveiliging";
    }

    @GetMapping("/herstelcodes")
    String herstelcodesVraag(Model model) {
        model.addAttribute("overzicht", service.overzicht());
        return "tweedefactor/herstelcodes-vraag";
    }

    @PostMapping("/herstelcodes")
    String herstelcodes(Model model, RedirectAttributes redirect) {
        try {
            model.addAttribute("codes", service.nieuweHerstelcodes());
            return "tweedefactor/herstelcodes";
        } catch (DomeinregelException e) {
            redirect.addFlashAttribute("melding", Melding.fout(e.getBerichtcode()));
            return "redirect:/beveiliging";
        }
    }
}
