package nl.wijkafspraken.tweedefactor.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.stereotype.Component;

/** Keeps a passed factor in the session, and finds the page the user asked for before the login. */
@Component
class Factorsessie {

    private static final HttpSessionSecurityContextRepository CONTEXTEN = new HttpSessionSecurityContextRepository();
    private static final HttpSessionRequestCache VERZOEKEN = new HttpSessionRequestCache();

    private final SessionRegistry sessies;

    Factorsessie(SessionRegistry sessies) {
        this.sessies = sessies;
    }

    /**
     * Stores the login with its new factor under a new session id: the session now carries more power, so an id
     * seen before this step (fixation) must not reach it. The session registry is told here, not only through the
     * container's session-id event, so that ending "the other sessions" (account/Sessiebeheer) never mistakes this one.
     */
    void bewaar(HttpServletRequest request, HttpServletResponse response) {
        var oud = request.getSession().getId();
        var nieuw = request.changeSessionId();
        sessies.removeSessionInformation(oud);
        sessies.registerNewSession(nieuw, SecurityContextHolder.getContext().getAuthentication().getPrincipal());
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
