package nl.wijkafspraken.mandaat;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import nl.wijkafspraken.audit.AuditService;
import nl.wijkafspraken.besluit.EffectUitgevoerd;
import nl.wijkafspraken.besluit.MandaatVerlenenOpgedragen;
import nl.wijkafspraken.bestuur.CollegeService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Carries out the effect "mandaat verlenen" of a besluit: registers the mandate and reports back with
 * {@link EffectUitgevoerd}, both in the listener's own transaction. Idempotent: a redelivered event (after a crash,
 * a restart or a secretary handing out effects again) finds the mandate of its besluitpunt and does nothing; two
 * deliveries at the same moment are stopped by the unique besluitpunt id of the mandaat table.
 */
@Component
class MandaatVerlening {

    private static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("d MMMM yyyy",
            Locale.forLanguageTag("nl-NL"));

    private final MandaatRepository mandaten;
    private final CollegeService college;
    private final ApplicationEventPublisher events;
    private final AuditService audit;

    MandaatVerlening(MandaatRepository mandaten, CollegeService college, ApplicationEventPublisher events,
            AuditService audit) {
        this.mandaten = mandaten;
        this.college = college;
        this.events = events;
        this.audit = audit;
    }

    @ApplicationModuleListener
    void bij(MandaatVerlenenOpgedragen opdracht) {
        if (mandaten.existsByBesluitpuntId(opdracht.besluitpuntId())) {
            return;
        }
        var lid = college.collegelid(opdracht.gemeenteId(), opdracht.collegelidId()).orElseThrow(() ->
                new IllegalStateException("Collegelid " + opdracht.collegelidId() + " niet in gemeente "
                        + opdracht.gemeenteId()));
        var mandaat = mandaten.saveAndFlush(new Mandaat(opdracht.gemeenteId(), opdracht.collegelidId(),
                opdracht.scope(), opdracht.ingangsdatum(), opdracht.einddatum(), opdracht.besluitId(),
                opdracht.besluitpuntId(), opdracht.besluitIdentificatie()));
        var omschrijving = "Mandaat verleend aan " + lid.aanduiding() + " voor '" + mandaat.getScope() + "' vanaf "
                + DATUM.format(mandaat.getIngangsdatum())
                + (mandaat.getEinddatum() == null ? "" : " tot en met " + DATUM.format(mandaat.getEinddatum()));
        audit.registreer(opdracht.gemeenteId(), "VERLEEND", MandaatService.OBJECTTYPE, mandaat.getId(),
                omschrijving + " (besluit " + opdracht.besluitIdentificatie() + ")");
        events.publishEvent(new EffectUitgevoerd(opdracht.gemeenteId(), opdracht.besluitId(),
                opdracht.besluitpuntId(), omschrijving, "/mandaten/" + mandaat.getId()));
    }
}
