package nl.wijkafspraken.audit.web;

import jakarta.servlet.http.HttpServletRequest;
import java.text.Collator;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import nl.wijkafspraken.audit.AuditService;
import nl.wijkafspraken.gedeeld.Rechten;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The audit trail of the active gemeente for whoever may read it (AUDITTRAIL_LEZEN): filter, newest first, 50 lines
 * a page, in Dutch words ({@link Auditweergave}).
 */
@Controller
class AuditController {

    static final int PAGINAGROOTTE = 50;
    private static final String PAD = "/beheer/audit";
    /** The id breaks ties between lines of the same moment, so that paging never skips or repeats a line. */
    private static final Sort NIEUWSTE_EERST = Sort.by(Sort.Order.desc("tijdstip"), Sort.Order.desc("id"));

    private final AuditService audit;
    private final Clock clock;
    private final MessageSource berichten;
    private final Rechten rechten;

    AuditController(AuditService audit, Clock clock, MessageSource berichten, Rechten rechten) {
        this.audit = audit;
        this.clock = clock;
        this.berichten = berichten;
        this.rechten = rechten;
    }

    @GetMapping(PAD)
    String lijst(@ModelAttribute("auditFilter") AuditFilterFormData filter, BindingResult resultaat,
            @RequestParam(defaultValue = "0") int pagina, HttpServletRequest request, Model model) {
        // Also the AUDITTRAIL_LEZEN check, so it holds before the filter is even looked at.
        var objecttypen = audit.objecttypen();
        // The user once, not once a row: whether an object is a link is decided from the roles in hand.
        var gebruiker = rechten.gebruiker();
        var weergave = new Auditweergave(berichten, clock.getZone(), actie -> Rechten.mag(gebruiker, actie));
        model.addAttribute("objecttypen", keuzes(objecttypen, weergave::objecttypenaam));
        model.addAttribute("acties", keuzes(audit.acties(), weergave::actienaam));
        filter.valideer(resultaat);
        if (!resultaat.hasErrors()) {
            model.addAttribute("regels", audit.zoek(filter.alsFilter(),
                    PageRequest.of(Math.max(pagina, 0), PAGINAGROOTTE, NIEUWSTE_EERST)).map(weergave::rij));
            model.addAttribute("basis", filter.url(request.getContextPath() + PAD));
        }
        return "audit/lijst";
    }

    /** Options sorted by their Dutch name, as a reader looks for them. */
    private static List<Keuze> keuzes(List<String> codes, Function<String, String> naam) {
        var collator = Collator.getInstance(Auditweergave.NEDERLANDS);
        return codes.stream().map(code -> new Keuze(code, naam.apply(code)))
                .sorted(Comparator.comparing(Keuze::naam, collator)).toList();
    }
}
