package nl.wijkafspraken.ondertekening.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import nl.wijkafspraken.gedeeld.DomeinregelException;
import nl.wijkafspraken.gedeeld.HuidigeGebruiker;
import nl.wijkafspraken.gedeeld.Melding;
import nl.wijkafspraken.ondertekening.LinkOngeldigException;
import nl.wijkafspraken.ondertekening.OndertekeningService;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The public signing page of a board member, reached through the personal link in the invitation; no account needed.
 * Every link problem (unknown, used, expired, replaced, withdrawn) gives the same page, with status 404.
 */
@Controller
@RequestMapping("/ondertekenen")
class TekenController {

    private static final String PAGINA = "ondertekening/teken";
    private static final String GEBLOKKEERD = "ondertekening.code.geblokkeerd";

    private final OndertekeningService ondertekening;
    private final HuidigeGebruiker huidigeGebruiker;

    TekenController(OndertekeningService ondertekening, HuidigeGebruiker huidigeGebruiker) {
        this.ondertekening = ondertekening;
        this.huidigeGebruiker = huidigeGebruiker;
    }

    @GetMapping("/{token}")
    String pagina(@PathVariable String token, Model model) {
        return pagina(token, model, new TekenFormData(), new WeigerFormData());
    }

    @PostMapping("/{token}/code")
    String vraagCodeAan(@PathVariable String token, RedirectAttributes redirect) {
        try {
            var adres = ondertekening.vraagCodeAan(token);
            redirect.addFlashAttribute("codemelding", Melding.succes("ondertekening.code.verstuurd", adres));
        } catch (DomeinregelException e) {
            redirect.addFlashAttribute("codemelding", Melding.fout(e.getBerichtcode(), e.getArgumenten()));
        }
        return "redirect:/ondertekenen/" + token + "#ondertekenen";
    }

    @PostMapping("/{token}")
    String onderteken(@PathVariable String token, @Valid @ModelAttribute("teken") TekenFormData form,
            BindingResult fouten, Model model, HttpServletRequest request, RedirectAttributes redirect) {
        if (!fouten.hasErrors()) {
            try {
                redirect.addFlashAttribute("uitkomst", ondertekening.onderteken(token, form.getCode(),
                        form.getNaam(), form.isAkkoord(), Verzoek.herkomst(request)));
                return "redirect:/ondertekenen/klaar";
            } catch (DomeinregelException e) {
                if (GEBLOKKEERD.equals(e.getBerichtcode())) {
                    return geblokkeerd(model);
                }
                e.toonIn(fouten);
            }
        }
        form.setCode(null);
        return pagina(token, model, form, new WeigerFormData());
    }

    @PostMapping("/{token}/weigeren")
    String weiger(@PathVariable String token, @Valid @ModelAttribute("weigering") WeigerFormData form,
            BindingResult fouten, Model model, HttpServletRequest request, RedirectAttributes redirect) {
        if (!fouten.hasErrors()) {
            try {
                redirect.addFlashAttribute("uitkomst", ondertekening.weiger(token, form.getWeigercode(),
                        form.getReden(), Verzoek.herkomst(request)));
                return "redirect:/ondertekenen/klaar";
            } catch (DomeinregelException e) {
                if (GEBLOKKEERD.equals(e.getBerichtcode())) {
                    return geblokkeerd(model);
                }
                if ("code".equals(e.getVeld())) {
                    fouten.rejectValue("weigercode", e.getBerichtcode(), e.getArgumenten(), e.getBerichtcode());
                } else {
                    e.toonIn(fouten);
                }
            }
        }
        form.setWeigercode(null);
        model.addAttribute("weigerenOpen", true);
        return pagina(token, model, new TekenFormData(), form);
    }

    /** The outcome, once, right after signing or refusing (a flash attribute: a reload shows the general text). */
    @GetMapping("/klaar")
    String klaar() {
        return "ondertekening/klaar";
    }

    @ExceptionHandler(LinkOngeldigException.class)
    ModelAndView ongeldig() {
        var pagina = new ModelAndView("ondertekening/ongeldig", HttpStatus.NOT_FOUND);
        pagina.addObject("gebruiker", huidigeGebruiker.find().orElse(null));
        pagina.addObject("huidigPad", "");
        return pagina;
    }

    private String pagina(String token, Model model, TekenFormData teken, WeigerFormData weigering) {
        model.addAttribute("pagina", ondertekening.tekenpagina(token));
        model.addAttribute("token", token);
        model.addAttribute("teken", teken);
        model.addAttribute("weigering", weigering);
        return PAGINA;
    }

    private String geblokkeerd(Model model) {
        model.addAttribute("reden", GEBLOKKEERD);
        return "ondertekening/ongeldig";
    }
}
