package nl.wijkafspraken.ondertekening.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import nl.wijkafspraken.gedeeld.DomeinregelException;
import nl.wijkafspraken.gedeeld.HuidigeGebruiker;
import nl.wijkafspraken.gedeeld.Melding;
import nl.wijkafspraken.ondertekening.LinkGebruiktException;
import nl.wijkafspraken.ondertekening.LinkOngeldigException;
import nl.wijkafspraken.ondertekening.OndertekeningService;
import nl.wijkafspraken.ondertekening.Ontvangstbewijs;
import nl.wijkafspraken.ondertekening.Tekenpagina;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The public signing page of a board member, reached through the personal link in the invitation; no account
 * needed. Once used, the same link shows the receipt ({@link Ontvangstbewijs}). Every other link problem (unknown,
 * expired, replaced, withdrawn, blocked) gives the same page, with status 404.
 */
@Controller
@RequestMapping("/ondertekenen")
class TekenController {

    private static final String PAGINA = "ondertekening/teken";
    private static final String ONTVANGSTBEWIJS = "ondertekening/ontvangstbewijs";
    private static final String ONGELDIG = "ondertekening/ongeldig";
    private static final String GEBLOKKEERD = "ondertekening.code.geblokkeerd";

    private final OndertekeningService ondertekening;
    private final HuidigeGebruiker huidigeGebruiker;

    TekenController(OndertekeningService ondertekening, HuidigeGebruiker huidigeGebruiker) {
        this.ondertekening = ondertekening;
        this.huidigeGebruiker = huidigeGebruiker;
    }

    @GetMapping("/{token}")
    String pagina(@PathVariable String token, Model model, HttpServletRequest request) {
        return switch (ondertekening.open(token, Verzoek.herkomst(request))) {
            case Tekenpagina pagina -> pagina(pagina, token, model, new TekenFormData(), new WeigerFormData());
            case Ontvangstbewijs bewijs -> {
                model.addAttribute("bewijs", bewijs);
                model.addAttribute("afzender", bewijs.afzender());
                model.addAttribute("token", token);
                yield ONTVANGSTBEWIJS;
            }
        };
    }

    /** The text that was signed, as a file (plain text: its SHA-256 is the one recorded with the signature). */
    @GetMapping("/{token}/tekst")
    ResponseEntity<byte[]> tekst(@PathVariable String token) {
        var bestand = ondertekening.ondertekendeTekst(token);
        return ResponseEntity.ok()
                .contentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(bestand.bestandsnaam(), StandardCharsets.UTF_8).build().toString())
                .body(bestand.inhoud());
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
                ondertekening.onderteken(token, form.getCode(), form.getNaam(), form.isAkkoord(),
                        form.isAfwijkendeNaam(), Verzoek.herkomst(request));
                redirect.addFlashAttribute("netGedaan", true);
                return "redirect:/ondertekenen/" + token;
            } catch (DomeinregelException e) {
                if (GEBLOKKEERD.equals(e.getBerichtcode())) {
                    return geblokkeerd(token, model);
                }
                e.toonIn(fouten);
                if (GemeenteTekenController.NAAM_WIJKT_AF.equals(e.getBerichtcode())) {
                    // The code was not checked yet: keep it and everything else typed, and offer the checkbox.
                    model.addAttribute("naamAfwijkend", true);
                    return pagina(ondertekening.tekenpagina(token), token, model, form, new WeigerFormData());
                }
            }
        }
        form.setCode(null);
        return pagina(ondertekening.tekenpagina(token), token, model, form, new WeigerFormData());
    }

    @PostMapping("/{token}/weigeren")
    String weiger(@PathVariable String token, @Valid @ModelAttribute("weigering") WeigerFormData form,
            BindingResult fouten, Model model, HttpServletRequest request, RedirectAttributes redirect) {
        if (!fouten.hasErrors()) {
            try {
                ondertekening.weiger(token, form.getWeigercode(), form.getReden(), Verzoek.herkomst(request));
                redirect.addFlashAttribute("netGedaan", true);
                return "redirect:/ondertekenen/" + token;
            } catch (DomeinregelException e) {
                if (GEBLOKKEERD.equals(e.getBerichtcode())) {
                    return geblokkeerd(token, model);
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
        return pagina(ondertekening.tekenpagina(token), token, model, new TekenFormData(), form);
    }

    /** A second click on a button, or a replayed form, after the link was used: show what was recorded. */
    @ExceptionHandler(LinkGebruiktException.class)
    String gebruikt(HttpServletRequest request) {
        @SuppressWarnings("unchecked")
        var variabelen = (Map<String, String>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        return "redirect:/ondertekenen/" + variabelen.get("token");
    }

    @ExceptionHandler(LinkOngeldigException.class)
    ModelAndView ongeldig(LinkOngeldigException e) {
        var pagina = new ModelAndView(ONGELDIG, HttpStatus.NOT_FOUND);
        pagina.addObject("afzender", e.getAfzender());
        pagina.addObject("gebruiker", huidigeGebruiker.find().orElse(null));
        pagina.addObject("huidigPad", "");
        return pagina;
    }

    private String pagina(Tekenpagina pagina, String token, Model model, TekenFormData teken,
            WeigerFormData weigering) {
        model.addAttribute("pagina", pagina);
        model.addAttribute("afzender", pagina.afzender());
        model.addAttribute("token", token);
        model.addAttribute("teken", teken);
        model.addAttribute("weigering", weigering);
        return PAGINA;
    }

    private String geblokkeerd(String token, Model model) {
        model.addAttribute("reden", GEBLOKKEERD);
        model.addAttribute("afzender", ondertekening.afzender(token).orElse(null));
        return ONGELDIG;
    }
}
