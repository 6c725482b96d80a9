package nl.wijkafspraken.ondertekening;

import java.time.Clock;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Reminds tekenbevoegden who have not yet used their invitation: after {@code herinnering-na} (5 days), then every
 * {@code herinnering-interval} (a week) until the link expires, each time with a fresh link (the earlier ones keep
 * working). Runs every {@code herinnering-controle}; with several instances only one runs it at a time (ShedLock on
 * the table {@code shedlock}), and each invitation is checked again under its round's lock, so that even two runs
 * at the same moment send one reminder. The time comes from the injected {@link Clock}.
 */
@Component
class OndertekeningHerinnering {

    private static final Log log = LogFactory.getLog(OndertekeningHerinnering.class);

    private final RondeRepository rondes;
    private final Uitnodigingen uitnodigingen;
    private final Clock clock;

    OndertekeningHerinnering(RondeRepository rondes, Uitnodigingen uitnodigingen, Clock clock) {
        this.rondes = rondes;
        this.uitnodigingen = uitnodigingen;
        this.clock = clock;
    }

    /** Public for ShedLock's proxy, and for the tests that run the job themselves. */
    @Scheduled(fixedDelayString = "${wijkafspraken.ondertekening.herinnering-controle}",
            initialDelayString = "${wijkafspraken.ondertekening.herinnering-controle}")
    // Held for one interval, also when the run took a second, so that the other instances skip their turn and the
    // job runs once per interval across instances; a crashed instance's lock expires after that interval too.
    @SchedulerLock(name = "ondertekening-herinnering",
            lockAtLeastFor = "${wijkafspraken.taken.minimale-slotduur:${wijkafspraken.ondertekening.herinnering-controle}}",
            lockAtMostFor = "${wijkafspraken.ondertekening.herinnering-controle}")
    public void herinner() {
        var nu = clock.instant();
        int verstuurd = 0;
        for (var id : rondes.openUitnodigingen(nu)) {
            try {
                if (uitnodigingen.herinnerIndienNodig(id, nu)) {
                    verstuurd++;
                }
            } catch (RuntimeException e) {
                log.error("Herinnering voor uitnodiging " + id + " niet verstuurd; de volgende ronde probeert het "
                        + "opnieuw", e);
            }
        }
        if (verstuurd > 0) {
            log.info(verstuurd + " herinnering(en) tot ondertekening verstuurd");
        }
    }
}
