package nl.wijkafspraken.besluit.web;

import jakarta.validation.Valid;
import java.util.List;
import nl.wijkafspraken.besluit.CollegevoorstelService;
import nl.wijkafspraken.besluit.EffectSoort;
import nl.wijkafspraken.besluit.VoorstelOverzicht;
import nl.wijkafspraken.gedeeld.Actie;
import nl.wijkafspraken.gedeeld.DomeinregelException;
import nl.wijkafspraken.gedeeld.EenmaligeInzending;
import nl.wijkafspraken.gedeeld.Melding;
import nl.wijkafspraken.gedeeld.Rechten;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The numbered besluitpunten of a concept voorstel: add, change, remove (after confirmation) and reorder. */
@Controller
@RequestMapping("/collegevoorstellen/{voorstelId}/besluitpunten")
class BesluitpuntController {

    private static final String FORMULIER = "collegevoorstel/besluitpunt";

    private final CollegevoorstelService voorstellen;
    private final Rechten rechten;

    BesluitpuntController(CollegevoorstelService voorstellen, Rechten rechten) {
        this.voorstellen = voorstellen;
        this.rechten = rechten;
    }

    @GetMapping("/nieuw")
    String nieuw(@PathVariable long voorstelId, Model model) {
        var overzicht = wijzigbaar(voorstelId);
        var form = new BesluitpuntFormData();
        form.setVersie(overzicht.voorstel().getVersie());
        model.addAttribute("form", form);
        return formulier(model, overzicht, null);
    }

    @EenmaligeInzending
    @PostMapping("/nieuw")
    String voegToe(@PathVariable long voorstelId, @Valid @ModelAttribute("form") BesluitpuntFormData form,
            BindingResult fouten, Model model, RedirectAttributes redirect) {
        if (!fouten.hasErrors()) {
            try {
                voorstellen.voegBesluitpuntToe(voorstelId, form.getVersie(), form.getTekst(), form.effectGegevens());
                redirect.addFlashAttribute("melding", Melding.succes("besluitpunt.toegevoegd"));
                return "redirect:/collegevoorstellen/" + voorstelId + "#besluit";
            } catch (DomeinregelException e) {
                e.toonIn(fouten);
            } catch (OptimisticLockingFailureException e) {
                fouten.reject("conflict.formulier");
            }
        }
        return formulier(model, wijzigbaar(voorstelId), null);
    }

    @GetMapping("/{puntId}/wijzigen")
    String wijzigen(@PathVariable long voorstelId, @PathVariable long puntId, Model model) {
        var overzicht = wijzigbaar(voorstelId);
        model.addAttribute("form", BesluitpuntFormData.van(voorstellen.besluitpunt(voorstelId, puntId),
                overzicht.voorstel().getVersie()));
        return formulier(model, overzicht, puntId);
    }

    @PostMapping("/{puntId}/wijzigen")
    String wijzig(@PathVariable long voorstelId, @PathVariable long puntId,
            @Valid @ModelAttribute("form") BesluitpuntFormData form, BindingResult fouten, Model model,
            RedirectAttributes redirect) {
        if (!fouten.hasErrors()) {
            try {
                voorstellen.wijzigBesluitpunt(voorstelId, form.getVersie(), puntId, form.getTekst(),
                        form.effectGegevens());
                redirect.addFlashAttribute("melding", Melding.succes("besluitpunt.gewijzigd"));
                return "redirect:/collegevoorstellen/" + voorstelId + "#besluit";
            } catch (DomeinregelException e) {
                e.toonIn(fouten);
            } catch (OptimisticLockingFailureException e) {
                fouten.reject("conflict.formulier");
            }
        }
        return formulier(model, wijzigbaar(voorstelId), puntId);
    }

    @GetMapping("/{puntId}/verwijderen")
    String verwijderen(@PathVariable long voorstelId, @PathVariable long puntId, Model model) {
        var overzicht = wijzigbaar(voorstelId);
        var form = new VersieFormData();
        form.setVersie(overzicht.voorstel().getVersie());
        model.addAttribute("form", form);
        model.addAttribute("overzicht", overzicht);
        model.addAttribute("punt", voorstellen.besluitpunt(voorstelId, puntId));
        return "collegevoorstel/besluitpunt-verwijderen";
    }

    @PostMapping("/{puntId}/verwijderen")
    String verwijder(@PathVariable long voorstelId, @PathVariable long puntId, VersieFormData form,
            RedirectAttributes redirect) {
        try {
            voorstellen.verwijderBesluitpunt(voorstelId, form.getVersie(), puntId);
            redirect.addFlashAttribute("melding", Melding.succes("besluitpunt.verwijderd"));
        } catch (DomeinregelException e) {
            redirect.addFlashAttribute("melding", Melding.fout(e.getBerichtcode(), e.getArgumenten()));
        }
        return "redirect:/collegevoorstellen/" + voorstelId + "#besluit";
    }

    @PostMapping("/{puntId}/omhoog")
    String omhoog(@PathVariable long voorstelId, @PathVariable long puntId, VersieFormData form,
            RedirectAttributes redirect) {
        return verplaats(voorstelId, puntId, form, true, redirect);
    }

    @PostMapping("/{puntId}/omlaag")
    String omlaag(@PathVariable long voorstelId, @PathVariable long puntId, VersieFormData form,
            RedirectAttributes redirect) {
        return verplaats(voorstelId, puntId, form, false, redirect);
    }

    private String verplaats(long voorstelId, long puntId, VersieFormData form, boolean omhoog,
            RedirectAttributes redirect) {
        try {
            voorstellen.verplaatsBesluitpunt(voorstelId, form.getVersie(), puntId, omhoog);
            redirect.addFlashAttribute("melding", Melding.succes("besluitpunt.verplaatst"));
        } catch (DomeinregelException e) {
            redirect.addFlashAttribute("melding", Melding.fout(e.getBerichtcode(), e.getArgumenten()));
        }
        return "redirect:/collegevoorstellen/" + voorstelId + "#besluit";
    }

    private String formulier(Model model, VoorstelOverzicht overzicht, Long puntId) {
        model.addAttribute("overzicht", overzicht);
        model.addAttribute("puntId", puntId);
        model.addAttribute("effecten", EffectSoort.values());
        model.addAttribute("college", voorstellen.college());
        var doelen = voorstellen.effectdoelen();
        model.addAttribute("conceptversies", doelen.getOrDefault(EffectSoort.AFSPRAKEN_VASTSTELLEN, List.of()));
        model.addAttribute("convenanten", doelen.getOrDefault(EffectSoort.CONVENANTEN_INTREKKEN, List.of()));
        return FORMULIER;
    }

    private VoorstelOverzicht wijzigbaar(long voorstelId) {
        var overzicht = voorstellen.overzicht(voorstelId);
        rechten.vereis(Actie.COLLEGEVOORSTELLEN_SCHRIJVEN);
        return overzicht;
    }
}
