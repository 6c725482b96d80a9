package nl.wijkafspraken.tweedefactor.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.stereotype.Component;

/** Keeps a passed factor in the session, and finds the page the user asked for before the login. */
@Component
class Factorsessie {

    private static final HttpSessionSecurityContextRepository CONTEXTEN = new HttpSessionSecurityContextRepository();
    private static final HttpSessionRequestCache VERZOEKEN = new HttpSessionRequestCache();

    /**
     * Stores the login with its new factor under a new session id: the session now carries more power, so an id
     * seen before this step (fixation) must not reach it. The session registry reads the shared session store, where
     * the session keeps its row under the new id, so ending "the other sessions" (account/Sessiebeheer) never
     * mistakes this one.
     */
    void bewaar(HttpServletRequest request, HttpServletResponse response) {
        request.getSession();
        request.changeSessionId();
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
