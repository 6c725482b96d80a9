package nl.wijkafspraken.mandaat.web;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import nl.wijkafspraken.gedeeld.Actie;
import nl.wijkafspraken.gedeeld.DomeinregelException;
import nl.wijkafspraken.gedeeld.EenmaligeInzending;
import nl.wijkafspraken.gedeeld.Melding;
import nl.wijkafspraken.gedeeld.Rechten;
import nl.wijkafspraken.mandaat.MandaatService;
import nl.wijkafspraken.mandaat.MandaatZoekopdracht;
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

/** The mandaatregister: list with search, a mandate with its besluit, and withdrawing one after confirmation. */
@Controller
@RequestMapping("/mandaten")
class MandaatController {

    private static final int PAGINAGROOTTE = 20;

    private final MandaatService mandaten;
    private final Clock clock;
    private final Rechten rechten;

    MandaatController(MandaatService mandaten, Clock clock, Rechten rechten) {
        this.mandaten = mandaten;
        this.clock = clock;
        this.rechten = rechten;
    }

    @GetMapping
    String lijst(@RequestParam(required = false) String tekst, @RequestParam(defaultValue = "false") boolean geldig,
            @RequestParam(defaultValue = "0") int pagina, Model model) {
        var zoekopdracht = new MandaatZoekopdracht(tekst, geldig);
        model.addAttribute("pagina", mandaten.zoek(zoekopdracht, PageRequest.of(Math.max(pagina, 0), PAGINAGROOTTE,
                Sort.by(Sort.Direction.DESC, "ingangsdatum").and(Sort.by("id")))));
        model.addAttribute("zoek", zoekopdracht);
        model.addAttribute("basis", UriComponentsBuilder.fromPath("/mandaten")
                .queryParamIfPresent("tekst", Optional.ofNullable(tekst).filter(t -> !t.isBlank()))
                .queryParamIfPresent("geldig", Optional.of(geldig).filter(g -> g))
                .encode().toUriString());
        return "mandaat/lijst";
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, Model model) {
        model.addAttribute("mandaat", mandaten.mandaat(id));
        model.addAttribute("magIntrekken", rechten.mag(Actie.MANDATEN_INTREKKEN));
        return "mandaat/detail";
    }

    @GetMapping("/{id}/intrekken")
    String intrekken(@PathVariable long id, Model model) {
        var mandaat = mandaten.mandaat(id);
        rechten.vereis(Actie.MANDATEN_INTREKKEN);
        var form = new IntrekkingFormData();
        form.setPer(LocalDate.now(clock));
        form.setVersie(mandaat.versie());
        model.addAttribute("form", form);
        model.addAttribute("mandaat", mandaat);
        model.addAttribute("laatsteGebruik", mandaten.laatsteGebruik(id).orElse(null));
        return "mandaat/intrekken";
    }

    @EenmaligeInzending
    @PostMapping("/{id}/intrekken")
    String trekIn(@PathVariable long id, @Valid @ModelAttribute("form") IntrekkingFormData form,
            BindingResult fouten, Model model, RedirectAttributes redirect) {
        if (!fouten.hasErrors()) {
            try {
                mandaten.trekIn(id, form.getVersie(), form.getPer(), form.getReden());
                redirect.addFlashAttribute("melding", Melding.succes("mandaat.ingetrokken"));
                return "redirect:/mandaten/" + id;
            } catch (DomeinregelException e) {
                e.toonIn(fouten);
            } catch (OptimisticLockingFailureException e) {
                fouten.reject("conflict.formulier");
            }
        }
        model.addAttribute("mandaat", mandaten.mandaat(id));
        rechten.vereis(Actie.MANDATEN_INTREKKEN);
        model.addAttribute("laatsteGebruik", mandaten.laatsteGebruik(id).orElse(null));
        return "mandaat/intrekken";
    }
}
