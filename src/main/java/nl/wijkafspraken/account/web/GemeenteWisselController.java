package nl.wijkafspraken.account.web;

import nl.wijkafspraken.account.AccountService;
import nl.wijkafspraken.gedeeld.Melding;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The gemeente switcher in the header. Goes to the start page: the page the user was on belongs to the old one. */
@Controller
class GemeenteWisselController {

    private final AccountService accounts;

    GemeenteWisselController(AccountService accounts) {
        this.accounts = accounts;
    }

    @PostMapping("/gemeente/wissel")
    String wissel(@RequestParam long gemeenteId, RedirectAttributes redirect) {
        var gemeente = accounts.wisselGemeente(gemeenteId);
        redirect.addFlashAttribute("melding", Melding.succes("gemeente.gewisseld", gemeente));
        return "redirect:/";
    }
}
