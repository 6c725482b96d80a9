package nl.wijkafspraken.besluit;

import java.time.Clock;
import nl.wijkafspraken.audit.AuditService;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Records what another module reports as carried out, once per besluitpunt: a redelivered report finds the line
 * already there and does nothing (the unique besluitpunt id in the table guards a race).
 */
@Component
class EffectUitgevoerdRegistratie {

    private static final Log log = LogFactory.getLog(EffectUitgevoerdRegistratie.class);

    private final UitgevoerdEffectRepository uitgevoerd;
    private final BesluitRepository besluiten;
    private final AuditService audit;
    private final Clock clock;

    EffectUitgevoerdRegistratie(UitgevoerdEffectRepository uitgevoerd, BesluitRepository besluiten,
            AuditService audit, Clock clock) {
        this.uitgevoerd = uitgevoerd;
        this.besluiten = besluiten;
        this.audit = audit;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void bij(EffectUitgevoerd gemeld) {
        if (uitgevoerd.existsByBesluitpuntId(gemeld.besluitpuntId())) {
            return;
        }
        if (besluiten.findByIdAndGemeenteId(gemeld.besluitId(), gemeld.gemeenteId()).isEmpty()) {
            log.warn("Uitgevoerd effect voor onbekend besluit " + gemeld.besluitId() + " genegeerd");
            return;
        }
        uitgevoerd.save(new UitgevoerdEffect(gemeld.besluitId(), gemeld.besluitpuntId(), gemeld.omschrijving(),
                gemeld.verwijzing(), clock.instant()));
        audit.registreer(gemeld.gemeenteId(), "EFFECT_UITGEVOERD", BesluitService.OBJECTTYPE, gemeld.besluitId(),
                gemeld.omschrijving());
    }
}
