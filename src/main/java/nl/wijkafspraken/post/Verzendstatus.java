package nl.wijkafspraken.post;

/** Where an outgoing message stands. */
public enum Verzendstatus {
    /** Stored, waiting for the SMTP delivery after commit (or for the retry job, if that delivery was lost). */
    NIEUW,
    /** Accepted by the SMTP server. */
    VERZONDEN,
    /** The last attempt failed; the retry job tries again. */
    MISLUKT,
    /** Failed {@code wijkafspraken.post.max-pogingen} times; not tried again. */
    OPGEGEVEN,
    /** No SMTP server is configured: not sent, it stays in the outbox for the BEHEERDER to read. */
    GEEN_SMTP;

    /** Still to be delivered over SMTP. */
    boolean isOpen() {
        return this == NIEUW || this == MISLUKT;
    }
}
