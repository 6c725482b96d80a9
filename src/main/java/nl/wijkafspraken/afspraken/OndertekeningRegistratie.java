package nl.wijkafspraken.afspraken;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Records a signature the ondertekening module reports ({@link OndertekeningVoltooid}) on the party, in its own
 * transaction. Idempotent: {@link AfsprakenService#registreerOndertekening} leaves a version the party signed
 * already alone (the primary key of afspraken_ondertekening is deelname + versie), so a redelivered event changes
 * nothing.
 */
@Component
class OndertekeningRegistratie {

    private final AfsprakenService afspraken;

    OndertekeningRegistratie(AfsprakenService afspraken) {
        this.afspraken = afspraken;
    }

    @ApplicationModuleListener
    void bij(OndertekeningVoltooid voltooid) {
        afspraken.registreerOndertekening(voltooid.gemeenteId(), voltooid.versieId(), voltooid.wijkoverlegId(),
                voltooid.ondertekendOp(), voltooid.kenmerk());
    }
}
