package nl.wijkafspraken.convenant;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import nl.wijkafspraken.afspraken.AfsprakenService;
import nl.wijkafspraken.besluit.ConvenantenIntrekkenOpgedragen;
import nl.wijkafspraken.besluit.EffectSoort;
import nl.wijkafspraken.besluit.EffectUitgevoerd;
import nl.wijkafspraken.besluit.Effectdoelen;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The effect "convenanten intrekken" of a besluit, seen from the convenanten: which convenanten a besluitpunt can
 * name (those still in force), and withdrawing them all when the college has decided, through
 * {@link ConvenantService#trekIn}, with a report back ({@link EffectUitgevoerd}) in the same transaction. The
 * afspraken that replace them are those of the gemeente that run on the vervaldatum. Idempotent: a redelivered
 * event finds the withdrawal of its besluitpunt and does nothing.
 */
@Component
class IntrekkingUitvoering implements Effectdoelen {

    private final ConvenantService service;
    private final ConvenantRepository convenanten;
    private final ConvenantIntrekkingRepository intrekkingen;
    private final AfsprakenService afspraken;
    private final ApplicationEventPublisher events;

    IntrekkingUitvoering(ConvenantService service, ConvenantRepository convenanten,
            ConvenantIntrekkingRepository intrekkingen, AfsprakenService afspraken, ApplicationEventPublisher events) {
        this.service = service;
        this.convenanten = convenanten;
        this.intrekkingen = intrekkingen;
        this.afspraken = afspraken;
        this.events = events;
    }

    @ApplicationModuleListener
    void bij(ConvenantenIntrekkenOpgedragen opdracht) {
        if (intrekkingen.findByBesluitpuntId(opdracht.besluitpuntId()).isPresent()) {
            return;
        }
        var omschrijving = service.trekIn(opdracht.gemeenteId(), opdracht.convenantIds(), opdracht.besluitId(),
                opdracht.besluitpuntId(), opdracht.intrekkingsdatum(),
                afspraken.lopendOp(opdracht.gemeenteId(), opdracht.intrekkingsdatum()).orElse(null),
                opdracht.besluitIdentificatie());
        events.publishEvent(new EffectUitgevoerd(opdracht.gemeenteId(), opdracht.besluitId(),
                opdracht.besluitpuntId(), omschrijving, "/convenanten"));
    }

    @Override
    public EffectSoort soort() {
        return EffectSoort.CONVENANTEN_INTREKKEN;
    }

    /** The convenanten still in force: a withdrawn one cannot be withdrawn again. */
    @Override
    @Transactional(readOnly = true)
    public List<Effectdoel> keuzes(long gemeenteId) {
        return convenanten.findByGemeenteIdOrderByDatumOndertekendAscTitelAsc(gemeenteId).stream()
                .filter(c -> !c.isIngetrokken()).map(IntrekkingUitvoering::doel).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<Effectdoel> beschrijf(long gemeenteId, Collection<Long> ids) {
        return convenanten.findByGemeenteIdAndIdIn(gemeenteId, ids).stream()
                .sorted(Comparator.comparing(Convenant::getDatumOndertekend).thenComparing(Convenant::getTitel))
                .map(IntrekkingUitvoering::doel).toList();
    }

    private static Effectdoel doel(Convenant convenant) {
        return new Effectdoel(convenant.getId(), convenant.getTitel() + " (" + convenant.getPartij() + ")");
    }
}
