package nl.wijkafspraken.afspraken;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import nl.wijkafspraken.besluit.AfsprakenVaststellenOpgedragen;
import nl.wijkafspraken.besluit.EffectSoort;
import nl.wijkafspraken.besluit.EffectUitgevoerd;
import nl.wijkafspraken.besluit.Effectdoelen;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The effect "afspraken vaststellen" of a besluit, seen from the afspraken: which concept versions a besluitpunt
 * can name, and carrying the effect out when the college has decided. The listener adopts the named version through
 * {@link AfsprakenService#stelVast} and reports back with {@link EffectUitgevoerd}, in one transaction. Idempotent:
 * a redelivered event finds the version adopted by its besluitpunt and does nothing; two deliveries at once wait
 * for each other on the afspraken row lock, and the unique besluitpunt id of the version stops the second.
 */
@Component
class AfsprakenVaststelling implements Effectdoelen {

    private final AfsprakenService service;
    private final AfsprakenRepository afspraken;
    private final ApplicationEventPublisher events;

    AfsprakenVaststelling(AfsprakenService service, AfsprakenRepository afspraken, ApplicationEventPublisher events) {
        this.service = service;
        this.afspraken = afspraken;
        this.events = events;
    }

    @ApplicationModuleListener
    void bij(AfsprakenVaststellenOpgedragen opdracht) {
        if (afspraken.versienummerVastgesteldBij(opdracht.besluitpuntId()).isPresent()) {
            return;
        }
        var omschrijving = service.stelVast(opdracht.gemeenteId(), opdracht.versieId(), opdracht.besluitId(),
                opdracht.besluitpuntId(), opdracht.ingangsdatum(), opdracht.besluitIdentificatie());
        var versie = afspraken.versies(List.of(opdracht.versieId()), opdracht.gemeenteId()).getFirst();
        events.publishEvent(new EffectUitgevoerd(opdracht.gemeenteId(), opdracht.besluitId(),
                opdracht.besluitpuntId(), omschrijving,
                "/afspraken/" + versie.getAfspraken().getId() + "/versies/" + versie.getNummer()));
    }

    @Override
    public EffectSoort soort() {
        return EffectSoort.AFSPRAKEN_VASTSTELLEN;
    }

    /** The concept versions: only a concept can be adopted. */
    @Override
    @Transactional(readOnly = true)
    public List<Effectdoel> keuzes(long gemeenteId) {
        return afspraken.findByGemeenteIdOrderByIdDesc(gemeenteId).stream()
                .flatMap(a -> a.concept().stream()).map(AfsprakenVaststelling::doel).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<Effectdoel> beschrijf(long gemeenteId, Collection<Long> ids) {
        return afspraken.versies(ids, gemeenteId).stream()
                .sorted(Comparator.comparing(Versie::getId)).map(AfsprakenVaststelling::doel).toList();
    }

    private static Effectdoel doel(Versie versie) {
        return new Effectdoel(versie.getId(), "versie " + versie.getNummer() + " van " + versie.getAfspraken().getTitel()
                + (versie.getZaaknummer() == null ? "" : " (" + versie.getZaaknummer() + ")"));
    }
}
