package nl.wijkafspraken.register.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.List;
import nl.wijkafspraken.register.Paginering;
import nl.wijkafspraken.register.RegisterService;
import nl.wijkafspraken.register.Zoekuitkomst;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Search across the published besluiten and the afspraken of a gemeente. An overlong question is refused next to
 * the field (400), with the question kept in the field.
 */
@Controller
class ZoekController {

    private final RegisterService register;

    ZoekController(RegisterService register) {
        this.register = register;
    }

    @GetMapping("/openbaar/{code}/zoeken")
    String zoek(@PathVariable String code, @Valid @ModelAttribute("zoekopdracht") ZoekFormData zoekopdracht,
            BindingResult fouten, @RequestParam(defaultValue = "0") int pagina, Model model,
            HttpServletResponse response) {
        if (fouten.hasErrors()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("uitkomst", new Zoekuitkomst(register.gemeente(code), "",
                    new PageImpl<>(List.of(), PageRequest.of(0, Paginering.STANDAARD_AANTAL), 0)));
            return "register/zoeken";
        }
        model.addAttribute("uitkomst", register.zoek(code, zoekopdracht.getQ(), pagina, Paginering.STANDAARD_AANTAL));
        return "register/zoeken";
    }
}
