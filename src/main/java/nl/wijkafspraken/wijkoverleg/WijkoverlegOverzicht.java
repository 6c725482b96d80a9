package nl.wijkafspraken.wijkoverleg;

import java.time.LocalDate;
import java.util.List;
import nl.wijkafspraken.gemeente.WijkInfo;

/**
 * A wijkoverleg with what its detail page needs: the names of its wijken, what the user may do, and today's date
 * for the current bestuur, and the requested changes of the bestuur that wait for the gemeente.
 */
public record WijkoverlegOverzicht(Wijkoverleg wijkoverleg, List<WijkInfo> wijken, boolean magBeheren,
        boolean magBestuurBijwerken, LocalDate vandaag, List<BestuurswijzigingRegel> wachtend) {

    public WijkoverlegOverzicht {
        wachtend = List.copyOf(wachtend);
    }

    public List<Bestuurslid> bestuur() {
        return wijkoverleg.bestuurOp(vandaag);
    }

    /** Members whose period has ended or has not started yet: the history. */
    public List<Bestuurslid> historie() {
        var huidig = bestuur();
        return wijkoverleg.getBestuursleden().stream().filter(b -> !huidig.contains(b)).toList();
    }

    /** How many tekenbevoegde members sit on the bestuur today. */
    public int aantalTekenbevoegden() {
        return wijkoverleg.tekenbevoegdenOp(vandaag).size();
    }

    public boolean voldoetAanOndertekenregel() {
        return wijkoverleg.kanOndertekenenOp(vandaag);
    }
}
