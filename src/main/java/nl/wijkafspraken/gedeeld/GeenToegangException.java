package nl.wijkafspraken.gedeeld;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The user is known but may not do this: the 403 page. */
@ResponseStatus(HttpStatus.FORBIDDEN)
public class GeenToegangException extends RuntimeException {

    public GeenToegangException() {
        super("Geen toegang");
    }
}
