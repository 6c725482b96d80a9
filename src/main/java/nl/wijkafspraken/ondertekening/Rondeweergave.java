package nl.wijkafspraken.ondertekening;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import nl.wijkafspraken.afspraken.Versietekst;
import nl.wijkafspraken.opmaak.Opmaak;
import nl.wijkafspraken.ondertekening.RondeOverzicht.Handtekeningregel;
import nl.wijkafspraken.ondertekening.RondeOverzicht.Uitnodigingregel;
import nl.wijkafspraken.ondertekening.RondeOverzicht.Weigeringregel;
import nl.wijkafspraken.zegel.VerzegeldeDocumenten;
import org.springframework.stereotype.Component;

/** Turns rounds and texts into the read records of the screens, with moments in Dutch time. */
@Component
class Rondeweergave {

    private final HandtekeningbewijsRepository handtekeningen;
    private final WeigeringbewijsRepository weigeringen;
    private final Opmaak opmaak;
    private final VerzegeldeDocumenten documenten;
    private final Clock clock;

    Rondeweergave(HandtekeningbewijsRepository handtekeningen, WeigeringbewijsRepository weigeringen, Opmaak opmaak,
            VerzegeldeDocumenten documenten, Clock clock) {
        this.handtekeningen = handtekeningen;
        this.weigeringen = weigeringen;
        this.opmaak = opmaak;
        this.documenten = documenten;
        this.clock = clock;
    }

    RondeRegel regel(Ronde ronde) {
        var wijkoverleggen = ronde.wijkoverleggen();
        return new RondeRegel(ronde.getId(), ronde.getTitel(), ronde.getVersienummer(), ronde.getStatus(),
                lokaal(ronde.getGestartOp()),
                String.join(", ", wijkoverleggen.stream().map(Rondepartij::getNaam).toList()), wijkoverleggen.size(),
                (int) wijkoverleggen.stream().filter(Rondepartij::isOndertekend).count(),
                ronde.gemeente().isOndertekend());
    }

    RondeOverzicht overzicht(Ronde ronde, boolean magBeheren, boolean bestuurder) {
        var nu = clock.instant();
        var bewijzen = handtekeningen.findByRondeIdOrderByTijdstipAscIdAsc(ronde.getId());
        var partijIds = ronde.getPartijen().stream().map(Rondepartij::getId).toList();
        var geweigerd = weigeringen.findByPartijIdInOrderByTijdstipAsc(partijIds);
        var partijen = ronde.getPartijen().stream()
                // The gemeente first, then the wijkoverleggen by name.
                .sorted((a, b) -> a.getSoort() != b.getSoort() ? b.getSoort().compareTo(a.getSoort())
                        : a.getNaam().compareTo(b.getNaam()))
                .map(p -> partij(ronde, p, bewijzen, geweigerd, nu, magBeheren))
                .toList();
        return new RondeOverzicht(ronde.getId(), ronde.getAfsprakenId(), ronde.getTitel(), ronde.getVersienummer(),
                ronde.getDocumentHash(), ronde.getStatus(), lokaal(ronde.getGestartOp()), ronde.getGestartDoorNaam(),
                lokaal(ronde.getIngetrokkenOp()), ronde.getIntrekkingsreden(), partijen, magBeheren,
                bestuurder && ronde.isLopend() && !ronde.gemeente().isOndertekend());
    }

    private RondeOverzicht.Partij partij(Ronde ronde, Rondepartij p, List<Handtekeningbewijs> bewijzen,
            List<Weigeringbewijs> geweigerd, Instant nu, boolean magBeheren) {
        var verzegeld = p.getSoort() == Partijsoort.GEMEENTE ? null : documenten.opKenmerk(ronde.getGemeenteId(),
                Verzegeling.kenmerk(ronde.getId(), p.getWijkoverlegId())).orElse(null);
        return new RondeOverzicht.Partij(p.getId(), p.getSoort(), p.getNaam(), p.getVereist(),
                p.getStatus(), lokaal(p.getOndertekendOp()),
                p.getUitnodigingen().stream().map(u -> uitnodiging(u, ronde, nu, magBeheren)).toList(),
                bewijzen.stream().filter(h -> h.getPartijId() == p.getId()).map(this::handtekening).toList(),
                geweigerd.stream().filter(w -> w.getPartijId() == p.getId())
                        .map(w -> new Weigeringregel(w.getNaam(), w.getReden(), lokaal(w.getTijdstip())))
                        .toList(),
                verzegeld, verzegeld != null && verzegeld.tijdstempel().geldig()
                        ? lokaal(verzegeld.tijdstempel().tijd()) : null);
    }

    private Uitnodigingregel uitnodiging(Uitnodiging u, Ronde ronde, Instant nu, boolean magBeheren) {
        var partijOpen = u.getPartij().getStatus() == Partijstatus.OPEN
                || u.getPartij().getStatus() == Partijstatus.GEWEIGERD;
        var uitnodigingOpen = u.getStatus() == Uitnodigingstatus.OPEN || u.getStatus() == Uitnodigingstatus.GEWEIGERD
                || u.getStatus() == Uitnodigingstatus.VERVALLEN;
        return new Uitnodigingregel(u.getId(), u.getNaam(), functie(u), u.getEmail(), u.getStatus(),
                u.isVerlopen(nu), u.isGeblokkeerd(), lokaal(u.getVerstuurdOp()), lokaal(u.getGeldigTot()),
                u.getHerinneringen(), magBeheren && ronde.isLopend() && partijOpen && uitnodigingOpen,
                lokaal(u.getVervallenOp()));
    }

    private Handtekeningregel handtekening(Handtekeningbewijs bewijs) {
        var h = bewijs.alsHandtekening();
        return new Handtekeningregel(h.naam(), bewijs.getGetypteNaam(), h.functie(), lokaal(h.tijdstip()), h.methode(),
                h.mandaat(), bewijs.isAfwijkendeNaamBevestigd(), bewijs.getBevestigingMethode(),
                lokaal(bewijs.getBevestigingTijdstip()));
    }

    /** The text of a version for a signing page: articles rendered from Markdown to safe HTML. */
    Tekenpagina.Document document(Versietekst tekst) {
        return new Tekenpagina.Document(tekst.titel(), tekst.versienummer(), tekst.ingangsdatum(),
                tekst.besluitIdentificatie(), tekst.artikelen().stream()
                        .map(a -> new Tekenpagina.Artikel(a.nummer(), a.kop(), opmaak.naarHtml(a.tekst())))
                        .toList(), tekst.sha256());
    }

    static String functie(Uitnodiging uitnodiging) {
        return uitnodiging.getFunctie().name().toLowerCase(Locale.ROOT);
    }

    LocalDateTime lokaal(Instant moment) {
        return Tijden.lokaal(moment, clock.getZone());
    }
}
