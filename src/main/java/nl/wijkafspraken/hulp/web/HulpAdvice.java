package nl.wijkafspraken.hulp.web;

import jakarta.servlet.http.HttpServletRequest;
import nl.wijkafspraken.hulp.Gids;
import nl.wijkafspraken.hulp.Hoofdstuk;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The chapter the Help link of the layout opens: the one about the current page, or none (the link then opens the
 * index). A page may set its own {@code hulp} model attribute; Spring keeps what the handler put in the model.
 * Matches paths only, no database.
 */
@ControllerAdvice
class HulpAdvice {

    private final Gids gids;

    HulpAdvice(Gids gids) {
        this.gids = gids;
    }

    @ModelAttribute("hulp")
    String hulp(HttpServletRequest request) {
        var pad = request.getRequestURI().substring(request.getContextPath().length());
        return gids.over(pad).map(Hoofdstuk::naam).orElse(null);
    }
}
