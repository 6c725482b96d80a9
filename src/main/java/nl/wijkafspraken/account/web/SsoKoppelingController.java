package nl.wijkafspraken.account.web;

import jakarta.validation.Valid;
import nl.wijkafspraken.account.SsoKoppeling;
import nl.wijkafspraken.account.SsoKoppelingService;
import nl.wijkafspraken.gedeeld.DomeinregelException;
import nl.wijkafspraken.gedeeld.Melding;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The page where a BEHEERDER links an account to its person at the gemeente's identity provider (SSO). */
@Controller
@RequestMapping("/beheer/accounts/{id:\\d+}/sso")
class SsoKoppelingController {

    private final SsoKoppelingService koppelingen;

    SsoKoppelingController(SsoKoppelingService koppelingen) {
        this.koppelingen = koppelingen;
    }

    @GetMapping
    String toon(@PathVariable long id, Model model) {
        var koppeling = koppelingen.koppeling(id);
        var formulier = new SsoKoppelingFormData();
        formulier.setVersie(koppeling.versie());
        if (koppeling.registraties().size() == 1) {
            formulier.setRegistratie(koppeling.registraties().getFirst().id());
        }
        model.addAttribute("ssoKoppelingFormData", formulier);
        return pagina(model, koppeling);
    }

    @PostMapping
    String koppel(@PathVariable long id, @Valid SsoKoppelingFormData formulier, BindingResult resultaat, Model model,
            RedirectAttributes redirect) {
        if (Formulierhulp.zonderFouten(resultaat)) {
            try {
                koppelingen.koppel(id, formulier.getVersie(), formulier.getRegistratie(), formulier.getOnderwerp());
                redirect.addFlashAttribute("melding", Melding.succes("account.sso.gekoppeld"));
                return "redirect:/beheer/accounts/" + id;
            } catch (DomeinregelException fout) {
                Formulierhulp.toon(fout, resultaat);
            } catch (OptimisticLockingFailureException conflict) {
                resultaat.reject("conflict.formulier");
            }
        }
        return pagina(model, koppelingen.koppeling(id));
    }

    @PostMapping("/ontkoppelen")
    String ontkoppel(@PathVariable long id, @RequestParam long versie, RedirectAttributes redirect) {
        try {
            koppelingen.ontkoppel(id, versie);
            redirect.addFlashAttribute("melding", Melding.succes("account.sso.ontkoppeld"));
        } catch (DomeinregelException fout) {
            redirect.addFlashAttribute("melding", Melding.fout(fout.getBerichtcode(), fout.getArgumenten()));
        } catch (OptimisticLockingFailureException conflict) {
            redirect.addFlashAttribute("melding", Melding.fout("conflict.formulier"));
        }
        return "redirect:/beheer/accounts/" + id;
    }

    private static String pagina(Model model, SsoKoppeling koppeling) {
        model.addAttribute("koppeling", koppeling);
        return "account/sso";
    }
}
