package nl.wijkafspraken.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.LinkedHashMap;
import java.util.Locale;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a user sees while the database cannot be reached: the Dutch page "tijdelijk niet beschikbaar" (503, in the
 * layout, without a stack trace) and, for the open-data API under {@code /api/}, a problem detail (RFC 9457) with
 * 503. Outermost filter, so that it also catches a failure in a filter before the controllers (the second-factor
 * gate and the login read the account). Such a failure is logged as one WARN line without the stack trace: a minute
 * of outage is then a minute of short lines, not thousands of trace lines. Any other failure passes unchanged to
 * the usual error handling. How long a request waits for a connection is Hikari's connection timeout
 * ({@code spring.datasource.hikari.connection-timeout}).
 */
final class Databasestoring extends OncePerRequestFilter {

    /**
     * Request attribute set on an outage, so that the error page renders without asking the database for the user
     * (which would wait for the same timeout and fail again).
     */
    static final String MARKERING = Databasestoring.class.getName();

    private static final Log log = LogFactory.getLog(Databasestoring.class);
    private static final Locale NL = Locale.forLanguageTag("nl-NL");
    private static final MediaType PROBLEEM = MediaType.APPLICATION_PROBLEM_JSON;

    private final MessageSource berichten;
    private final JsonMapper json;

    Databasestoring(MessageSource berichten, JsonMapper json) {
        this.berichten = berichten;
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | IOException | RuntimeException fout) {
            var oorzaak = onbereikbaar(fout);
            if (oorzaak == null) {
                throw fout;
            }
            log.warn("Database niet bereikbaar, " + request.getMethod() + " " + request.getRequestURI() + " krijgt 503: "
                    + oorzaak.getClass().getSimpleName() + ": " + eenRegel(oorzaak.getMessage()));
            if (response.isCommitted()) {
                return;
            }
            response.resetBuffer();
            if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
                probleem(request, response);
            } else {
                request.setAttribute(MARKERING, Boolean.TRUE);
                response.sendError(HttpStatus.SERVICE_UNAVAILABLE.value());
            }
        }
    }

    private void probleem(HttpServletRequest request, HttpServletResponse response) throws IOException {
        var probleem = new LinkedHashMap<String, Object>();
        probleem.put("type", "about:blank");
        probleem.put("title", berichten.getMessage("fout.503.titel", null, NL));
        probleem.put("status", HttpStatus.SERVICE_UNAVAILABLE.value());
        probleem.put("detail", berichten.getMessage("fout.503.api", null, NL));
        probleem.put("instance", request.getRequestURI());
        response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
        response.setContentType(PROBLEEM.toString());
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), probleem);
    }

    /**
     * The exception in the chain that says the database could not be reached (no connection within the timeout, a
     * refused or broken connection: SQLSTATE class 08), or null for any other failure, such as a constraint
     * violation or a bug, which must stay visible as it is.
     */
    /** HikariCP's message for a statement on a connection it already closed. */
    private static final String GESLOTEN_VERBINDING = "Connection is closed";

    static Throwable onbereikbaar(Throwable fout) {
        for (var oorzaak = fout; oorzaak != null; oorzaak = oorzaak.getCause() == oorzaak ? null : oorzaak.getCause()) {
            if (oorzaak instanceof SQLTransientConnectionException || oorzaak instanceof ConnectException
                    || (oorzaak instanceof SQLException sql && sql.getSQLState() != null
                            && sql.getSQLState().startsWith("08"))) {
                return oorzaak;
            }
            // A connection that broke mid-transaction: the rollback then fails on Hikari's closed proxy, whose
            // exception has no SQLSTATE, and Spring throws that one instead of the I/O error (08006) before it.
            if (oorzaak instanceof SQLException sql && sql.getSQLState() == null
                    && GESLOTEN_VERBINDING.equals(sql.getMessage())) {
                return oorzaak;
            }
            if (oorzaak instanceof CannotGetJdbcConnectionException && oorzaak.getCause() == null) {
                return oorzaak;
            }
        }
        return null;
    }

    static String eenRegel(String tekst) {
        return tekst == null ? "" : tekst.replaceAll("\\s+", " ").strip();
    }
}
