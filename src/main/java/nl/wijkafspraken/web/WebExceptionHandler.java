package nl.wijkafspraken.web;

import nl.wijkafspraken.gedeeld.GeenToegangException;
import nl.wijkafspraken.gedeeld.HuidigeGebruiker;
import nl.wijkafspraken.gedeeld.NietGevondenException;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Turns the domain's "not found", "not allowed" and "changed by someone else" into the Dutch error pages, inside
 * the layout with the user's header. Forms catch conflicts themselves where they can, so the user keeps what they
 * typed; this is the fallback. Anything else reaches Boot's error page (error/500), never with a stack trace.
 */
@ControllerAdvice
class WebExceptionHandler {

    private final HuidigeGebruiker huidigeGebruiker;

    WebExceptionHandler(HuidigeGebruiker huidigeGebruiker) {
        this.huidigeGebruiker = huidigeGebruiker;
    }

    @ExceptionHandler({NietGevondenException.class, NoResourceFoundException.class})
    ModelAndView nietGevonden() {
        return foutpagina(HttpStatus.NOT_FOUND);
    }

    @ExceptionHandler(GeenToegangException.class)
    ModelAndView geenToegang() {
        return foutpagina(HttpStatus.FORBIDDEN);
    }

    /** Someone else's change came first, or a create collided twice with a concurrent one (EenmaligeInzendingen). */
    @ExceptionHandler(ConcurrencyFailureException.class)
    ModelAndView conflict() {
        return foutpagina(HttpStatus.CONFLICT);
    }

    /** An upload over the limit never reaches a form: say so in Dutch instead of a bare error. */
    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ModelAndView teGroot() {
        return foutpagina(HttpStatus.CONTENT_TOO_LARGE);
    }

    private ModelAndView foutpagina(HttpStatus status) {
        var pagina = new ModelAndView("error/" + status.value(), status);
        pagina.addObject("gebruiker", huidigeGebruiker.find().orElse(null));
        pagina.addObject("huidigPad", "");
        return pagina;
    }
}
