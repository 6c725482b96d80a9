package nl.wijkafspraken.besluit.web;

import jakarta.validation.Valid;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.wijkafspraken.besluit.CollegevoorstelService;
import nl.wijkafspraken.besluit.CollegevoorstelWeergave;
import nl.wijkafspraken.besluit.Sectie;
import nl.wijkafspraken.besluit.VoorstelStatus;
import nl.wijkafspraken.besluit.VoorstelZoekopdracht;
import nl.wijkafspraken.gedeeld.Actie;
import nl.wijkafspraken.gedeeld.DomeinregelException;
import nl.wijkafspraken.gedeeld.EenmaligeInzending;
import nl.wijkafspraken.gedeeld.GeenToegangException;
import nl.wijkafspraken.gedeeld.Melding;
import nl.wijkafspraken.gedeeld.Rechten;
import nl.wijkafspraken.opmaak.Opmaak;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/** The collegevoorstellen: list with search, the voorstel's page, and the editor of its fixed parts. */
@Controller
@RequestMapping("/collegevoorstellen")
class CollegevoorstelController {

    private static final int PAGINAGROOTTE = 20;
    private static final String EDITOR = "collegevoorstel/formulier";

    private final CollegevoorstelService voorstellen;
    private final Rechten rechten;
    private final Opmaak opmaak;

    CollegevoorstelController(CollegevoorstelService voorstellen, Rechten rechten, Opmaak opmaak) {
        this.voorstellen = voorstellen;
        this.rechten = rechten;
        this.opmaak = opmaak;
    }

    @GetMapping
    String lijst(@RequestParam(required = false) String tekst, @RequestParam(required = false) VoorstelStatus status,
            @RequestParam(defaultValue = "0") int pagina, Model model) {
        var zoekopdracht = new VoorstelZoekopdracht(tekst, status);
        model.addAttribute("pagina", voorstellen.zoek(zoekopdracht, PageRequest.of(Math.max(pagina, 0),
                PAGINAGROOTTE, Sort.by(Sort.Direction.DESC, "gewijzigdOp").and(Sort.by("id")))));
        model.addAttribute("zoek", zoekopdracht);
        model.addAttribute("statussen", VoorstelStatus.values());
        model.addAttribute("magSchrijven", rechten.mag(Actie.COLLEGEVOORSTELLEN_SCHRIJVEN));
        model.addAttribute("basis", UriComponentsBuilder.fromPath("/collegevoorstellen")
                .queryParamIfPresent("tekst", Optional.ofNullable(tekst).filter(t -> !t.isBlank()))
                .queryParamIfPresent("status", Optional.ofNullable(status))
                .encode().toUriString());
        return "collegevoorstel/lijst";
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, Model model) {
        model.addAttribute("overzicht", voorstellen.overzicht(id));
        var weergave = voorstellen.weergave(id);
        model.addAttribute("weergave", weergave);
        // The sections as HTML, rendered the same way as in the PDF (escaped, safe links only).
        model.addAttribute("sectieHtml", weergave.secties().stream()
                .collect(Collectors.toMap(CollegevoorstelWeergave.SectieWeergave::sectie,
                        s -> opmaak.naarHtml(s.markdown()))));
        return "collegevoorstel/detail";
    }

    @GetMapping("/nieuw")
    String nieuw(Model model) {
        rechten.vereis(Actie.COLLEGEVOORSTELLEN_SCHRIJVEN);
        var form = new CollegevoorstelFormData();
        form.setAmbtenaarNaam(rechten.gebruiker().naam());
        model.addAttribute("form", form);
        return editor(model, null);
    }

    @EenmaligeInzending
    @PostMapping("/nieuw")
    String maak(@Valid @ModelAttribute("form") CollegevoorstelFormData form, BindingResult fouten, Model model,
            RedirectAttributes redirect) {
        form.controleerSecties(fouten);
        if (!fouten.hasErrors()) {
            try {
                var id = voorstellen.nieuw(form.gegevens(), form.getZaaknummer());
                redirect.addFlashAttribute("melding", Melding.succes("collegevoorstel.aangemaakt",
                        form.getOnderwerp().trim()));
                return "redirect:/collegevoorstellen/" + id;
            } catch (DomeinregelException e) {
                e.toonIn(fouten);
            }
        }
        return editor(model, null);
    }

    @GetMapping("/{id}/wijzigen")
    String wijzigen(@PathVariable long id, Model model) {
        var overzicht = voorstellen.overzicht(id);
        if (!overzicht.magWijzigen()) {
            throw new GeenToegangException();
        }
        model.addAttribute("form", CollegevoorstelFormData.van(overzicht.voorstel()));
        return editor(model, id);
    }

    @PostMapping("/{id}/wijzigen")
    String wijzig(@PathVariable long id, @Valid @ModelAttribute("form") CollegevoorstelFormData form,
            BindingResult fouten, Model model, RedirectAttributes redirect) {
        form.controleerSecties(fouten);
        if (!fouten.hasErrors()) {
            try {
                voorstellen.wijzig(id, form.getVersie(), form.gegevens());
                redirect.addFlashAttribute("melding", Melding.succes("collegevoorstel.gewijzigd",
                        form.getOnderwerp().trim()));
                return "redirect:/collegevoorstellen/" + id;
            } catch (DomeinregelException e) {
                e.toonIn(fouten);
            } catch (OptimisticLockingFailureException e) {
                fouten.reject("conflict.formulier");
            }
        }
        return editor(model, id);
    }

    private String editor(Model model, Long id) {
        rechten.vereis(Actie.COLLEGEVOORSTELLEN_SCHRIJVEN);
        model.addAttribute("voorstelId", id);
        if (id != null) {
            model.addAttribute("overzicht", voorstellen.overzicht(id));
        }
        model.addAttribute("college", voorstellen.college());
        model.addAttribute("secties", Sectie.values());
        return EDITOR;
    }
}
