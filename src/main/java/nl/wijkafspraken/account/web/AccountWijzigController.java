package nl.wijkafspraken.account.web;

import jakarta.validation.Valid;
import nl.wijkafspraken.account.AccountOverzicht;
import nl.wijkafspraken.account.AccountService;
import nl.wijkafspraken.account.SsoKoppelingService;
import nl.wijkafspraken.gedeeld.DomeinregelException;
import nl.wijkafspraken.gedeeld.Melding;
import nl.wijkafspraken.gedeeld.Rol;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The edit page of one account: name, e-mail and roles in one form, and a small form for a new password. A form
 * that fails is shown again with what the user typed (never the password) and the other form fresh from the
 * database.
 */
@Controller
@RequestMapping("/beheer/accounts/{id:\\d+}")
class AccountWijzigController {

    private final AccountService accounts;
    private final SsoKoppelingService ssoKoppelingen;

    AccountWijzigController(AccountService accounts, SsoKoppelingService ssoKoppelingen) {
        this.accounts = accounts;
        this.ssoKoppelingen = ssoKoppelingen;
    }

    @GetMapping
    String toon(@PathVariable long id, Model model) {
        var account = accounts.account(id);
        model.addAttribute("accountFormData", AccountFormData.van(account));
        return pagina(model, account);
    }

    @PostMapping
    String wijzig(@PathVariable long id, @Valid AccountFormData formulier, BindingResult resultaat, Model model,
            RedirectAttributes redirect) {
        if (Formulierhulp.zonderFouten(resultaat)) {
            try {
                accounts.wijzig(id, formulier.wijziging());
                redirect.addFlashAttribute("melding", Melding.succes("account.gewijzigd", formulier.getNaam().trim()));
                return "redirect:/beheer/accounts/" + id;
            } catch (DomeinregelException fout) {
                Formulierhulp.toon(fout, resultaat);
            } catch (OptimisticLockingFailureException conflict) {
                resultaat.reject("conflict.formulier");
            }
        }
        return pagina(model, accounts.account(id));
    }

    @PostMapping("/wachtwoord")
    String resetWachtwoord(@PathVariable long id, @Valid WachtwoordFormData formulier, BindingResult resultaat,
            Model model, RedirectAttributes redirect) {
        if (Formulierhulp.zonderFouten(resultaat)) {
            try {
                accounts.resetWachtwoord(id, formulier.getVersie(), formulier.getWachtwoord());
                redirect.addFlashAttribute("melding", Melding.succes("account.wachtwoord.gereset"));
                return "redirect:/beheer/accounts/" + id;
            } catch (DomeinregelException fout) {
                Formulierhulp.toon(fout, resultaat);
            } catch (OptimisticLockingFailureException conflict) {
                resultaat.reject("conflict.formulier");
            }
        }
        formulier.setWachtwoord(null);
        var account = accounts.account(id);
        model.addAttribute("accountFormData", AccountFormData.van(account));
        return pagina(model, account);
    }

    private String pagina(Model model, AccountOverzicht account) {
        model.addAttribute("account", account);
        if (!model.containsAttribute("wachtwoordFormData")) {
            model.addAttribute("wachtwoordFormData", new WachtwoordFormData(account.versie()));
        }
        model.addAttribute("rollen", Rol.values());
        model.addAttribute("wijkoverleggen", accounts.wijkoverlegKeuzes());
        model.addAttribute("ssoKoppeling", ssoKoppelingen.koppeling(account.id()));
        return "account/wijzig";
    }
}
