package nl.wijkafspraken.web;

import jakarta.servlet.http.HttpServletRequest;
import nl.wijkafspraken.gedeeld.Gebruiker;
import nl.wijkafspraken.gedeeld.HuidigeGebruiker;
import nl.wijkafspraken.tweedefactor.TweedeFactorBeleid;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Gives every page the logged-in user for the header (gemeente, switcher, user menu, navigation). */
@ControllerAdvice
class LayoutModelAdvice {

    private final HuidigeGebruiker huidigeGebruiker;
    private final TweedeFactorBeleid tweedeFactor;

    LayoutModelAdvice(HuidigeGebruiker huidigeGebruiker, TweedeFactorBeleid tweedeFactor) {
        this.huidigeGebruiker = huidigeGebruiker;
        this.tweedeFactor = tweedeFactor;
    }

    /** The embedded demo, where the demo accounts log in without a second factor: the header says so. */
    @ModelAttribute("demoZonderTweedeFactor")
    boolean demoZonderTweedeFactor() {
        return tweedeFactor.isDemo();
    }

    /** None on the page of a database outage: asking the database would only wait for the same timeout again. */
    @ModelAttribute("gebruiker")
    Gebruiker gebruiker(HttpServletRequest request) {
        if (request.getAttribute(Databasestoring.MARKERING) != null) {
            return null;
        }
        return huidigeGebruiker.find().orElse(null);
    }

    /** Marks the current section in the navigation (aria-current). */
    @ModelAttribute("huidigPad")
    String huidigPad(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
