package nl.wijkafspraken.ondertekening;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import nl.wijkafspraken.mandaat.MandaatGebruik;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells the mandaatregister the last signature placed under a mandate, so that the mandate cannot be withdrawn
 * from a day on or before it: the day as the application's clock counts it (Dutch time), the document (title and
 * version of the afspraken) and the party.
 */
@Component
@Transactional(readOnly = true)
class MandaatGebruikBijOndertekening implements MandaatGebruik {

    private final HandtekeningbewijsRepository handtekeningen;
    private final RondeRepository rondes;
    private final Clock clock;

    MandaatGebruikBijOndertekening(HandtekeningbewijsRepository handtekeningen, RondeRepository rondes, Clock clock) {
        this.handtekeningen = handtekeningen;
        this.rondes = rondes;
        this.clock = clock;
    }

    @Override
    public Optional<Gebruik> laatsteGebruik(long mandaatId) {
        return handtekeningen.findFirstByMandaatIdOrderByTijdstipDescIdDesc(mandaatId).map(h -> {
            var document = rondes.findById(h.getRondeId())
                    .map(r -> r.getTitel() + " (versie " + r.getVersienummer() + ")").orElse("");
            return new Gebruik(LocalDate.ofInstant(h.getTijdstip(), clock.getZone()),
                    "de ondertekening van " + document + " namens " + h.getPartij() + " door " + h.getNaam());
        });
    }
}
