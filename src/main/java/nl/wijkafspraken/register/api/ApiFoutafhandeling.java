package nl.wijkafspraken.register.api;

import java.util.Locale;
import nl.wijkafspraken.gedeeld.NietGevondenException;
import nl.wijkafspraken.register.OngeldigVerzoekException;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Errors of the open-data API as problem details (RFC 9457, {@code application/problem+json}) in Dutch: 404 for
 * anything unknown or not public, 400 for a bad parameter. Never a stack trace or an internal message.
 */
@RestControllerAdvice(assignableTypes = {OpendataController.class, OnbekendApiPad.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiFoutafhandeling {

    private static final Locale NL = Locale.forLanguageTag("nl-NL");

    private final MessageSource berichten;

    ApiFoutafhandeling(MessageSource berichten) {
        this.berichten = berichten;
    }

    @ExceptionHandler(NietGevondenException.class)
    ProblemDetail nietGevonden() {
        return probleem(HttpStatus.NOT_FOUND, "register.api.404", "register.api.404.tekst");
    }

    @ExceptionHandler(OngeldigVerzoekException.class)
    ProblemDetail ongeldig(OngeldigVerzoekException e) {
        var probleem = probleem(HttpStatus.BAD_REQUEST, "register.api.400", e.getCode(), e.getArgumenten());
        return probleem;
    }

    @ExceptionHandler({MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class})
    ProblemDetail onleesbaar() {
        return probleem(HttpStatus.BAD_REQUEST, "register.api.400", "register.api.400.tekst");
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ProblemDetail alleenLezen() {
        return probleem(HttpStatus.METHOD_NOT_ALLOWED, "register.api.405", "register.api.405.tekst");
    }

    private ProblemDetail probleem(HttpStatus status, String titel, String tekst, Object... argumenten) {
        var probleem = ProblemDetail.forStatusAndDetail(status, berichten.getMessage(tekst, argumenten, NL));
        probleem.setTitle(berichten.getMessage(titel, null, NL));
        return probleem;
    }
}
