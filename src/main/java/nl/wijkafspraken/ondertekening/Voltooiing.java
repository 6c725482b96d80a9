package nl.wijkafspraken.ondertekening;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import nl.wijkafspraken.afspraken.OndertekeningVoltooid;
import nl.wijkafspraken.audit.AuditService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * What follows a signature or refusal, inside its transaction and under the round's lock: a party whose
 * ondertekenregel is met is complete (the other tekenbevoegden's invitations are no longer needed); once the
 * gemeente and a wijkoverleg have both signed, {@link PartijOndertekend} and the afspraken module's
 * {@link OndertekeningVoltooid} are published, exactly once per party (the flag {@code gemeld} is set in the same
 * transaction, and the lock keeps two last signatures from both missing or both seeing the other). For the people
 * who must act next it publishes {@link BesturenOndertekend} (only the gemeente is missing) and {@link RondeVoltooid}
 * (every party signed), each once, by the signature that made it so.
 *
 * <p>Why the afspraken hear of a party only when the gemeente has signed as well: the afspraken are an agreement
 * between the gemeente and the wijkoverleg, so the party's version is "signed" when it carries both signatures.
 */
@Component
class Voltooiing {

    private final ApplicationEventPublisher events;
    private final Ondertekeningspost post;
    private final AuditService audit;
    private final Clock clock;

    Voltooiing(ApplicationEventPublisher events, Ondertekeningspost post, AuditService audit, Clock clock) {
        this.events = events;
        this.post = post;
        this.audit = audit;
        this.clock = clock;
    }

    /** After a change to the party (a signature or a refusal), with the round locked. */
    void werkBij(Rondepartij partij, Instant nu) {
        if (partij.getSoort() == Partijsoort.WIJKOVERLEG && partij.werkBij(nu)) {
            for (var overbodig : partij.getUitnodigingen()) {
                if (overbodig.getStatus() == Uitnodigingstatus.OPEN) {
                    overbodig.nietNodig();
                    post.nietNodig(overbodig);
                }
            }
            audit.registreer(partij.getRonde().getGemeenteId(), "PARTIJ_ONDERTEKEND", RondeService.OBJECTTYPE,
                    partij.getRonde().getId(), partij.getNaam() + " heeft ondertekend volgens de ondertekenregel ("
                            + partij.getVereist() + " handtekening" + (partij.getVereist() == 1 ? "" : "en") + ")");
            var ronde = partij.getRonde();
            if (!ronde.gemeente().isOndertekend()
                    && ronde.wijkoverleggen().stream().allMatch(Rondepartij::isOndertekend)) {
                events.publishEvent(new BesturenOndertekend(ronde.getGemeenteId(), ronde.getId()));
            }
        }
        meld(partij.getRonde());
    }

    private void meld(Ronde ronde) {
        if (!ronde.gemeente().isOndertekend()) {
            return;
        }
        for (var partij : ronde.wijkoverleggen()) {
            if (partij.isOndertekend() && !partij.isGemeld()) {
                partij.meld();
                var laatste = partij.getOndertekendOp().isAfter(ronde.gemeente().getOndertekendOp())
                        ? partij.getOndertekendOp() : ronde.gemeente().getOndertekendOp();
                events.publishEvent(new PartijOndertekend(ronde.getGemeenteId(), ronde.getId(),
                        ronde.getAfsprakenId(), ronde.getVersieId(), partij.getWijkoverlegId()));
                events.publishEvent(new OndertekeningVoltooid(ronde.getGemeenteId(), ronde.getVersieId(),
                        partij.getWijkoverlegId(), LocalDate.ofInstant(laatste, clock.getZone()),
                        "Ondertekenronde " + ronde.getId() + ", SHA-256 " + ronde.getDocumentHash()));
            }
        }
        if (ronde.controleerVoltooid()) {
            events.publishEvent(new RondeVoltooid(ronde.getGemeenteId(), ronde.getId()));
        }
    }
}
