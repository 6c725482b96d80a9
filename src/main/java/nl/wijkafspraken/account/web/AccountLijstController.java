package nl.wijkafspraken.account.web;

import java.time.Clock;
import nl.wijkafspraken.account.AccountService;
import nl.wijkafspraken.account.RolverzoekService;
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
    private final RolverzoekService rolverzoeken;

    private final Clock clock;

    AccountLijstController(AccountService accounts, RolverzoekService rolverzoeken, Clock clock) {
        this.clock = clock;
        this.accounts = accounts;
        this.rolverzoeken = rolverzoeken;
    }

    @GetMapping("/beheer/accounts")
    String lijst(@RequestParam(defaultValue = "") String zoek, @RequestParam(defaultValue = "0") int pagina,
            Model model) {
        model.addAttribute("pagina", accounts.zoek(zoek, PageRequest.of(Math.max(pagina, 0), PAGINAGROOTTE)));
        model.addAttribute("zoek", zoek.trim());
        model.addAttribute("rolverzoeken", rolverzoeken.open());
        model.addAttribute("zone", clock.getZone());
        return "account/lijst";
    }
}
