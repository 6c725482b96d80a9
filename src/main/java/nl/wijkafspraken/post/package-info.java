/**
 * Outgoing e-mail. {@link nl.wijkafspraken.post.PostService#verstuur} stores each message in the outbox
 * ({@code uitgaand_bericht}) in the caller's transaction, with an audit line (who, to whom, subject; never the text);
 * only after that transaction commits is it handed to the SMTP server of {@code spring.mail.*}, on a thread of its
 * own, so a rolled-back change sends nothing and a slow mail server holds up no request. A failed delivery is
 * retried by a scheduled job (on one instance at a time: ShedLock on PostgreSQL) up to
 * {@code wijkafspraken.post.max-pogingen} times.
 *
 * <p>Without SMTP configuration (the default run) a message is not sent: it stays in the outbox, where a BEHEERDER
 * of the gemeente reads it at {@code /beheer/post}, so flows that mail links and codes work on a laptop. Messages
 * that go out over SMTP are for their recipient only: the outbox shows their status, not their text, and text and
 * attachments are wiped once delivered or given up on. Message texts are never logged.
 *
 * <p>Publishes no events for other modules and consumes none; internally {@code BerichtKlaargezet} starts the
 * delivery after commit.
 */
package nl.wijkafspraken.post;
