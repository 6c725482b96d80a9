package nl.wijkafspraken.post;

import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One message of the outbox as its BEHEERDER sees it. The text and the attachments' bytes are there only for a
 * message that was not sent because no SMTP server is configured ({@link #inhoudZichtbaar()}); a message for SMTP
 * is for its recipient alone.
 *
 * @param tekst    the body, or null when not shown
 * @param verzonden when the SMTP server accepted it, or null
 * @param fout     the error of the last failed attempt, or null
 */
public record BerichtDetail(long id, Instant aangemaakt, String aan, String onderwerp, Verzendstatus status,
        Instant verzonden, int pogingen, String fout, String tekst, List<BijlageInfo> bijlagen) {

    /** An http(s) address in the text, up to white space or a character that cannot end an address. */
    private static final Pattern LINK = Pattern.compile("https?://[^\\s<>\"]*[^\\s<>\".,;:!?)\\]'’]");

    public BerichtDetail {
        bijlagen = List.copyOf(bijlagen);
    }

    public boolean inhoudZichtbaar() {
        return tekst != null;
    }

    /** The web addresses in the text, so the BEHEERDER can follow a mailed link in the demo run. */
    public List<String> links() {
        return tekst == null ? List.of() : LINK.matcher(tekst).results().map(m -> m.group()).distinct().toList();
    }

    /** An attachment's name, type and size; {@code downloadbaar} when its bytes may be fetched. */
    public record BijlageInfo(int volgnummer, String naam, String mime, int grootte, boolean downloadbaar) {
    }
}
