package nl.wijkafspraken.post;

import java.time.Instant;

/** One message in the outbox list. */
public record BerichtRegel(long id, Instant aangemaakt, String aan, String onderwerp, Verzendstatus status) {
}
