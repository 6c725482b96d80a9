package nl.wijkafspraken.gedeeld;

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
