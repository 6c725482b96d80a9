package nl.wijkafspraken.web;

import org.springframework.dao.ConcurrencyFailureException;

/**
 * A create that collided with a concurrent one twice in a row (deadlock, unique violation): nothing was saved, and
 * {@link WebExceptionHandler} answers with the Dutch conflict page (409) instead of a 500.
 */
class GelijktijdigeInzendingException extends ConcurrencyFailureException {

    GelijktijdigeInzendingException(Throwable oorzaak) {
        super("Gelijktijdige inzending", oorzaak);
    }
}
