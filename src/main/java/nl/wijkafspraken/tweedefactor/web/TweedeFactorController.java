package nl.wijkafspraken.tweedefactor.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import nl.wijkafspraken.gedeeld.DomeinregelException;
import nl.wijkafspraken.tweedefactor.TweedeFactorService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/** The second step of the login: a passkey (script), a code of the authenticator app, or a recovery code. */
@Controller
@RequestMapping("/tweede-factor")
class TweedeFactorController {

    private final TweedeFactorService service;
    private final Factorsessie factorsessie;

    TweedeFactorController(TweedeFactorService service, Factorsessie factorsessie) {
        this.factorsessie = factorsessie;
        this.service = service;
    }

    @GetMapping
    String pagina(Model model) {
        model.addAttribute("overzicht", service.overzicht());
        model.addAttribute("totpForm", new CodeFormData());
        model.addAttribute("herstelForm", new CodeFormData());
        return "tweedefactor/controle";
    }

    @PostMapping("/totp")
    String totp(@Valid @ModelAttribute("totpForm") CodeFormData form, BindingResult fouten, Model model,
            HttpServletRequest request, HttpServletResponse response) {
        if (!fouten.hasErrors()) {
            try {
                service.controleerTotp(form.getCode());
                factorsessie.bewaar(request, response);
                return Factorsessie.verder(request, response);
            } catch (DomeinregelException e) {
                e.toonIn(fouten);
            }
        }
        model.addAttribute("overzicht", service.overzicht());
        model.addAttribute("herstelForm", new CodeFormData());
        return "tweedefactor/controle";
    }

    @PostMapping("/herstelcode")
    String herstelcode(@Valid @ModelAttribute("herstelForm") CodeFormData form, BindingResult fouten, Model model,
            HttpServletRequest request, HttpServletResponse response) {
        if (!fouten.hasErrors()) {
            try {
                service.gebruikHerstelcode(form.getCode());
                factorsessie.bewaar(request, response);
                return "redirect:/beveiliging?herstelcodeGebruikt";
            } catch (DomeinregelException e) {
                e.toonIn(fouten);
            }
        }
        model.addAttribute("overzicht", service.overzicht());
        model.addAttribute("totpForm", new CodeFormData());
        return "tweedefactor/controle";
    }
}
