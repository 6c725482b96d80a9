package nl.wijkafspraken.ondertekening;

/**
 * A signing link that cannot be used (unknown, expired, replaced by a newer invitation, blocked, no longer needed,
 * or its round withdrawn). All causes look the same to the visitor, so that a link cannot be probed. A link that
 * exists carries its {@link Afzender}, so that the page can say whom to ask; an unknown one carries nothing, and
 * every unknown link gets the same answer. (Telling the holder of a real link which gemeente sent it reveals
 * nothing to a guesser: a 256-bit token is not found by trying.)
 */
public class LinkOngeldigException extends RuntimeException {

    private final transient Afzender afzender;

    public LinkOngeldigException() {
        this(null);
    }

    LinkOngeldigException(Afzender afzender) {
        super("Ondertekenlink ongeldig");
        this.afzender = afzender;
    }

    /** The sender of a link that exists but cannot be used; null for an unknown link. */
    public Afzender getAfzender() {
        return afzender;
    }
}
