package nl.wijkafspraken.account.web;

import nl.wijkafspraken.account.AccountService;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The BEHEERDER's list of users with a role in the active gemeente. */
@Controller
class AccountLijstController {

    static final int PAGINAGROOTTE = 20;

    private final AccountService accounts;

    AccountLijstController(AccountService accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/beheer/accounts")
    String lijst(@RequestParam(defaultValue = "") String zoek, @RequestParam(defaultValue = "0") int pagina,
            Model model) {
        model.addAttribute("pagina", accounts.zoek(zoek, PageRequest.of(Math.max(pagina, 0), PAGINAGROOTTE)));
        model.addAttribute("zoek", zoek.trim());
        return "account/lijst";
    }
}
