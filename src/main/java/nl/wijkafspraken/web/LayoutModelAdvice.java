package nl.wijkafspraken.web;

import jakarta.servlet.http.HttpServletRequest;
import nl.wijkafspraken.gedeeld.Gebruiker;
import nl.wijkafspraken.gedeeld.HuidigeGebruiker;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Gives every page the logged-in user for the header (gemeente, switcher, user menu, navigation). */
@ControllerAdvice
class LayoutModelAdvice {

    private final HuidigeGebruiker huidigeGebruiker;

    LayoutModelAdvice(HuidigeGebruiker huidigeGebruiker) {
        this.huidigeGebruiker = huidigeGebruiker;
    }

    @ModelAttribute("gebruiker")
    Gebruiker gebruiker() {
        return huidigeGebruiker.find().orElse(null);
    }

    /** Marks the current section in the navigation (aria-current). */
    @ModelAttribute("huidigPad")
    String huidigPad(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
