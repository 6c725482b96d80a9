package nl.wijkafspraken.afspraken;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import nl.wijkafspraken.wijkoverleg.Partijstand;
import nl.wijkafspraken.wijkoverleg.Partijstanden;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells the register's export how each wijkoverleg stands under the current afspraken of its gemeente: those not
 * ended or expired, the ones with a vastgestelde version first (a new concept beside them is not yet what a party
 * signs), then the newest. One query for the afspraken and one batch each for their versions, parties, signatures
 * and renewals, whatever the number of wijkoverleggen.
 */
@Component
class RegisterPartijstanden implements Partijstanden {

    private final AfsprakenRepository afspraken;

    RegisterPartijstanden(AfsprakenRepository afspraken) {
        this.afspraken = afspraken;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, Partijstand> van(long gemeenteId, LocalDate vandaag) {
        var standen = new HashMap<Long, Partijstand>();
        afspraken.findByGemeenteIdOrderByIdDesc(gemeenteId).stream()
                .filter(a -> !a.isAfgelopenOp(vandaag))
                .sorted(Comparator.comparing((Afspraken a) -> a.geldendeVersie().isEmpty()))
                .forEach(a -> {
                    var geldende = a.geldendeVersie();
                    var verlenging = a.volgendeVerlenging().orElse(null);
                    a.getDeelnames().forEach(d -> standen.putIfAbsent(d.getWijkoverlegId(), new Partijstand(
                            a.getTitel(), geldende.map(Versie::getNummer).orElse(null),
                            geldende.flatMap(d::ondertekendOp).orElse(null), verlenging)));
                });
        return standen;
    }
}
