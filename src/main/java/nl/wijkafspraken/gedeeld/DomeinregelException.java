package nl.wijkafspraken.gedeeld;

import org.springframework.validation.Errors;

/**
 * A domain rule refuses the change. Carries a message key from messages.properties so that the web layer can
 * show the reason in Dutch next to the form.
 */
public class DomeinregelException extends RuntimeException {

    private final String veld;
    private final String berichtcode;
    private final transient Object[] argumenten;

    public DomeinregelException(String berichtcode, Object... argumenten) {
        this(null, berichtcode, argumenten);
    }

    private DomeinregelException(String veld, String berichtcode, Object[] argumenten) {
        super(berichtcode);
        this.veld = veld;
        this.berichtcode = berichtcode;
        this.argumenten = argumenten;
    }

    /** A refusal that belongs to one form field, so the message appears next to it. */
    public static DomeinregelException voorVeld(String veld, String berichtcode, Object... argumenten) {
        return new DomeinregelException(veld, berichtcode, argumenten);
    }

    /** Shows the refusal in a form: next to its field, or above the form when it belongs to no field. */
    public void toonIn(Errors errors) {
        if (veld != null) {
            errors.rejectValue(veld, berichtcode, argumenten, berichtcode);
        } else {
            errors.reject(berichtcode, argumenten, berichtcode);
        }
    }

    /** The form field the refusal belongs to, or null for the form as a whole. */
    public String getVeld() {
        return veld;
    }

    public String getBerichtcode() {
        return berichtcode;
    }

    public Object[] getArgumenten() {
        return argumenten;
    }
}
