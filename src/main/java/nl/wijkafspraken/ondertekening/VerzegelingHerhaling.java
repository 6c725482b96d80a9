package nl.wijkafspraken.ondertekening;

import java.time.Clock;
import java.time.Duration;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Seals again what could not be sealed: when the time-stamping authority did not answer, {@link Verzegeling} failed
 * and its {@link PartijOndertekend} stays an incomplete event publication. Every {@code verzegeling-opnieuw} (10
 * minutes) those older than that interval are delivered again, until the TSA answers. Without this job they would
 * wait for the next restart. One instance at a time (ShedLock); sealing itself is idempotent per kenmerk.
 */
@Component
class VerzegelingHerhaling {

    private static final Log log = LogFactory.getLog(VerzegelingHerhaling.class);

    private final IncompleteEventPublications publicaties;
    private final Clock clock;
    private final Duration interval;

    VerzegelingHerhaling(IncompleteEventPublications publicaties, Clock clock,
            @Value("${wijkafspraken.ondertekening.verzegeling-opnieuw:PT10M}") Duration interval) {
        this.publicaties = publicaties;
        this.clock = clock;
        this.interval = interval;
    }

    /** Public for ShedLock's proxy, and for the tests that run the job themselves. */
    @Scheduled(fixedDelayString = "${wijkafspraken.ondertekening.verzegeling-opnieuw:PT10M}",
            initialDelayString = "${wijkafspraken.ondertekening.verzegeling-opnieuw:PT10M}")
    // Held for one interval, also when the run took a second, so that the other instances skip their turn and the
    // job runs once per interval across instances; a crashed instance's lock expires after that interval too.
    @SchedulerLock(name = "ondertekening-verzegeling-opnieuw",
            lockAtLeastFor = "${wijkafspraken.taken.minimale-slotduur:${wijkafspraken.ondertekening.verzegeling-opnieuw:PT10M}}",
            lockAtMostFor = "${wijkafspraken.ondertekening.verzegeling-opnieuw:PT10M}")
    public void probeerOpnieuw() {
        var grens = clock.instant().minus(interval);
        publicaties.resubmitIncompletePublications(publicatie -> {
            boolean opnieuw = publicatie.getEvent() instanceof PartijOndertekend
                    && publicatie.getPublicationDate().isBefore(grens);
            if (opnieuw) {
                log.info("Verzegeling opnieuw geprobeerd: " + publicatie.getEvent());
            }
            return opnieuw;
        });
    }
}
