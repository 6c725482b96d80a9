package nl.wijkafspraken.besluit.web;

import jakarta.validation.Valid;
import java.util.Optional;
import nl.wijkafspraken.besluit.BesluitOverzicht;
import nl.wijkafspraken.besluit.BesluitService;
import nl.wijkafspraken.besluit.Vervalreden;
import nl.wijkafspraken.gedeeld.DomeinregelException;
import nl.wijkafspraken.gedeeld.Melding;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/** The besluiten: list with search, and a besluit with its ZGW fields and the trace of its effects. */
@Controller
@RequestMapping("/besluiten")
class BesluitController {

    private static final int PAGINAGROOTTE = 20;

    private final BesluitService besluiten;

    BesluitController(BesluitService besluiten) {
        this.besluiten = besluiten;
    }

    @GetMapping
    String lijst(@RequestParam(required = false) String tekst,
            @RequestParam(defaultValue = "false") boolean ongepubliceerd, @RequestParam(defaultValue = "0") int pagina,
            Model model) {
        model.addAttribute("pagina", besluiten.zoek(tekst, ongepubliceerd, PageRequest.of(Math.max(pagina, 0),
                PAGINAGROOTTE, Sort.by(Sort.Direction.DESC, "datum", "id"))));
        model.addAttribute("tekst", tekst);
        model.addAttribute("ongepubliceerd", ongepubliceerd);
        model.addAttribute("aantalOngepubliceerd", besluiten.aantalOngepubliceerd());
        model.addAttribute("basis", UriComponentsBuilder.fromPath("/besluiten")
                .queryParamIfPresent("tekst", Optional.ofNullable(tekst).filter(t -> !t.isBlank()))
                .queryParamIfPresent("ongepubliceerd", Optional.of(ongepubliceerd).filter(Boolean::booleanValue))
                .encode().toUriString());
        return "besluit/lijst";
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, Model model) {
        model.addAttribute("overzicht", besluiten.overzicht(id));
        return "besluit/detail";
    }

    /** The SECRETARIS sets or corrects the publicatiedatum and the verval after the meeting. */
    @GetMapping("/{id}/publicatie")
    String publicatie(@PathVariable long id, Model model) {
        var publicatie = besluiten.publicatie(id);
        model.addAttribute("form", PublicatieFormData.van(publicatie.besluit()));
        return publicatieFormulier(model, publicatie);
    }

    @PostMapping("/{id}/publicatie")
    String wijzigPublicatie(@PathVariable long id, @Valid @ModelAttribute("form") PublicatieFormData form,
            BindingResult fouten, Model model, RedirectAttributes redirect) {
        var publicatie = besluiten.publicatie(id);
        if (!fouten.hasErrors()) {
            try {
                besluiten.wijzigPublicatie(id, form.getVersie(), form.getPublicatiedatum(), form.getVervaldatum(),
                        form.getVervalreden());
                redirect.addFlashAttribute("melding", Melding.succes("besluit.publicatie.opgeslagen"));
                return "redirect:/besluiten/" + id;
            } catch (DomeinregelException e) {
                e.toonIn(fouten);
            } catch (OptimisticLockingFailureException e) {
                fouten.reject("conflict.formulier");
            }
        }
        return publicatieFormulier(model, publicatie);
    }

    private static String publicatieFormulier(Model model, BesluitOverzicht.Publicatie publicatie) {
        model.addAttribute("publicatie", publicatie);
        model.addAttribute("vervalredenen", Vervalreden.values());
        return "besluit/publicatie";
    }

    @PostMapping("/{id}/effecten")
    String draagEffectenOpnieuwOp(@PathVariable long id, RedirectAttributes redirect) {
        var aantal = besluiten.draagOpenstaandeEffectenOpnieuwOp(id);
        redirect.addFlashAttribute("melding", Melding.succes("besluit.effecten.opnieuwOpgedragen", aantal));
        return "redirect:/besluiten/" + id;
    }
}
