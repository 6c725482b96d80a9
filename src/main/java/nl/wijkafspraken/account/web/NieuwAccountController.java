package nl.wijkafspraken.account.web;

import jakarta.validation.Valid;
import nl.wijkafspraken.account.AccountService;
import nl.wijkafspraken.gedeeld.DomeinregelException;
import nl.wijkafspraken.gedeeld.EenmaligeInzending;
import nl.wijkafspraken.gedeeld.Melding;
import nl.wijkafspraken.gedeeld.Rol;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A BEHEERDER creates an account with roles in the active gemeente. */
@Controller
@RequestMapping("/beheer/accounts/nieuw")
class NieuwAccountController {

    private final AccountService accounts;

    NieuwAccountController(AccountService accounts) {
        this.accounts = accounts;
    }

    @GetMapping
    String nieuw(Model model) {
        model.addAttribute("nieuwAccountFormData", new NieuwAccountFormData());
        return formulier(model);
    }

    @EenmaligeInzending
    @PostMapping
    String maak(@Valid NieuwAccountFormData formulier, BindingResult resultaat, Model model,
            RedirectAttributes redirect) {
        if (!resultaat.hasErrors()) {
            try {
                var id = accounts.maak(formulier.nieuwAccount());
                redirect.addFlashAttribute("melding", Melding.succes("account.aangemaakt",
                        formulier.getGebruikersnaam().trim()));
                return "redirect:/beheer/accounts/" + id;
            } catch (DomeinregelException fout) {
                Formulierhulp.toon(fout, resultaat);
            }
        }
        formulier.setWachtwoord(null);
        return formulier(model);
    }

    private String formulier(Model model) {
        model.addAttribute("rollen", Rol.values());
        model.addAttribute("wijkoverleggen", accounts.wijkoverlegKeuzes());
        return "account/nieuw";
    }
}
