package nl.wijkafspraken.tweedefactor.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;

/** Keeps a passed factor in the session, and finds the page the user asked for before the login. */
final class Factorsessie {

    private static final HttpSessionSecurityContextRepository CONTEXTEN = new HttpSessionSecurityContextRepository();
    private static final HttpSessionRequestCache VERZOEKEN = new HttpSessionRequestCache();

    private Factorsessie() {
    }

    static void bewaar(HttpServletRequest request, HttpServletResponse response) {
        CONTEXTEN.saveContext(SecurityContextHolder.getContext(), request, response);
    }

    /** The page asked for before the login (same origin, from Spring's request cache), or the start page. */
    static String verder(HttpServletRequest request, HttpServletResponse response) {
        var bewaard = VERZOEKEN.getRequest(request, response);
        if (bewaard == null) {
            return "redirect:/";
        }
        VERZOEKEN.removeRequest(request, response);
        return "redirect:" + bewaard.getRedirectUrl();
    }
}
