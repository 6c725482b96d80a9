package nl.wijkafspraken.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;

/**
 * Collects every error of every form on the page into one list, so that the layout can show the error summary at
 * the top (the NL Design System / GOV.UK pattern): a long form's messages then never sit unseen below the fold. It
 * reads the forms' BindingResults after the controller has run, so no controller has to do anything for it.
 */
class Foutoverzicht implements HandlerInterceptor {

    static final String MODEL_NAAM = "foutoverzicht";

    private final MessageSource berichten;

    Foutoverzicht(MessageSource berichten) {
        this.berichten = berichten;
    }

    /**
     * One error in the summary. {@code veld} is the id Thymeleaf's {@code th:field} gives the field (the link
     * target), or null for an error that belongs to the whole form.
     */
    record Fout(String veld, String tekst) {
    }

    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
            ModelAndView mav) {
        if (mav == null || mav.getViewName() == null || mav.getViewName().startsWith("redirect:")) {
            return;
        }
        var fouten = new ArrayList<Fout>();
        mav.getModel().forEach((naam, waarde) -> {
            if (naam.startsWith(BindingResult.MODEL_KEY_PREFIX) && waarde instanceof BindingResult resultaat) {
                fouten.addAll(fouten(resultaat));
            }
        });
        if (!fouten.isEmpty()) {
            mav.addObject(MODEL_NAAM, fouten);
        }
    }

    private List<Fout> fouten(BindingResult resultaat) {
        var locale = LocaleContextHolder.getLocale();
        var lijst = new ArrayList<Fout>();
        for (var fout : resultaat.getGlobalErrors()) {
            lijst.add(new Fout(null, berichten.getMessage(fout, locale)));
        }
        for (FieldError fout : resultaat.getFieldErrors()) {
            lijst.add(new Fout(veldId(fout.getField()), berichten.getMessage(fout, locale)));
        }
        return lijst;
    }

    /** Thymeleaf's th:field id: the property path without brackets ({@code punten[0].tekst} → {@code punten0.tekst}). */
    static String veldId(String pad) {
        return pad.replace("[", "").replace("]", "");
    }
}
