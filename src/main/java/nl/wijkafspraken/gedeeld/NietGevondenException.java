package nl.wijkafspraken.gedeeld;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The object does not exist, or not in the user's gemeente: both give the same 404, so that ids of other
 * gemeenten cannot be probed.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class NietGevondenException extends RuntimeException {

    public NietGevondenException(String objecttype, Object id) {
        super(objecttype + " " + id + " niet gevonden");
    }
}
