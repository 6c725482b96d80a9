package nl.wijkafspraken.audit.web;

import nl.wijkafspraken.audit.Ketencontrole;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The BEHEERDER's check of the hash chains: each visit recomputes them (README, "Evidence model"). */
@Controller
class KetenController {

    private final Ketencontrole controle;

    KetenController(Ketencontrole controle) {
        this.controle = controle;
    }

    @GetMapping("/beheer/ketens")
    String ketens(Model model) {
        var uitkomsten = controle.voorBeheerder();
        model.addAttribute("uitkomsten", uitkomsten);
        model.addAttribute("intact", uitkomsten.stream().allMatch(Ketencontrole.Uitkomst::intact));
        return "audit/ketens";
    }
}
