package nl.wijkafspraken.register.web;

import nl.wijkafspraken.register.RegisterService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The public register's pages without login: the gemeenten, a gemeente's start page, its wijkoverleggen and its
 * convenanten, and the toegankelijkheidsverklaring.
 */
@Controller
class RegisterController {

    private final RegisterService register;

    RegisterController(RegisterService register) {
        this.register = register;
    }

    @GetMapping("/openbaar")
    String gemeenten(Model model) {
        model.addAttribute("gemeenten", register.gemeenten());
        return "register/index";
    }

    @GetMapping("/openbaar/{code}")
    String gemeente(@PathVariable String code, Model model) {
        model.addAttribute("start", register.start(code));
        return "register/gemeente";
    }

    @GetMapping("/openbaar/{code}/wijkoverleggen")
    String wijkoverleggen(@PathVariable String code, Model model) {
        model.addAttribute("pagina", register.wijkoverleggen(code));
        return "register/wijkoverleggen";
    }

    @GetMapping("/openbaar/{code}/convenanten")
    String convenanten(@PathVariable String code, Model model) {
        model.addAttribute("pagina", register.convenanten(code));
        return "register/convenanten";
    }

    @GetMapping("/toegankelijkheid")
    String toegankelijkheid() {
        return "register/toegankelijkheid";
    }
}
