package nl.wijkafspraken.besluit;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Turns the besluitpunten of a besluit into {@link EffectOpgedragen} events and publishes them in the caller's
 * transaction, so that the event publication registry stores them together with the decision: committed together,
 * or not at all.
 */
@Component
class Effectopdrachten {

    private final ApplicationEventPublisher events;

    Effectopdrachten(ApplicationEventPublisher events) {
        this.events = events;
    }

    /** Publishes the effects of the besluit, except those of points {@code alGedaan} says were carried out. */
    List<EffectOpgedragen> draagOp(Besluit besluit, Collegevoorstel voorstel, Predicate<Long> alGedaan) {
        var opdrachten = new ArrayList<EffectOpgedragen>();
        for (var punt : voorstel.getBesluitpunten()) {
            if (punt.heeftUitTeVoerenEffect() && !alGedaan.test(punt.getId())) {
                opdrachten.add(opdracht(besluit, punt));
            }
        }
        opdrachten.forEach(events::publishEvent);
        return opdrachten;
    }

    private static EffectOpgedragen opdracht(Besluit besluit, Besluitpunt punt) {
        var effect = punt.getEffect();
        var ingang = effect.ingangsdatumBij(besluit.getIngangsdatum());
        return switch (effect.soort()) {
            case MANDAAT_VERLENEN -> new MandaatVerlenenOpgedragen(besluit.getGemeenteId(), besluit.getId(),
                    punt.getId(), besluit.getIdentificatie(), effect.collegelidId(), effect.scope(), ingang,
                    effect.einddatum());
            case AFSPRAKEN_VASTSTELLEN -> new AfsprakenVaststellenOpgedragen(besluit.getGemeenteId(),
                    besluit.getId(), punt.getId(), besluit.getIdentificatie(), ingang, effect.doelIds().getFirst());
            case CONVENANTEN_INTREKKEN -> new ConvenantenIntrekkenOpgedragen(besluit.getGemeenteId(),
                    besluit.getId(), punt.getId(), besluit.getIdentificatie(), ingang, effect.doelIds());
        };
    }
}
