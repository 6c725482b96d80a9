package nl.wijkafspraken.web;

import jakarta.servlet.http.HttpServletRequest;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import nl.wijkafspraken.gedeeld.EenmaligeInzending;
import nl.wijkafspraken.gedeeld.HuidigeGebruiker;
import nl.wijkafspraken.gedeeld.Melding;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.servlet.view.RedirectView;

/**
 * Exactly one record per submit of a create form ({@link EenmaligeInzending}), in one place for every module.
 * <p>The handler runs in one transaction that first claims the form's token for the logged-in user
 * ({@link FormulierInzendingen#claim}) and, when the handler redirects, notes the target before the commit. The
 * services' own {@code @Transactional} methods join it, so token and record commit together or not at all. A second
 * submit of the same form waits on the token's key until the first commits and is then sent where the first went,
 * with a message that says so. A deadlock, unique violation or lock conflict with another user's concurrent submit
 * rolls everything back and runs the handler once more, on the now committed state, where the service's own checks
 * give the Dutch message next to the field (a name that now exists) or the form's conflict message; a second
 * failure gives the Dutch 409 page ({@link GelijktijdigeInzendingException}), never a 500.
 */
@Component("eenmaligeInzendingen")
public class EenmaligeInzendingen {

    /** The hidden field of {@code fragments/forms :: eenmalig}. */
    public static final String PARAMETER = "_eenmalig";

    private static final Logger LOG = LoggerFactory.getLogger(EenmaligeInzendingen.class);
    private static final Pattern TOKENVORM = Pattern.compile("[A-Za-z0-9-]{16,64}");
    /** deadlock, serialization failure, unique violation, lock not available, and "aborted" after a swallowed one. */
    private static final Set<String> GELIJKTIJDIG = Set.of("40P01", "40001", "23505", "55P03", "25P02");

    private final FormulierInzendingen inzendingen;
    private final HuidigeGebruiker huidigeGebruiker;
    private final TransactionTemplate transacties;
    private final Clock clock;

    EenmaligeInzendingen(FormulierInzendingen inzendingen, HuidigeGebruiker huidigeGebruiker,
            PlatformTransactionManager transactiebeheer, Clock clock) {
        this.inzendingen = inzendingen;
        this.huidigeGebruiker = huidigeGebruiker;
        this.transacties = new TransactionTemplate(transactiebeheer);
        this.clock = clock;
    }

    /** A fresh token for a form being shown; the server keeps nothing until it is submitted. */
    public String nieuwToken() {
        return UUID.randomUUID().toString();
    }

    /** Runs one submit of a create form; {@code handler} is Spring MVC's own invocation of the controller method. */
    ModelAndView verwerk(HttpServletRequest request, Handler handler) throws Exception {
        var sleutel = sleutel(request);
        for (int poging = 1; ; poging++) {
            try {
                return transacties.execute(status -> poging(status, request, sleutel, handler));
            } catch (Doorgegeven e) {
                throw e.oorzaak;
            } catch (RuntimeException e) {
                if (!gelijktijdig(e)) {
                    throw e;
                }
                if (poging == 2) {
                    LOG.warn("Gelijktijdige inzending op {} ook na een herhaling mislukt: {}", request.getRequestURI(),
                            e.toString());
                    throw new GelijktijdigeInzendingException(e);
                }
                LOG.info("Gelijktijdige inzending op {} ({}); nog één keer", request.getRequestURI(), e.toString());
            }
        }
    }

    private ModelAndView poging(TransactionStatus status, HttpServletRequest request, Optional<Sleutel> sleutel,
            Handler handler) {
        RequestContextUtils.getOutputFlashMap(request).clear();
        if (sleutel.isPresent() && !inzendingen.claim(sleutel.get().gebruiker(), sleutel.get().token(), clock.instant())) {
            status.setRollbackOnly();
            // Committed only together with its target, so a row seen here has one.
            var doel = inzendingen.doel(sleutel.get().gebruiker(), sleutel.get().token())
                    .orElseThrow(() -> new GelijktijdigeInzendingException(null));
            RequestContextUtils.getOutputFlashMap(request).put("melding", Melding.succes("formulier.alVerzonden"));
            return new ModelAndView("redirect:" + doel);
        }
        ModelAndView antwoord;
        try {
            antwoord = handler.roepAan();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new Doorgegeven(e);
        }
        var doel = doel(antwoord);
        // The form again (with errors) or a refusal: nothing of this submit stays, the token may be sent again.
        if (doel.isEmpty() || status.isRollbackOnly()) {
            status.setRollbackOnly();
            return antwoord;
        }
        sleutel.ifPresent(s -> inzendingen.legDoelVast(s.gebruiker(), s.token(), doel.get()));
        return antwoord;
    }

    private Optional<Sleutel> sleutel(HttpServletRequest request) {
        var token = request.getParameter(PARAMETER);
        if (token == null || !TOKENVORM.matcher(token).matches()) {
            return Optional.empty();
        }
        return huidigeGebruiker.find().map(g -> new Sleutel(g.accountId(), token));
    }

    private static Optional<String> doel(ModelAndView antwoord) {
        if (antwoord == null) {
            return Optional.empty();
        }
        if (antwoord.getView() instanceof RedirectView redirect) {
            return Optional.ofNullable(redirect.getUrl());
        }
        var naam = antwoord.getViewName();
        return naam != null && naam.startsWith("redirect:") ? Optional.of(naam.substring("redirect:".length()))
                : Optional.empty();
    }

    static boolean gelijktijdig(Throwable fout) {
        for (var t = fout; t != null; t = t.getCause()) {
            if (t instanceof ConcurrencyFailureException
                    || t instanceof SQLException sql && GELIJKTIJDIG.contains(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /** Spring MVC's invocation of the controller method, which may throw checked exceptions (binding). */
    @FunctionalInterface
    interface Handler {
        ModelAndView roepAan() throws Exception;
    }

    private record Sleutel(long gebruiker, String token) {
    }

    /** Carries a checked exception through the transaction template, which rolls back on it. */
    private static final class Doorgegeven extends RuntimeException {
        private final Exception oorzaak;

        Doorgegeven(Exception oorzaak) {
            super(oorzaak);
            this.oorzaak = oorzaak;
        }
    }
}
