package nl.wijkafspraken.tweedefactor;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.http.HttpMethod;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The gate after the first factor: until the second factor is satisfied ({@link TweedeFactorBeleid}), a logged-in
 * user reaches only the second-factor page (or, when enrolment is due, the page "Beveiliging" and Spring's passkey
 * registration), logout, the public pages and static files. A page request is redirected there, anything else
 * gets 403. Passkey enrolment is closed while a factor is due: whoever knows only the password cannot add a
 * factor of their own.
 */
public class Tweedefactorpoort extends OncePerRequestFilter {

    static final String CONTROLE = "/tweede-factor";
    static final String INSTELLEN = "/beveiliging";

    private static final List<String> ALTIJD = List.of("/login", "/logout", "/error", "/css/", "/js/", "/img/",
            "/webjars/", "/favicon.ico", "/actuator/health", "/openbaar", "/toegankelijkheid", "/verifieren",
            "/api/", "/v3/api-docs", "/swagger-ui", "/ondertekenen/", CONTROLE, "/webauthn/authenticate/");
    private static final List<String> BIJ_INSTELLEN = List.of(INSTELLEN, "/webauthn/register");

    private final TweedeFactorBeleid beleid;

    Tweedefactorpoort(TweedeFactorBeleid beleid) {
        this.beleid = beleid;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var pad = request.getRequestURI().substring(request.getContextPath().length());
        if (begintMet(pad, ALTIJD)) {
            chain.doFilter(request, response);
            return;
        }
        var stand = beleid.stand(SecurityContextHolder.getContext().getAuthentication());
        String naar = switch (stand) {
            case GEEN_LOGIN, VOLDAAN -> null;
            case EERSTE_FACTOR_NODIG -> "/login";
            case CONTROLE_NODIG -> CONTROLE;
            case INSTELLEN_NODIG -> begintMet(pad, BIJ_INSTELLEN) ? null : INSTELLEN;
        };
        if (naar == null) {
            chain.doFilter(request, response);
        } else if (HttpMethod.GET.matches(request.getMethod())) {
            response.sendRedirect(request.getContextPath() + naar);
        } else {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
        }
    }

    private static boolean begintMet(String pad, List<String> voorvoegsels) {
        return voorvoegsels.stream().anyMatch(v -> pad.equals(v) || pad.startsWith(v.endsWith("/") ? v : v + "/")
                || (v.endsWith("/") && pad.startsWith(v)));
    }
}
