package nl.wijkafspraken.afspraken;

import java.time.LocalDate;
import java.util.Set;

/** A row of the list of afspraken. */
public record AfsprakenRegel(long id, String titel, AfsprakenStatus status, Integer geldendeVersie,
        LocalDate ingangsdatum, LocalDate einddatum, Ondertekenstand stand) {

    /** @param opgeheven the wijkoverleggen the register says are opgeheven: they have left */
    static AfsprakenRegel van(Afspraken a, LocalDate vandaag, Set<Long> opgeheven) {
        return new AfsprakenRegel(a.getId(), a.getTitel(), a.status(vandaag, opgeheven),
                a.geldendeVersie().map(Versie::getNummer).orElse(null),
                a.looptijd().map(Looptijd::ingangsdatum).orElse(null),
                a.looptijd().map(Looptijd::einddatum).orElse(null), a.ondertekenstand(vandaag, opgeheven));
    }
}
