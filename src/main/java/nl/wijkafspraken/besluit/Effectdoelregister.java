package nl.wijkafspraken.besluit;

import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.wijkafspraken.besluit.Effectdoelen.Effectdoel;
import nl.wijkafspraken.gedeeld.DomeinregelException;
import org.springframework.stereotype.Component;

/**
 * The targets of effects, gathered from the modules that carry them out: what the besluitpunt form offers, whether
 * the ids a point names belong to this gemeente and are still open, and how the voorstel and the besluit describe
 * them. A kind that no module offers targets for has none (and a point of that kind cannot be saved).
 */
@Component
class Effectdoelregister {

    private final Map<EffectSoort, Effectdoelen> perSoort = new EnumMap<>(EffectSoort.class);

    Effectdoelregister(List<Effectdoelen> bronnen) {
        bronnen.forEach(b -> perSoort.put(b.soort(), b));
    }

    /** Per kind, the targets a besluitpunt of the gemeente can name now. */
    Map<EffectSoort, List<Effectdoel>> keuzes(long gemeenteId) {
        var keuzes = new EnumMap<EffectSoort, List<Effectdoel>>(EffectSoort.class);
        perSoort.forEach((soort, bron) -> keuzes.put(soort, bron.keuzes(gemeenteId)));
        return keuzes;
    }

    /**
     * Refuses targets that are not on offer: of another gemeente, unknown, or no longer open (a version adopted
     * since, a convenant withdrawn). The ids the point named before may stay, so that an unrelated change to its
     * text does not fail on them.
     */
    void controleer(long gemeenteId, Effect effect, Effect vorige) {
        if (effect == null || effect.doelIds().isEmpty()) {
            return;
        }
        var bron = perSoort.get(effect.soort());
        var open = bron == null ? List.<Long>of()
                : bron.keuzes(gemeenteId).stream().map(Effectdoel::id).toList();
        var eerder = vorige != null && vorige.soort() == effect.soort() ? vorige.doelIds() : List.<Long>of();
        if (!effect.doelIds().stream().allMatch(id -> open.contains(id) || eerder.contains(id))) {
            throw effect.soort() == EffectSoort.AFSPRAKEN_VASTSTELLEN
                    ? DomeinregelException.voorVeld("effectVersieId", "besluitpunt.effect.versie.onbekend")
                    : DomeinregelException.voorVeld("effectConvenantIds", "besluitpunt.effect.convenanten.onbekend");
        }
    }

    /** Per besluitpunt id, what its effect acts on in words; points without targets are left out. */
    Map<Long, String> beschrijvingen(long gemeenteId, Collection<Besluitpunt> punten) {
        var beschrijvingen = new HashMap<Long, String>();
        for (var punt : punten) {
            var effect = punt.getEffect();
            var bron = effect == null ? null : perSoort.get(effect.soort());
            if (bron != null && !effect.doelIds().isEmpty()) {
                beschrijvingen.put(punt.getId(), bron.beschrijf(gemeenteId, effect.doelIds()).stream()
                        .map(Effectdoel::omschrijving).collect(Collectors.joining("; ")));
            }
        }
        return beschrijvingen;
    }
}
