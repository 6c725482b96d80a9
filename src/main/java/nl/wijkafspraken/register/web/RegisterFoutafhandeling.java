package nl.wijkafspraken.register.web;

import nl.wijkafspraken.gedeeld.HuidigeGebruiker;
import nl.wijkafspraken.gedeeld.NietGevondenException;
import nl.wijkafspraken.register.OngeldigVerzoekException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/**
 * Errors on the public pages, in Dutch and inside the layout, with a way back into the public register rather than
 * to the login: "not found" (also for what is not public) and "bad request" (a malformed page number, an overlong
 * question). Comes before the application's general handler.
 */
@ControllerAdvice(assignableTypes = {RegisterController.class, AfsprakenpaginaController.class,
        BesluitpaginaController.class, ZoekController.class, SitemapController.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class RegisterFoutafhandeling {

    private final HuidigeGebruiker huidigeGebruiker;

    RegisterFoutafhandeling(HuidigeGebruiker huidigeGebruiker) {
        this.huidigeGebruiker = huidigeGebruiker;
    }

    @ExceptionHandler(NietGevondenException.class)
    ModelAndView nietGevonden() {
        return fout(HttpStatus.NOT_FOUND, "register.fout.404.tekst", new Object[0]);
    }

    @ExceptionHandler(OngeldigVerzoekException.class)
    ModelAndView ongeldig(OngeldigVerzoekException e) {
        return fout(HttpStatus.BAD_REQUEST, e.getCode(), e.getArgumenten());
    }

    @ExceptionHandler({MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class})
    ModelAndView onleesbaar() {
        return fout(HttpStatus.BAD_REQUEST, "register.fout.400.tekst", new Object[0]);
    }

    private ModelAndView fout(HttpStatus status, String code, Object[] argumenten) {
        var pagina = new ModelAndView("register/fout", status);
        pagina.addObject("status", status.value());
        pagina.addObject("code", code);
        pagina.addObject("argumenten", argumenten);
        pagina.addObject("gebruiker", huidigeGebruiker.find().orElse(null));
        pagina.addObject("huidigPad", "");
        return pagina;
    }
}
