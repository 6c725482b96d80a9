package nl.wijkafspraken.account.web;

import jakarta.validation.Valid;
import nl.wijkafspraken.account.EigenWachtwoordService;
import nl.wijkafspraken.gedeeld.DomeinregelException;
import nl.wijkafspraken.gedeeld.Melding;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Every logged-in user changes their own password, linked from the header. */
@Controller
@RequestMapping("/account/wachtwoord")
class EigenWachtwoordController {

    private final EigenWachtwoordService wachtwoorden;

    EigenWachtwoordController(EigenWachtwoordService wachtwoorden) {
        this.wachtwoorden = wachtwoorden;
    }

    @GetMapping
    String formulier(EigenWachtwoordFormData eigenWachtwoordFormData) {
        return "account/wachtwoord";
    }

    @PostMapping
    String wijzig(@Valid EigenWachtwoordFormData formulier, BindingResult resultaat, RedirectAttributes redirect) {
        if (!resultaat.hasErrors()) {
            try {
                wachtwoorden.wijzig(formulier.wijziging());
                redirect.addFlashAttribute("melding", Melding.succes("account.eigenWachtwoord.gewijzigd"));
                return "redirect:/account/wachtwoord";
            } catch (DomeinregelException fout) {
                Formulierhulp.toon(fout, resultaat);
            }
        }
        formulier.vergeetWachtwoorden();
        return "account/wachtwoord";
    }
}
