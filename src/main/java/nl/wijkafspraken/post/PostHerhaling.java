package nl.wijkafspraken.post;

import java.time.Clock;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.data.domain.Limit;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Retries failed messages, and delivers new ones whose after-commit delivery was lost, every
 * {@code wijkafspraken.post.interval}. With several instances only one runs it at a time (ShedLock); the row locks
 * of {@link Bezorging} keep a message from going out twice even so.
 */
@Component
class PostHerhaling {

    private static final int PER_RONDE = 100;

    private final UitgaandBerichtRepository berichten;
    private final Bezorging bezorging;
    private final Smtp smtp;
    private final PostEigenschappen eigenschappen;
    private final Clock clock;

    PostHerhaling(UitgaandBerichtRepository berichten, Bezorging bezorging, Smtp smtp, PostEigenschappen eigenschappen,
            Clock clock) {
        this.berichten = berichten;
        this.bezorging = bezorging;
        this.smtp = smtp;
        this.eigenschappen = eigenschappen;
        this.clock = clock;
    }

    /** Public for ShedLock's proxy. A message waits at least one interval after its last attempt. */
    @Scheduled(fixedDelayString = "${wijkafspraken.post.interval}", initialDelayString = "${wijkafspraken.post.interval}")
    // Held for one interval, also when the run took a second, so that the other instances skip their turn and the
    // job runs once per interval across instances; a crashed instance's lock expires after that interval too.
    @SchedulerLock(name = "post-herhaling",
            lockAtLeastFor = "${wijkafspraken.taken.minimale-slotduur:${wijkafspraken.post.interval}}",
            lockAtMostFor = "${wijkafspraken.post.interval}")
    public void herhaal() {
        if (smtp.server().isEmpty()) {
            return;
        }
        berichten.teHerhalen(clock.instant().minus(eigenschappen.interval()), Limit.of(PER_RONDE))
                .forEach(bezorging::bezorg);
    }
}
