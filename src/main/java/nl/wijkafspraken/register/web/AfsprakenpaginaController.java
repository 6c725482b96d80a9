package nl.wijkafspraken.register.web;

import nl.wijkafspraken.register.RegisterService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The public pages of the afspraken: those in force, one version, and two versions compared. */
@Controller
@RequestMapping("/openbaar/{code}/afspraken")
class AfsprakenpaginaController {

    private final RegisterService register;

    AfsprakenpaginaController(RegisterService register) {
        this.register = register;
    }

    @GetMapping
    String lijst(@PathVariable String code, Model model) {
        model.addAttribute("lijst", register.afspraken(code));
        return "register/afspraken-lijst";
    }

    @GetMapping("/{id}")
    String afspraken(@PathVariable String code, @PathVariable long id, Model model) {
        model.addAttribute("pagina", register.afspraken(code, id));
        return "register/afspraken";
    }

    @GetMapping("/{id}/versies/{nummer}")
    String versie(@PathVariable String code, @PathVariable long id, @PathVariable int nummer, Model model) {
        model.addAttribute("pagina", register.versie(code, id, nummer));
        return "register/versie";
    }

    @GetMapping("/{id}/vergelijken")
    String vergelijk(@PathVariable String code, @PathVariable long id, @RequestParam(required = false) Integer van,
            @RequestParam(required = false) Integer naar, Model model) {
        model.addAttribute("pagina", register.vergelijk(code, id, van, naar));
        return "register/vergelijking";
    }
}
