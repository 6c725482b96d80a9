package nl.wijkafspraken.hulp.web;

import java.util.ArrayList;
import java.util.List;
import nl.wijkafspraken.gedeeld.Gebruiker;
import nl.wijkafspraken.gedeeld.NietGevondenException;
import nl.wijkafspraken.gedeeld.Rol;
import nl.wijkafspraken.hulp.Gids;
import nl.wijkafspraken.hulp.Hoofdstuk;
import nl.wijkafspraken.gedeeld.GeenToegangException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The user guide at {@code /hulp}: the index per role and one page per chapter. Without login only the index and
 * the board member's chapters are open (SecurityConfig permits exactly those paths); the rest asks for a login.
 */
@Controller
class HulpController {

    private final Gids gids;

    HulpController(Gids gids) {
        this.gids = gids;
    }

    /**
     * Logged in: every role's chapters, the user's own roles first (a civil servant may want to know what the
     * wethouder sees). Without login: the board member's chapters and a link to log in.
     */
    @GetMapping("/hulp")
    String index(Model model) {
        var gebruiker = gebruiker(model);
        var rollen = new ArrayList<Rol>();
        if (gebruiker != null) {
            rollen.addAll(gebruiker.rollen().stream().sorted().toList());
            List.of(Rol.values()).stream().filter(r -> !rollen.contains(r)).forEach(rollen::add);
        } else {
            rollen.add(Rol.BESTUURSLID);
        }
        model.addAttribute("delen", rollen.stream()
                .map(rol -> new Deel(rol, gids.voor(rol).stream().map(h -> new Regel(h, gids.tekst(h).titel()))
                        .toList()))
                .toList());
        return "hulp/index";
    }

    @GetMapping("/hulp/{naam:[a-z0-9-]+}")
    String hoofdstuk(@PathVariable String naam, Model model) {
        var gebruiker = gebruiker(model);
        var hoofdstuk = gids.hoofdstuk(naam).orElseThrow(() -> new NietGevondenException("Hoofdstuk", naam));
        if (!hoofdstuk.openbaar() && gebruiker == null) {
            // Reached only by someone logged in without a role (SecurityConfig asks everyone else to log in).
            throw new GeenToegangException();
        }
        model.addAttribute("hoofdstuk", hoofdstuk);
        model.addAttribute("tekst", gids.tekst(hoofdstuk));
        model.addAttribute(HulpConfig.ATTRIBUUT, hoofdstuk.naam());
        return "hulp/hoofdstuk";
    }

    /** The user the layout's model advice (module web) already looked up, so no second query. */
    private static Gebruiker gebruiker(Model model) {
        return (Gebruiker) model.getAttribute("gebruiker");
    }

    record Deel(Rol rol, List<Regel> hoofdstukken) {
    }

    record Regel(Hoofdstuk hoofdstuk, String titel) {
    }
}
