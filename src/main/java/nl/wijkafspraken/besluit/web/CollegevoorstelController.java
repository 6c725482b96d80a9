package nl.wijkafspraken.besluit.web;

import jakarta.validation.Valid;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.wijkafspraken.besluit.Collegevoorstel;
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
    static final String TOEVOEGEN = "ambtenaarToevoegen";
    static final String VERWIJDEREN = "ambtenaarVerwijderen";

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
        form.getAmbtenaren().getFirst().setNaam(rechten.gebruiker().naam());
        model.addAttribute("form", form);
        return editor(model, null);
    }

    @EenmaligeInzending
    @PostMapping("/nieuw")
    String maak(@Valid @ModelAttribute("form") CollegevoorstelFormData form, BindingResult fouten, Model model,
            RedirectAttributes redirect) {
        form.controleerSecties(fouten);
        form.controleerAmbtenaren(fouten);
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
        model.addAttribute("form", CollegevoorstelFormData.van(overzicht.voorstel(), voorstellen.ambtenaren(id)));
        return editor(model, id);
    }

    @PostMapping("/{id}/wijzigen")
    String wijzig(@PathVariable long id, @Valid @ModelAttribute("form") CollegevoorstelFormData form,
            BindingResult fouten, Model model, RedirectAttributes redirect) {
        form.controleerSecties(fouten);
        form.controleerAmbtenaren(fouten);
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

    /*
     * "Nog een ambtenaar toevoegen" and "Verwijderen" are submit buttons of the form itself, so they work without
     * JavaScript: the form comes back with everything entered kept and one row more or less, unvalidated (nothing
     * is saved, so nothing needs checking yet); only a value that cannot be bound at all (a date) is marked.
     */

    @PostMapping(path = "/nieuw", params = TOEVOEGEN)
    String nieuwMetAmbtenaarErbij(@ModelAttribute("form") CollegevoorstelFormData form, BindingResult fouten,
            Model model) {
        return ambtenaarErbij(form, model, null);
    }

    @PostMapping(path = "/nieuw", params = VERWIJDEREN)
    String nieuwZonderAmbtenaar(@ModelAttribute("form") CollegevoorstelFormData form, BindingResult fouten,
            @RequestParam(VERWIJDEREN) int rij, Model model) {
        return ambtenaarEraf(form, rij, model, null);
    }

    @PostMapping(path = "/{id}/wijzigen", params = TOEVOEGEN)
    String wijzigMetAmbtenaarErbij(@PathVariable long id, @ModelAttribute("form") CollegevoorstelFormData form,
            BindingResult fouten, Model model) {
        vereisWijzigbaar(id);
        return ambtenaarErbij(form, model, id);
    }

    @PostMapping(path = "/{id}/wijzigen", params = VERWIJDEREN)
    String wijzigZonderAmbtenaar(@PathVariable long id, @ModelAttribute("form") CollegevoorstelFormData form,
            BindingResult fouten, @RequestParam(VERWIJDEREN) int rij, Model model) {
        vereisWijzigbaar(id);
        return ambtenaarEraf(form, rij, model, id);
    }

    /** The new row's name field gets the focus, so that a keyboard user goes on typing where the row appeared. */
    private String ambtenaarErbij(CollegevoorstelFormData form, Model model, Long id) {
        rechten.vereis(Actie.COLLEGEVOORSTELLEN_SCHRIJVEN);
        if (form.voegAmbtenaarToe()) {
            model.addAttribute("focusAmbtenaar", form.getAmbtenaren().size() - 1);
        }
        return editor(model, id);
    }

    /** After a removal the focus goes to the button that adds a row, where the removed row's button was nearby. */
    private String ambtenaarEraf(CollegevoorstelFormData form, int rij, Model model, Long id) {
        rechten.vereis(Actie.COLLEGEVOORSTELLEN_SCHRIJVEN);
        form.verwijderAmbtenaar(rij);
        model.addAttribute("focusToevoegen", true);
        return editor(model, id);
    }

    private void vereisWijzigbaar(long id) {
        if (!voorstellen.overzicht(id).magWijzigen()) {
            throw new GeenToegangException();
        }
    }

    private String editor(Model model, Long id) {
        rechten.vereis(Actie.COLLEGEVOORSTELLEN_SCHRIJVEN);
        model.addAttribute("voorstelId", id);
        if (id != null) {
            model.addAttribute("overzicht", voorstellen.overzicht(id));
        }
        model.addAttribute("college", voorstellen.college());
        model.addAttribute("secties", Sectie.values());
        model.addAttribute("maxAmbtenaren", Collegevoorstel.MAX_AMBTENAREN);
        return EDITOR;
    }
}
