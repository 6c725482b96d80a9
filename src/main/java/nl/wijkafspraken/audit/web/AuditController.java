package nl.wijkafspraken.audit.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import nl.wijkafspraken.audit.AuditService;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

/** The audit trail of the active gemeente for the BEHEERDER: filter, newest first, 50 lines a page. */
@Controller
class AuditController {

    static final int PAGINAGROOTTE = 50;
    private static final String PAD = "/beheer/audit";
    /** The id breaks ties between lines of the same moment, so that paging never skips or repeats a line. */
    private static final Sort NIEUWSTE_EERST = Sort.by(Sort.Order.desc("tijdstip"), Sort.Order.desc("id"));

    private final AuditService audit;
    private final Clock clock;

    AuditController(AuditService audit, Clock clock) {
        this.audit = audit;
        this.clock = clock;
    }

    @GetMapping(PAD)
    String lijst(@ModelAttribute("auditFilter") AuditFilterFormData filter, BindingResult resultaat,
            @RequestParam(defaultValue = "0") int pagina, HttpServletRequest request, Model model) {
        // Also the BEHEERDER check, so it holds before the filter is even looked at.
        model.addAttribute("objecttypen", audit.objecttypen());
        model.addAttribute("acties", audit.acties());
        filter.valideer(resultaat);
        if (!resultaat.hasErrors()) {
            var zone = clock.getZone();
            model.addAttribute("regels", audit.zoek(filter.alsFilter(),
                    PageRequest.of(Math.max(pagina, 0), PAGINAGROOTTE, NIEUWSTE_EERST))
                    .map(regel -> AuditRegelRij.van(regel, zone)));
            model.addAttribute("basis", filter.url(request.getContextPath() + PAD));
        }
        return "audit/lijst";
    }
}
