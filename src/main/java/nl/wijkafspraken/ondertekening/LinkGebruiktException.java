package nl.wijkafspraken.ondertekening;

/**
 * A change (a code, a signature, a refusal) asked through a link that has already been used to sign or refuse: the
 * evidence is append-only, so nothing happens; the page of the link shows what was recorded instead. Typically a
 * second click on "Ondertekenen".
 */
public class LinkGebruiktException extends LinkOngeldigException {

    LinkGebruiktException(Afzender afzender) {
        super(afzender);
    }
}
