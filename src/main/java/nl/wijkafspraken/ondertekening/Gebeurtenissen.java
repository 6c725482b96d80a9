package nl.wijkafspraken.ondertekening;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Records the events of a signing round (issue 13, part 7), in the caller's transaction, so that an event exists
 * exactly when what it describes was committed.
 */
@Component
class Gebeurtenissen {

    private final RondegebeurtenisRepository gebeurtenissen;

    Gebeurtenissen(RondegebeurtenisRepository gebeurtenissen) {
        this.gebeurtenissen = gebeurtenissen;
    }

    void van(Uitnodiging uitnodiging, Gebeurtenissoort soort, Instant tijdstip, Herkomst herkomst) {
        gebeurtenissen.save(new Rondegebeurtenis(uitnodiging.getPartij(), uitnodiging.getId(), soort, tijdstip,
                uitnodiging.getNaam(), Rondeweergave.functie(uitnodiging), uitnodiging.getEmail(), herkomst));
    }

    /** The gemeente signs without an invitation: the signer is whoever logged in. */
    void vanGemeente(Rondepartij partij, Gebeurtenissoort soort, Instant tijdstip, String naam, String functie,
            String email, Herkomst herkomst) {
        gebeurtenissen.save(new Rondegebeurtenis(partij, null, soort, tijdstip, naam, functie, email, herkomst));
    }

    /** The signing page was loaded; at most one such event per invitation per minute (UTC). */
    void geopend(Uitnodiging uitnodiging, Instant tijdstip, Herkomst herkomst) {
        var partij = uitnodiging.getPartij();
        var ronde = partij.getRonde();
        gebeurtenissen.geopend(ronde.getGemeenteId(), ronde.getId(), partij.getId(), uitnodiging.getId(), tijdstip,
                uitnodiging.getNaam(), Rondeweergave.functie(uitnodiging), uitnodiging.getEmail(),
                herkomst == null ? null : herkomst.ipAdres(),
                LocalDateTime.ofInstant(tijdstip.truncatedTo(ChronoUnit.MINUTES), ZoneOffset.UTC));
    }

    List<Rondegebeurtenis> vanRonde(long gemeenteId, long rondeId) {
        return gebeurtenissen.findByGemeenteIdAndRondeIdOrderByTijdstipAscIdAsc(gemeenteId, rondeId);
    }
}
