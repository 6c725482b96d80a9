package nl.wijkafspraken.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The absolute lifetime of a login (ASVS 7.3.2): however active the user is, after {@code wijkafspraken.sessie
 * .maximale-duur} (10 hours, a long working day) the session ends and the next request goes to the login page with
 * the message that the session has expired. The idle timeout is the session store's own timeout (Spring Session,
 * {@code wijkafspraken.sessie.inactief-na}). The start is the first request after login, by the application's
 * clock, kept in the session (which a session-fixation change of id carries along, and every instance reads).
 */
final class Sessieduur extends OncePerRequestFilter {

    static final String BEGIN = Sessieduur.class.getName() + ".begin";
    static final String VERLOPEN_URL = "/login?verlopen";

    private final Clock clock;
    private final Duration maximaleDuur;

    Sessieduur(Clock clock, Duration maximaleDuur) {
        this.clock = clock;
        this.maximaleDuur = maximaleDuur;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var sessie = request.getSession(false);
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (sessie != null && authentication != null && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken)) {
            var nu = clock.instant();
            if (!(sessie.getAttribute(BEGIN) instanceof Instant begin)) {
                sessie.setAttribute(BEGIN, nu);
            } else if (nu.isAfter(begin.plus(maximaleDuur))) {
                sessie.invalidate();
                SecurityContextHolder.clearContext();
                response.sendRedirect(request.getContextPath() + VERLOPEN_URL);
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
