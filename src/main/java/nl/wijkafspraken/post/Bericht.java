package nl.wijkafspraken.post;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An e-mail to send for a gemeente: one recipient, a subject, a plain-text body and optional attachments.
 * Refuses what could inject mail headers (line breaks in the address or subject, a list of addresses).
 *
 * @param gemeenteId the gemeente the message is sent for; its BEHEERDER sees it in the outbox
 * @param aan        one e-mail address
 * @param onderwerp  the subject, any Unicode text on one line
 * @param tekst      the body as plain text; may hold one-time links and codes, so it is never logged
 * @param bijlagen   attachments, possibly none
 */
public record Bericht(long gemeenteId, String aan, String onderwerp, String tekst, List<Bijlage> bijlagen) {

    static final int MAX_AAN = 254;
    static final int MAX_ONDERWERP = 250;
    /** One plain address: no display name, no list, no white space (and so no header injection). */
    private static final Pattern ADRES = Pattern.compile("[^\\s@,;:<>()\\[\\]\"\\\\]+@[^\\s@,;:<>()\\[\\]\"\\\\]+");

    public Bericht {
        Objects.requireNonNull(aan, "aan");
        Objects.requireNonNull(onderwerp, "onderwerp");
        Objects.requireNonNull(tekst, "tekst");
        aan = aan.strip();
        onderwerp = onderwerp.strip();
        if (aan.length() > MAX_AAN || !ADRES.matcher(aan).matches()) {
            throw new IllegalArgumentException("Geen geldig e-mailadres voor één ontvanger");
        }
        if (onderwerp.isEmpty() || onderwerp.length() > MAX_ONDERWERP || onderwerp.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("Het onderwerp moet één regel van 1 tot " + MAX_ONDERWERP + " tekens zijn");
        }
        bijlagen = bijlagen == null ? List.of() : List.copyOf(bijlagen);
    }

    /** A message without attachments. */
    public Bericht(long gemeenteId, String aan, String onderwerp, String tekst) {
        this(gemeenteId, aan, onderwerp, tekst, List.of());
    }

    /** Leaves out the text: it may hold one-time links and codes, and a record's toString ends up in logs. */
    @Override
    public String toString() {
        return "Bericht[gemeenteId=" + gemeenteId + ", aan=" + aan + ", onderwerp=" + onderwerp + ", bijlagen="
                + bijlagen + "]";
    }
}
