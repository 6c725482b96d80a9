package nl.wijkafspraken.wijkoverleg.web;

import jakarta.validation.Valid;
import java.util.Optional;
import nl.wijkafspraken.gedeeld.Actie;
import nl.wijkafspraken.gedeeld.DomeinregelException;
import nl.wijkafspraken.gedeeld.EenmaligeInzending;
import nl.wijkafspraken.gedeeld.GeenToegangException;
import nl.wijkafspraken.gedeeld.Melding;
import nl.wijkafspraken.gedeeld.Rechten;
import nl.wijkafspraken.gemeente.GemeenteService;
import nl.wijkafspraken.wijkoverleg.WijkoverlegService;
import nl.wijkafspraken.wijkoverleg.WijkoverlegStatus;
import nl.wijkafspraken.wijkoverleg.WijkoverlegZoekopdracht;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

@Controller
@RequestMapping("/wijkoverleggen")
class WijkoverlegController {

    private static final int PAGINAGROOTTE = 20;
    private static final String FORMULIER = "wijkoverleg/formulier";

    private final WijkoverlegService wijkoverleggen;
    private final GemeenteService gemeenten;
    private final Rechten rechten;

    WijkoverlegController(WijkoverlegService wijkoverleggen, GemeenteService gemeenten, Rechten rechten) {
        this.wijkoverleggen = wijkoverleggen;
        this.gemeenten = gemeenten;
        this.rechten = rechten;
    }

    /** The register with search; an htmx request (live search) gets only the results. */
    @GetMapping
    String lijst(@RequestParam(required = false) String naam, @RequestParam(required = false) Long wijk,
            @RequestParam(required = false) WijkoverlegStatus status, @RequestParam(defaultValue = "0") int pagina,
            @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        var zoekopdracht = new WijkoverlegZoekopdracht(naam, wijk, status);
        var resultaat = wijkoverleggen.zoek(zoekopdracht,
                PageRequest.of(Math.max(pagina, 0), PAGINAGROOTTE, Sort.by("naam", "id")));
        model.addAttribute("zoek", zoekopdracht);
        model.addAttribute("pagina", resultaat);
        model.addAttribute("basis", metZoekopdracht("/wijkoverleggen", naam, wijk, status));
        // The download takes the search of the list as it is now; the live search replaces these links with the table.
        model.addAttribute("exportCsv", metZoekopdracht("/wijkoverleggen/export.csv", naam, wijk, status));
        model.addAttribute("exportXlsx", metZoekopdracht("/wijkoverleggen/export.xlsx", naam, wijk, status));
        if (htmx != null) {
            return "wijkoverleg/lijst :: resultaten";
        }
        model.addAttribute("wijken", gemeenten.wijken());
        model.addAttribute("statussen", WijkoverlegStatus.values());
        return "wijkoverleg/lijst";
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, Model model) {
        model.addAttribute("overzicht", wijkoverleggen.overzicht(id));
        return "wijkoverleg/detail";
    }

    @GetMapping("/nieuw")
    String nieuw(Model model) {
        rechten.vereis(Actie.WIJKOVERLEGGEN_BEHEREN);
        model.addAttribute("form", new WijkoverlegFormData());
        return formulier(model, null);
    }

    @EenmaligeInzending
    @PostMapping("/nieuw")
    String registreer(@Valid @ModelAttribute("form") WijkoverlegFormData form, BindingResult fouten, Model model,
            RedirectAttributes redirect) {
        rechten.vereis(Actie.WIJKOVERLEGGEN_BEHEREN);
        if (fouten.hasErrors()) {
            return formulier(model, null);
        }
        try {
            var id = wijkoverleggen.registreer(form.gegevens());
            // The next step of the work is the bestuur: without it the wijkoverleg cannot sign anything.
            redirect.addFlashAttribute("melding", Melding.succes("wijkoverleg.geregistreerd", form.getNaam().trim()));
            return "redirect:/wijkoverleggen/" + id + "/bestuursleden/nieuw";
        } catch (DomeinregelException e) {
            e.toonIn(fouten);
            return formulier(model, null);
        }
    }

    @GetMapping("/{id}/wijzigen")
    String wijzigen(@PathVariable long id, Model model) {
        var overzicht = wijkoverleggen.overzicht(id);
        if (!overzicht.magBeheren()) {
            throw new GeenToegangException();
        }
        model.addAttribute("form", WijkoverlegFormData.van(overzicht.wijkoverleg()));
        return formulier(model, id);
    }

    @PostMapping("/{id}/wijzigen")
    String wijzig(@PathVariable long id, @Valid @ModelAttribute("form") WijkoverlegFormData form,
            BindingResult fouten, Model model, RedirectAttributes redirect) {
        rechten.vereis(Actie.WIJKOVERLEGGEN_BEHEREN);
        if (fouten.hasErrors()) {
            return formulier(model, id);
        }
        try {
            wijkoverleggen.wijzig(id, form.getVersie(), form.gegevens());
            redirect.addFlashAttribute("melding", Melding.succes("wijkoverleg.gewijzigd", form.getNaam()));
            return "redirect:/wijkoverleggen/" + id;
        } catch (DomeinregelException e) {
            e.toonIn(fouten);
        } catch (OptimisticLockingFailureException e) {
            fouten.reject("conflict.formulier");
        }
        return formulier(model, id);
    }

    /** The contact address is the one register field a board keeps current itself. */
    @GetMapping("/{id}/contact")
    String contact(@PathVariable long id, Model model) {
        var overzicht = wijkoverleggen.overzicht(id);
        if (!overzicht.magBestuurBijwerken()) {
            throw new GeenToegangException();
        }
        model.addAttribute("overzicht", overzicht);
        model.addAttribute("form", ContactFormData.van(overzicht.wijkoverleg()));
        return "wijkoverleg/contact";
    }

    @PostMapping("/{id}/contact")
    String wijzigContact(@PathVariable long id, @Valid @ModelAttribute("form") ContactFormData form,
            BindingResult fouten, Model model, RedirectAttributes redirect) {
        if (!fouten.hasErrors()) {
            try {
                wijkoverleggen.wijzigContactadres(id, form.getVersie(), form.getContactadres());
                redirect.addFlashAttribute("melding", Melding.succes("wijkoverleg.contact.gewijzigd"));
                return "redirect:/wijkoverleggen/" + id;
            } catch (DomeinregelException e) {
                e.toonIn(fouten);
            } catch (OptimisticLockingFailureException e) {
                fouten.reject("conflict.formulier");
            }
        }
        var overzicht = wijkoverleggen.overzicht(id);
        if (!overzicht.magBestuurBijwerken()) {
            throw new GeenToegangException();
        }
        model.addAttribute("overzicht", overzicht);
        return "wijkoverleg/contact";
    }

    private static String metZoekopdracht(String pad, String naam, Long wijk, WijkoverlegStatus status) {
        return UriComponentsBuilder.fromPath(pad)
                .queryParamIfPresent("naam", Optional.ofNullable(naam).filter(n -> !n.isBlank()))
                .queryParamIfPresent("wijk", Optional.ofNullable(wijk))
                .queryParamIfPresent("status", Optional.ofNullable(status))
                .encode().toUriString();
    }

    private String formulier(Model model, Long id) {
        model.addAttribute("wijkoverlegId", id);
        if (id != null) {
            model.addAttribute("overzicht", wijkoverleggen.overzicht(id));
        }
        model.addAttribute("wijken", gemeenten.wijken());
        // A new wijkoverleg starts in oprichting or actief; opheffen is a change of one that exists.
        model.addAttribute("statussen", id == null ? WijkoverlegStatus.BIJ_REGISTRATIE : WijkoverlegStatus.values());
        return FORMULIER;
    }
}
