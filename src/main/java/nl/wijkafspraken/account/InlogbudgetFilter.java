package nl.wijkafspraken.account;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a login attempt from an address that has used up its {@link Inlogbudget}, before the name or password is
 * looked at: 429 Too Many Requests, which the app's error handling shows as the Dutch page {@code error/429}. The
 * security configuration places it just before the login form is processed. Not a bean of its own, so that the
 * servlet container does not also run it outside the security filter chain.
 */
public final class InlogbudgetFilter extends OncePerRequestFilter {

    private final Inlogbudget budget;

    InlogbudgetFilter(Inlogbudget budget) {
        this.budget = budget;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !("POST".equals(request.getMethod())
                && "/login".equals(request.getRequestURI().substring(request.getContextPath().length())));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (budget.isOp(request.getRemoteAddr())) {
            response.sendError(HttpStatus.TOO_MANY_REQUESTS.value());
            return;
        }
        chain.doFilter(request, response);
    }
}
