package nl.wijkafspraken.register;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A request the public register cannot answer as asked (a page number out of range, an overlong query): 400. */
@ResponseStatus(HttpStatus.BAD_REQUEST)
public class OngeldigVerzoekException extends RuntimeException {

    private final String code;
    private final transient Object[] argumenten;

    /** @param code the message key of the Dutch explanation */
    public OngeldigVerzoekException(String code, Object... argumenten) {
        super(code);
        this.code = code;
        this.argumenten = argumenten.clone();
    }

    public String getCode() {
        return code;
    }

    public Object[] getArgumenten() {
        return argumenten.clone();
    }
}
