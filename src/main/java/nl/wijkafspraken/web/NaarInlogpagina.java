package nl.wijkafspraken.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;

/**
 * Sends a request without login to the login page, and says there that the session has expired when the browser
 * still brought the id of a session that is gone (the idle timeout): otherwise the user would not know why they
 * have to log in again. Only for pages that need a login, so the public register never shows it.
 */
final class NaarInlogpagina extends LoginUrlAuthenticationEntryPoint {

    NaarInlogpagina() {
        super("/login");
    }

    @Override
    protected String determineUrlToUseForThisRequest(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException exception) {
        return request.getRequestedSessionId() != null && !request.isRequestedSessionIdValid()
                ? Sessieduur.VERLOPEN_URL : "/login";
    }
}
