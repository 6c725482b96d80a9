package nl.wijkafspraken.post;

import jakarta.annotation.PreDestroy;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Hands messages to the SMTP server. Each delivery locks its row first (skipping a row someone else holds), so the
 * after-commit delivery, the retry job and other instances never send one message twice; the row stays locked
 * while the server is talked to. Logs the message id and the outcome, never the text.
 */
@Component
class Bezorging {

    private static final Log log = LogFactory.getLog(Bezorging.class);

    private final UitgaandBerichtRepository berichten;
    private final Smtp smtp;
    private final PostEigenschappen eigenschappen;
    private final Clock clock;
    private final TransactionTemplate eigenTransactie;
    /** One thread of our own: no global @EnableAsync, and mail goes out in the order it was stored. */
    private final ExecutorService uitvoerder =
            Executors.newSingleThreadExecutor(Thread.ofPlatform().name("post-bezorging").daemon(true).factory());

    Bezorging(UitgaandBerichtRepository berichten, Smtp smtp, PostEigenschappen eigenschappen, Clock clock,
            PlatformTransactionManager transactionManager) {
        this.berichten = berichten;
        this.smtp = smtp;
        this.eigenschappen = eigenschappen;
        this.clock = clock;
        this.eigenTransactie = new TransactionTemplate(transactionManager);
        this.eigenTransactie.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * After the sender's transaction committed: deliver on our own thread, so that a slow mail server holds up no
     * request. A rolled-back transaction never gets here. What is lost here (a restart) the retry job picks up.
     */
    @TransactionalEventListener
    void naCommit(BerichtKlaargezet klaargezet) {
        try {
            uitvoerder.execute(() -> bezorg(klaargezet.berichtId()));
        } catch (RejectedExecutionException e) {
            log.info("E-mail " + klaargezet.berichtId() + " wacht op de herhaling: de app stopt");
        }
    }

    /**
     * Delivers one message if it is still open and nobody else is delivering it.
     *
     * @return the status afterwards, or empty when this call did nothing
     */
    Optional<Verzendstatus> bezorg(long id) {
        var server = smtp.server();
        if (server.isEmpty()) {
            return Optional.empty();
        }
        try {
            return eigenTransactie.execute(status -> berichten.claim(id).map(b -> verstuur(b, server.get())));
        } catch (RuntimeException e) {
            log.error("E-mail " + id + ": bezorging afgebroken, de herhaling probeert het opnieuw", e);
            return Optional.empty();
        }
    }

    private Verzendstatus verstuur(UitgaandBericht bericht, JavaMailSender server) {
        var nu = clock.instant();
        try {
            server.send(mail(server, bericht.alsBericht(), nu));
            bericht.verzonden(nu);
            log.info("E-mail " + bericht.getId() + " verzonden");
        } catch (MessagingException | RuntimeException e) {
            var melding = e.getMessage() != null ? e.getMessage() : e.getClass().getName();
            bericht.mislukt(nu, melding, eigenschappen.maxPogingen());
            log.warn("E-mail " + bericht.getId() + " niet verzonden (poging " + bericht.getPogingen() + " van "
                    + eigenschappen.maxPogingen() + "): " + melding);
        }
        return bericht.getStatus();
    }

    private MimeMessage mail(JavaMailSender server, Bericht bericht, Instant nu) throws MessagingException {
        var mail = server.createMimeMessage();
        var helper = new MimeMessageHelper(mail, !bericht.bijlagen().isEmpty(), "UTF-8");
        helper.setFrom(eigenschappen.afzender());
        helper.setTo(bericht.aan());
        helper.setSubject(bericht.onderwerp());
        helper.setSentDate(Date.from(nu));
        helper.setText(bericht.tekst(), false);
        for (var bijlage : bericht.bijlagen()) {
            helper.addAttachment(bijlage.naam(), new ByteArrayResource(bijlage.inhoud()), bijlage.mime());
        }
        return mail;
    }

    /** Lets a delivery under way finish (graceful shutdown); what is left waits for the retry job. */
    @PreDestroy
    void stop() throws InterruptedException {
        uitvoerder.shutdown();
        if (!uitvoerder.awaitTermination(10, TimeUnit.SECONDS)) {
            uitvoerder.shutdownNow();
        }
    }
}
