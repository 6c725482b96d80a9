package nl.wijkafspraken.ondertekening;

/**
 * A signing link that cannot be used (unknown, used, expired, replaced by a newer invitation, or its round withdrawn).
 * All cases look the same to the visitor, so that a link cannot be probed.
 */
public class LinkOngeldigException extends RuntimeException {

    public LinkOngeldigException() {
        super("Ondertekenlink ongeldig");
    }
}
