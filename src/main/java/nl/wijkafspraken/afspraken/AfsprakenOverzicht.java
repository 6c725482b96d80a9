package nl.wijkafspraken.afspraken;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The afspraken with what their page needs. For a BESTUURSLID ({@code beperkt}) only the vastgestelde text and the
 * own party: no concepts, no other parties, no meetings.
 */
public record AfsprakenOverzicht(Afspraken afspraken, AfsprakenStatus status, List<Partij> partijen,
        List<Versie> versies, boolean magBeheren, boolean beperkt, LocalDate vandaag) {

    public Optional<Looptijd> looptijd() {
        return afspraken.looptijd();
    }

    public Optional<Versie> geldendeVersie() {
        return afspraken.geldendeVersie();
    }

    public Optional<Versie> concept() {
        return beperkt ? Optional.empty() : afspraken.concept();
    }

    public Optional<LocalDate> volgendeVerlenging() {
        return afspraken.volgendeVerlenging();
    }

    public Verlengingssignaal signaal() {
        return afspraken.verlengingssignaal(vandaag);
    }

    public List<Verlenging> verlengingen() {
        return beperkt ? List.of() : afspraken.getVerlengingen().reversed();
    }

    public boolean isAfgelopen() {
        return status.isAfgelopen();
    }
}
