package nl.wijkafspraken.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.List;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/**
 * Spring MVC's flash messages ("opgeslagen") in the session, as usual, but not looked up for static files: every
 * request through the DispatcherServlet asks for them, and with the sessions in PostgreSQL that would be a read of
 * the session store for each stylesheet and script, and a failure during a database outage (the Dutch outage page
 * would then come without its stylesheet).
 */
final class Flashberichten extends SessionFlashMapManager {

    /** The static paths of the security configuration, as prefixes ("/css/**" becomes "/css/"). */
    private static final List<String> STATISCH = Arrays.stream(SecurityConfig.STATISCH)
            .map(patroon -> patroon.replace("**", "")).toList();

    @Override
    protected List<FlashMap> retrieveFlashMaps(HttpServletRequest request) {
        var pad = request.getRequestURI().substring(request.getContextPath().length());
        return STATISCH.stream().anyMatch(pad::startsWith) ? null : super.retrieveFlashMaps(request);
    }
}
