package nl.wijkafspraken.ondertekening;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import nl.wijkafspraken.bestuur.CollegeService;
import nl.wijkafspraken.gedeeld.Actie;
import nl.wijkafspraken.gedeeld.Rechten;
import nl.wijkafspraken.gedeeld.Takenlijst;
import nl.wijkafspraken.mandaat.MandaatService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The to-dos of the signing flow for the start page (issue 15, part 4), of the active gemeente only: for the
 * wethouder the rounds waiting for the gemeente's signature, for the civil servant the running rounds with their
 * progress and the links that expire within {@link #WAARSCHUWING} (or have expired unused). One statement per list.
 */
@Service
@Transactional(readOnly = true)
public class Ondertekentaken {

    /** How long before a link expires the civil servant is warned: time enough to send it again. */
    static final Duration WAARSCHUWING = Duration.ofDays(3);

    private final RondeRepository rondes;
    private final CollegeService college;
    private final MandaatService mandaten;
    private final OndertekeningEigenschappen eigenschappen;
    private final Rechten rechten;
    private final Clock clock;

    Ondertekentaken(RondeRepository rondes, CollegeService college, MandaatService mandaten,
            OndertekeningEigenschappen eigenschappen, Rechten rechten, Clock clock) {
        this.rondes = rondes;
        this.college = college;
        this.mandaten = mandaten;
        this.eigenschappen = eigenschappen;
        this.rechten = rechten;
        this.clock = clock;
    }

    /**
     * The rounds the logged-in wethouder can sign now: only for a sitting college member linked to this account with
     * a valid mandaat today, as {@link GemeenteOndertekening} will require.
     */
    public Wethoudertaken voorWethouder() {
        var gebruiker = rechten.vereis(Actie.NAMENS_GEMEENTE_TEKENEN);
        var vandaag = LocalDate.now(clock);
        var lid = college.collegelidMetAccount(gebruiker.gemeenteId(), gebruiker.accountId())
                .filter(l -> l.zitOp(vandaag));
        if (lid.isEmpty() || mandaten.geldigMandaat(lid.get().id(), eigenschappen.mandaatScope(), vandaag).isEmpty()) {
            return new Wethoudertaken(false, Takenlijst.leeg());
        }
        var taken = rondes.wachtOpGemeente(gebruiker.gemeenteId()).stream()
                .map(r -> new Tekentaak((Long) r[0], (String) r[1], (Integer) r[2],
                        Tijden.lokaal((Instant) r[3], clock.getZone())))
                .toList();
        return new Wethoudertaken(true, Takenlijst.van(taken));
    }

    /** The running rounds with their progress, and the links that expire soon or expired unused. */
    public Ambtenaartaken voorAmbtenaar() {
        var gebruiker = rechten.vereis(Actie.RONDES_BEHEREN);
        var nu = clock.instant();
        var links = rondes.verlopendeLinks(gebruiker.gemeenteId(), nu.plus(WAARSCHUWING)).stream()
                .map(r -> new VerlopendeLink((Long) r[0], (String) r[1], (String) r[2],
                        Tijden.lokaal((Instant) r[3], clock.getZone()), !((Instant) r[3]).isAfter(nu)))
                .toList();
        return new Ambtenaartaken(Takenlijst.van(rondes.voortgang(gebruiker.gemeenteId())), Takenlijst.van(links));
    }
}
