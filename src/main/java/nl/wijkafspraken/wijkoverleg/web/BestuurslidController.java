package nl.wijkafspraken.wijkoverleg.web;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import nl.wijkafspraken.gedeeld.DomeinregelException;
import nl.wijkafspraken.gedeeld.EenmaligeInzending;
import nl.wijkafspraken.gedeeld.GeenToegangException;
import nl.wijkafspraken.gedeeld.Melding;
import nl.wijkafspraken.wijkoverleg.Functie;
import nl.wijkafspraken.wijkoverleg.WijkoverlegOverzicht;
import nl.wijkafspraken.wijkoverleg.WijkoverlegService;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The bestuur of a wijkoverleg: add a member, change one (a new functie starts a new period), end one. */
@Controller
@RequestMapping("/wijkoverleggen/{wijkoverlegId}/bestuursleden")
class BestuurslidController {

    private static final String FORMULIER = "wijkoverleg/bestuurslid";
    private static final String BEEINDIGEN = "wijkoverleg/bestuurslid-beeindigen";

    private final WijkoverlegService wijkoverleggen;
    private final Clock clock;

    BestuurslidController(WijkoverlegService wijkoverleggen, Clock clock) {
        this.wijkoverleggen = wijkoverleggen;
        this.clock = clock;
    }

    @GetMapping("/nieuw")
    String nieuw(@PathVariable long wijkoverlegId, Model model) {
        var form = new BestuurslidFormData();
        form.setStartdatum(LocalDate.now(clock));
        model.addAttribute("form", form);
        return formulier(model, wijkoverlegId, null);
    }

    @EenmaligeInzending
    @PostMapping("/nieuw")
    String voegToe(@PathVariable long wijkoverlegId, @Valid @ModelAttribute("form") BestuurslidFormData form,
            BindingResult fouten, @RequestParam(required = false) String vervolg, Model model,
            RedirectAttributes redirect) {
        if (!fouten.hasErrors()) {
            try {
                var verwerking = wijkoverleggen.voegBestuurslidToe(wijkoverlegId, form.gegevens());
                redirect.addFlashAttribute("melding", Melding.succes(verwerking.wachtOpGoedkeuring()
                        ? "bestuurswijziging.aangevraagd" : "bestuurslid.toegevoegd", form.getNaam()));
                return "redirect:/wijkoverleggen/" + wijkoverlegId
                        + ("nogEen".equals(vervolg) ? "/bestuursleden/nieuw" : "");
            } catch (DomeinregelException e) {
                e.toonIn(fouten);
            }
        }
        return formulier(model, wijkoverlegId, null);
    }

    @GetMapping("/{id}/wijzigen")
    String wijzigen(@PathVariable long wijkoverlegId, @PathVariable long id, Model model) {
        var form = BestuurslidFormData.van(wijkoverleggen.bestuurslid(wijkoverlegId, id));
        form.setPer(LocalDate.now(clock));
        model.addAttribute("form", form);
        return formulier(model, wijkoverlegId, id);
    }

    @PostMapping("/{id}/wijzigen")
    String wijzig(@PathVariable long wijkoverlegId, @PathVariable long id,
            @Valid @ModelAttribute("form") BestuurslidFormData form, BindingResult fouten, Model model,
            RedirectAttributes redirect) {
        if (!fouten.hasErrors()) {
            try {
                var verwerking = wijkoverleggen.wijzigBestuurslid(wijkoverlegId, id, form.getVersie(), form.gegevens(),
                        form.getPer());
                redirect.addFlashAttribute("melding", Melding.succes(verwerking.wachtOpGoedkeuring()
                        ? "bestuurswijziging.aangevraagd" : "bestuurslid.gewijzigd", form.getNaam()));
                return "redirect:/wijkoverleggen/" + wijkoverlegId;
            } catch (DomeinregelException e) {
                e.toonIn(fouten);
            } catch (OptimisticLockingFailureException e) {
                fouten.reject("conflict.formulier");
            }
        }
        return formulier(model, wijkoverlegId, id);
    }

    /** Ending a membership is asked for on a page of its own: a confirmation with the date. */
    @GetMapping("/{id}/beeindigen")
    String beeindigen(@PathVariable long wijkoverlegId, @PathVariable long id, Model model) {
        var lid = wijkoverleggen.bestuurslid(wijkoverlegId, id);
        var form = new BeeindigFormData();
        form.setEinddatum(LocalDate.now(clock));
        form.setVersie(lid.getVersie());
        model.addAttribute("form", form);
        return bevestiging(model, wijkoverlegId, id);
    }

    @PostMapping("/{id}/beeindigen")
    String beeindig(@PathVariable long wijkoverlegId, @PathVariable long id,
            @Valid @ModelAttribute("form") BeeindigFormData form, BindingResult fouten, Model model,
            RedirectAttributes redirect) {
        if (!fouten.hasErrors()) {
            try {
                wijkoverleggen.beeindigBestuurslid(wijkoverlegId, id, form.getVersie(), form.getEinddatum());
                redirect.addFlashAttribute("melding", Melding.succes("bestuurslid.beeindigd",
                        wijkoverleggen.bestuurslid(wijkoverlegId, id).getNaam()));
                return "redirect:/wijkoverleggen/" + wijkoverlegId;
            } catch (DomeinregelException e) {
                e.toonIn(fouten);
            } catch (OptimisticLockingFailureException e) {
                fouten.reject("conflict.formulier");
            }
        }
        return bevestiging(model, wijkoverlegId, id);
    }

    private String formulier(Model model, long wijkoverlegId, Long id) {
        var overzicht = toegestaan(wijkoverlegId);
        model.addAttribute("overzicht", overzicht);
        model.addAttribute("bestuurslidId", id);
        model.addAttribute("functies", Functie.values());
        return FORMULIER;
    }

    private String bevestiging(Model model, long wijkoverlegId, long id) {
        model.addAttribute("overzicht", toegestaan(wijkoverlegId));
        model.addAttribute("lid", wijkoverleggen.bestuurslid(wijkoverlegId, id));
        return BEEINDIGEN;
    }

    private WijkoverlegOverzicht toegestaan(long wijkoverlegId) {
        var overzicht = wijkoverleggen.overzicht(wijkoverlegId);
        if (!overzicht.magBestuurBijwerken()) {
            throw new GeenToegangException();
        }
        return overzicht;
    }
}
