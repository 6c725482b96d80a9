package nl.wijkafspraken.bestuur.web;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.wijkafspraken.bestuur.CollegeRol;
import nl.wijkafspraken.bestuur.CollegeService;
import nl.wijkafspraken.bestuur.CollegeZoekopdracht;
import nl.wijkafspraken.bestuur.KoppelingService;
import nl.wijkafspraken.gedeeld.Actie;
import nl.wijkafspraken.gedeeld.DomeinregelException;
import nl.wijkafspraken.gedeeld.EenmaligeInzending;
import nl.wijkafspraken.gedeeld.Melding;
import nl.wijkafspraken.gedeeld.Rechten;
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

/** The college of the active gemeente: list with search, register and change a member. */
@Controller
@RequestMapping("/college")
class CollegeController {

    private static final int PAGINAGROOTTE = 20;
    private static final String FORMULIER = "college/formulier";

    private final CollegeService college;
    private final KoppelingService koppelingen;
    private final Clock clock;
    private final Rechten rechten;

    CollegeController(CollegeService college, KoppelingService koppelingen, Clock clock, Rechten rechten) {
        this.college = college;
        this.koppelingen = koppelingen;
        this.clock = clock;
        this.rechten = rechten;
    }

    @GetMapping
    String lijst(@RequestParam(required = false) String tekst, @RequestParam(defaultValue = "false") boolean zittend,
            @RequestParam(defaultValue = "0") int pagina, Model model) {
        var zoekopdracht = new CollegeZoekopdracht(tekst, zittend);
        model.addAttribute("zoek", zoekopdracht);
        model.addAttribute("pagina", college.zoek(zoekopdracht, PageRequest.of(Math.max(pagina, 0), PAGINAGROOTTE,
                Sort.by("rol", "naam", "id"))));
        var magBeheren = rechten.mag(Actie.COLLEGE_BEHEREN);
        model.addAttribute("magBeheren", magBeheren);
        model.addAttribute("magKoppelen", magBeheren && rechten.mag(Actie.KOPPELING_VOORSTELLEN));
        model.addAttribute("koppelingsvoorstellen", magBeheren ? koppelingen.openVoorstellen() : List.of());
        model.addAttribute("accounts", magBeheren ? koppelingen.gekoppeldeAccounts() : Map.of());
        model.addAttribute("zone", clock.getZone());
        model.addAttribute("basis", UriComponentsBuilder.fromPath("/college")
                .queryParamIfPresent("tekst", Optional.ofNullable(tekst).filter(t -> !t.isBlank()))
                .queryParamIfPresent("zittend", Optional.of(zittend).filter(z -> z))
                .encode().toUriString());
        return "college/lijst";
    }

    @GetMapping("/nieuw")
    String nieuw(Model model) {
        rechten.vereis(Actie.COLLEGE_BEHEREN);
        model.addAttribute("form", new CollegelidFormData());
        return formulier(model, null);
    }

    @EenmaligeInzending
    @PostMapping("/nieuw")
    String registreer(@Valid @ModelAttribute("form") CollegelidFormData form, BindingResult fouten, Model model,
            RedirectAttributes redirect) {
        if (!fouten.hasErrors()) {
            try {
                var id = college.registreer(form.gegevens());
                redirect.addFlashAttribute("melding", opgeslagen("collegelid.geregistreerd", id, form));
                return "redirect:/college";
            } catch (DomeinregelException e) {
                e.toonIn(fouten);
            }
        }
        return formulier(model, null);
    }

    @GetMapping("/{id}/wijzigen")
    String wijzigen(@PathVariable long id, Model model) {
        rechten.vereis(Actie.COLLEGE_BEHEREN);
        model.addAttribute("form", CollegelidFormData.van(college.collegelid(id)));
        return formulier(model, id);
    }

    @PostMapping("/{id}/wijzigen")
    String wijzig(@PathVariable long id, @Valid @ModelAttribute("form") CollegelidFormData form, BindingResult fouten,
            Model model, RedirectAttributes redirect) {
        if (!fouten.hasErrors()) {
            try {
                college.wijzig(id, form.getVersie(), form.gegevens());
                redirect.addFlashAttribute("melding", opgeslagen("collegelid.gewijzigd", id, form));
                return "redirect:/college";
            } catch (DomeinregelException e) {
                e.toonIn(fouten);
            } catch (OptimisticLockingFailureException e) {
                fouten.reject("conflict.formulier");
            }
        }
        return formulier(model, id);
    }

    /**
     * Saved; with a warning in the same message when the same name holds another seat in an overlapping period
     * (allowed, since two people may share a name, but usually a mistake).
     */
    private Melding opgeslagen(String code, long id, CollegelidFormData form) {
        var naam = form.getNaam().trim();
        var datum = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("nl-NL"));
        return college.andereZetelInDezelfdePeriode(id)
                .map(ander -> ander.periodeTot() == null
                        ? Melding.succes(code + ".overlapOpen", naam, ander.rol().aanduiding(),
                                datum.format(ander.periodeVan()))
                        : Melding.succes(code + ".overlap", naam, ander.rol().aanduiding(),
                                datum.format(ander.periodeVan()), datum.format(ander.periodeTot())))
                .orElseGet(() -> Melding.succes(code, naam));
    }

    private String formulier(Model model, Long id) {
        rechten.vereis(Actie.COLLEGE_BEHEREN);
        model.addAttribute("collegelidId", id);
        model.addAttribute("rollen", CollegeRol.values());
        return FORMULIER;
    }
}
