package nl.wijkafspraken.account.web;

import nl.wijkafspraken.account.AccountService;
import nl.wijkafspraken.gedeeld.DomeinregelException;
import nl.wijkafspraken.gedeeld.Melding;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Deactivating an account, after a confirmation page (it logs the user out everywhere at once), and reactivating
 * it. A refusal of the service (one's own account, already deactivated) comes back as a message on the account's
 * page.
 */
@Controller
@RequestMapping("/beheer/accounts/{id:\\d+}")
class AccountToegangController {

    private final AccountService accounts;

    AccountToegangController(AccountService accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/deactiveren")
    String bevestig(@PathVariable long id, Model model) {
        model.addAttribute("account", accounts.account(id));
        return "account/deactiveren";
    }

    @PostMapping("/deactiveren")
    String deactiveer(@PathVariable long id, @RequestParam long versie, RedirectAttributes redirect) {
        var account = accounts.account(id);
        return voerUit(() -> accounts.deactiveer(id, versie), "account.deactiveren.gedaan", account.gebruikersnaam(),
                id, redirect);
    }

    @PostMapping("/activeren")
    String activeer(@PathVariable long id, @RequestParam long versie, RedirectAttributes redirect) {
        var account = accounts.account(id);
        return voerUit(() -> accounts.activeer(id, versie), "account.activeren.gedaan", account.gebruikersnaam(), id,
                redirect);
    }

    private static String voerUit(Runnable handeling, String gelukt, String gebruikersnaam, long id,
            RedirectAttributes redirect) {
        try {
            handeling.run();
            redirect.addFlashAttribute("melding", Melding.succes(gelukt, gebruikersnaam));
        } catch (DomeinregelException fout) {
            redirect.addFlashAttribute("melding", Melding.fout(fout.getBerichtcode(), fout.getArgumenten()));
        }
        return "redirect:/beheer/accounts/" + id;
    }
}
