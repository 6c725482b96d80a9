package nl.wijkafspraken.besluit.web;

import java.util.Optional;
import nl.wijkafspraken.besluit.BesluitService;
import nl.wijkafspraken.gedeeld.Melding;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
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
    String lijst(@RequestParam(required = false) String tekst, @RequestParam(defaultValue = "0") int pagina,
            Model model) {
        model.addAttribute("pagina", besluiten.zoek(tekst, PageRequest.of(Math.max(pagina, 0), PAGINAGROOTTE,
                Sort.by(Sort.Direction.DESC, "datum", "id"))));
        model.addAttribute("tekst", tekst);
        model.addAttribute("basis", UriComponentsBuilder.fromPath("/besluiten")
                .queryParamIfPresent("tekst", Optional.ofNullable(tekst).filter(t -> !t.isBlank()))
                .encode().toUriString());
        return "besluit/lijst";
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, Model model) {
        model.addAttribute("overzicht", besluiten.overzicht(id));
        return "besluit/detail";
    }

    @PostMapping("/{id}/effecten")
    String draagEffectenOpnieuwOp(@PathVariable long id, RedirectAttributes redirect) {
        var aantal = besluiten.draagOpenstaandeEffectenOpnieuwOp(id);
        redirect.addFlashAttribute("melding", Melding.succes("besluit.effecten.opnieuwOpgedragen", aantal));
        return "redirect:/besluiten/" + id;
    }
}
