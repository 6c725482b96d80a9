package nl.wijkafspraken.ondertekening;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.wijkafspraken.gedeeld.DomeinregelException;
import nl.wijkafspraken.wijkoverleg.Tekenbevoegdheid.Tekenbevoegde;
import nl.wijkafspraken.wijkoverleg.WijkoverlegService;
import nl.wijkafspraken.wijkoverleg.WijkoverlegStatus;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Invitations and their links: a new one (with a mailed link), a resend (new invitation, the old one dies), a
 * reminder (a new link for the same invitation). The callers hold the round's lock.
 */
@Component
class Uitnodigingen {

    private final UitnodigingRepository uitnodigingen;
    private final RondeRepository rondes;
    private final HandtekeningbewijsRepository handtekeningen;
    private final WijkoverlegService wijkoverleggen;
    private final Ondertekeningspost post;
    private final OndertekeningEigenschappen eigenschappen;
    private final Gebeurtenissen gebeurtenissen;
    private final Clock clock;

    Uitnodigingen(UitnodigingRepository uitnodigingen, RondeRepository rondes,
            HandtekeningbewijsRepository handtekeningen, WijkoverlegService wijkoverleggen, Ondertekeningspost post,
            OndertekeningEigenschappen eigenschappen, Gebeurtenissen gebeurtenissen, Clock clock) {
        this.uitnodigingen = uitnodigingen;
        this.rondes = rondes;
        this.handtekeningen = handtekeningen;
        this.wijkoverleggen = wijkoverleggen;
        this.post = post;
        this.eigenschappen = eigenschappen;
        this.gebeurtenissen = gebeurtenissen;
        this.clock = clock;
    }

    Uitnodiging nodigUit(Rondepartij partij, Tekenbevoegde lid, Instant nu) {
        return nodigUit(partij, lid, nu, Gebeurtenissoort.UITGENODIGD);
    }

    private Uitnodiging nodigUit(Rondepartij partij, Tekenbevoegde lid, Instant nu, Gebeurtenissoort soort) {
        var token = Geheimen.nieuwToken();
        var uitnodiging = uitnodigingen.saveAndFlush(partij.nodigUit(lid, Geheimen.tokenHash(token), nu,
                nu.plus(eigenschappen.linkGeldigheid())));
        post.uitnodiging(uitnodiging, token);
        gebeurtenissen.van(uitnodiging, soort, nu, null);
        return uitnodiging;
    }

    /**
     * A new invitation for the same person, with the name and e-mail the register gives now; refused when they are
     * no longer tekenbevoegd (then withdraw the round and start a new one for the current bestuur).
     */
    Uitnodiging stuurOpnieuw(Uitnodiging oud, Instant nu) {
        var partij = oud.getPartij();
        if (oud.getStatus() != Uitnodigingstatus.OPEN && oud.getStatus() != Uitnodigingstatus.GEWEIGERD
                && oud.getStatus() != Uitnodigingstatus.VERVALLEN
                || partij.getStatus() != Partijstatus.OPEN && partij.getStatus() != Partijstatus.GEWEIGERD) {
            throw new DomeinregelException("ondertekening.opnieuw.nietMogelijk", oud.getNaam());
        }
        var lid = huidigeTekenbevoegde(oud, LocalDate.ofInstant(nu, clock.getZone()))
                .orElseThrow(() -> new DomeinregelException("ondertekening.opnieuw.nietTekenbevoegd", oud.getNaam()));
        var nieuw = nodigUit(partij, lid, nu, Gebeurtenissoort.OPNIEUW_UITGENODIGD);
        oud.vervangDoor(nieuw);
        partij.heropen();
        try {
            uitnodigingen.flush();
        } catch (DataIntegrityViolationException e) {
            throw new DomeinregelException("ondertekening.opnieuw.andereRonde", partij.getNaam());
        }
        return nieuw;
    }

    /**
     * Sends the reminder of one invitation if it is due, in the caller's transaction, with the round locked first:
     * a reminder job running twice at once, or a signature arriving meanwhile, sees the result of the other.
     */
    @Transactional
    public boolean herinnerIndienNodig(long uitnodigingId, Instant nu) {
        var rondeId = rondes.rondeVanUitnodiging(uitnodigingId);
        if (rondeId.isEmpty()) {
            return false;
        }
        rondes.findForUpdate(rondeId.get());
        var uitnodiging = uitnodigingen.findById(uitnodigingId).orElseThrow();
        if (!uitnodiging.herinneringNodig(nu, eigenschappen.herinneringNa(), eigenschappen.herinneringInterval())) {
            return false;
        }
        var token = Geheimen.nieuwToken();
        uitnodiging.herinnerd(Geheimen.tokenHash(token), nu);
        post.herinnering(uitnodiging, token);
        gebeurtenissen.van(uitnodiging, Gebeurtenissoort.HERINNERD, nu, null);
        return true;
    }

    /** Records that these invitations died with their withdrawn round. */
    void ingetrokken(List<Uitnodiging> open, Instant nu) {
        open.forEach(uitnodiging -> gebeurtenissen.van(uitnodiging, Gebeurtenissoort.INGETROKKEN, nu, null));
    }

    /** The bestuurslid of the invitation as the register knows it today, if still tekenbevoegd. */
    Optional<Tekenbevoegde> huidigeTekenbevoegde(Uitnodiging uitnodiging, LocalDate datum) {
        var partij = uitnodiging.getPartij();
        return wijkoverleggen.tekenbevoegdheid(partij.getRonde().getGemeenteId(), partij.getWijkoverlegId(), datum)
                .filter(t -> t.status() != WijkoverlegStatus.OPGEHEVEN)
                .flatMap(t -> t.tekenbevoegden().stream()
                        .filter(lid -> lid.bestuurslidId() == uitnodiging.getBestuurslidId()).findFirst()
                        // A new period (other functie) of the same person has a new id; the address is the same.
                        .or(() -> t.tekenbevoegden().stream().filter(lid -> lid.email() != null
                                && lid.email().toLowerCase(Locale.ROOT)
                                        .equals(uitnodiging.getEmail().toLowerCase(Locale.ROOT))).findFirst()));
    }

    /** Who signed for the gemeente in the round, to tell them when it is withdrawn. */
    Optional<Ontvanger> gemeenteOndertekenaar(Ronde ronde) {
        return handtekeningen.findByRondeIdOrderByTijdstipAscIdAsc(ronde.getId()).stream()
                .filter(h -> h.getSoort() == Partijsoort.GEMEENTE && h.getEmail() != null)
                .map(h -> new Ontvanger(h.getNaam(), h.getEmail())).findFirst();
    }

    record Ontvanger(String naam, String email) {
    }
}
