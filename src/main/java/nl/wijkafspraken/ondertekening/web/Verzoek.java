package nl.wijkafspraken.ondertekening.web;

import jakarta.servlet.http.HttpServletRequest;
import nl.wijkafspraken.ondertekening.Herkomst;

/** The evidence of where a request came from. */
final class Verzoek {

    private Verzoek() {
    }

    static Herkomst herkomst(HttpServletRequest request) {
        return new Herkomst(request.getRemoteAddr(), request.getHeader("User-Agent"));
    }
}
