package nl.wijkafspraken.web;

import java.time.Clock;
import java.time.Duration;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Forgets form tokens after a day: a replay later than that is no double click, and the table stays small. Nothing
 * breaks when a token is forgotten early; a form opened more than a day ago then simply makes a new record.
 */
@Component
class InzendingOpruiming {

    static final Duration BEWAARTERMIJN = Duration.ofDays(1);

    private final FormulierInzendingen inzendingen;
    private final Clock clock;

    InzendingOpruiming(FormulierInzendingen inzendingen, Clock clock) {
        this.inzendingen = inzendingen;
        this.clock = clock;
    }

    /** Public for ShedLock's proxy; one instance at a time, though running twice would do no harm. */
    @Scheduled(fixedDelayString = "${wijkafspraken.formulier.opruiming-interval}",
            initialDelayString = "${wijkafspraken.formulier.opruiming-interval}")
    // Held for one interval, as every job (README, Several instances): runs once per interval across instances.
    @SchedulerLock(name = "formulier-inzending-opruiming",
            lockAtLeastFor = "${wijkafspraken.taken.minimale-slotduur:${wijkafspraken.formulier.opruiming-interval}}",
            lockAtMostFor = "${wijkafspraken.formulier.opruiming-interval}")
    @Transactional
    public void ruimOp() {
        inzendingen.verwijderOuderDan(clock.instant().minus(BEWAARTERMIJN));
    }
}
