package nl.wijkafspraken.wijkoverleg;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import nl.wijkafspraken.audit.AuditService;
import nl.wijkafspraken.gedeeld.Actie;
import nl.wijkafspraken.gedeeld.DomeinregelException;
import nl.wijkafspraken.gedeeld.Gebruiker;
import nl.wijkafspraken.gedeeld.HuidigeGebruiker;
import nl.wijkafspraken.gedeeld.NietGevondenException;
import nl.wijkafspraken.gedeeld.Rechten;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Requests of board members that change who can sign (issue 13, part 1): filed by {@link WijkoverlegService}, listed
 * for the AMBTENAAR and BEHEERDER of the gemeente, and approved or rejected by one of them who did not ask for it.
 * Approval carries the change out exactly as asked, with the audit line, the voided invitations and the mails that
 * follow every change of signing data ({@link Bestuursmutatie}). Another gemeente's request is "not found".
 */
@Service
@Transactional(readOnly = true)
public class BestuurswijzigingService {

    private static final String OBJECTTYPE = Bestuursmutatie.OBJECTTYPE;
    private static final String NIET_GEVONDEN = "Bestuurswijziging";

    private final BestuurswijzigingRepository aanvragen;
    private final WijkoverlegRepository wijkoverleggen;
    private final Bestuursmutatie mutatie;
    private final HuidigeGebruiker huidigeGebruiker;
    private final AuditService audit;
    private final Clock clock;

    BestuurswijzigingService(BestuurswijzigingRepository aanvragen, WijkoverlegRepository wijkoverleggen,
            Bestuursmutatie mutatie, HuidigeGebruiker huidigeGebruiker, AuditService audit, Clock clock) {
        this.aanvragen = aanvragen;
        this.wijkoverleggen = wijkoverleggen;
        this.mutatie = mutatie;
        this.huidigeGebruiker = huidigeGebruiker;
        this.audit = audit;
        this.clock = clock;
    }

    /** Every open request of the active gemeente, oldest first; for an AMBTENAAR or BEHEERDER. */
    public List<BestuurswijzigingRegel> open() {
        var gebruiker = beoordelaar();
        return regels(aanvragen.findByGemeenteIdAndStatusOrderByAangevraagdOpAscIdAsc(gebruiker.gemeenteId(),
                Bestuurswijzigingstatus.OPEN), gebruiker);
    }

    /** One request for the review page; for an AMBTENAAR or BEHEERDER of its gemeente. */
    public BestuurswijzigingRegel aanvraag(long wijkoverlegId, long id) {
        var gebruiker = beoordelaar();
        return regels(List.of(gevonden(gebruiker, wijkoverlegId, id)), gebruiker).getFirst();
    }

    /** Carries the request out as asked; refused for the one who asked, and when it was decided already. */
    @Transactional
    public void keurGoed(long wijkoverlegId, long id) {
        var gebruiker = beoordelaar();
        var aanvraag = vergrendeld(gebruiker, wijkoverlegId, id);
        var wijkoverleg = wijkoverleggen.findByIdAndGemeenteId(wijkoverlegId, gebruiker.gemeenteId()).orElseThrow();
        aanvraag.handelAf(Bestuurswijzigingstatus.GOEDGEKEURD, gebruiker, clock.instant());
        var door = "aangevraagd door " + aanvraag.getAangevraagdNaam() + ", goedgekeurd "
                + WijkoverlegService.door(gebruiker);
        audit.registreer(gebruiker.gemeenteId(), "BESTUURSWIJZIGING_GOEDGEKEURD", OBJECTTYPE, wijkoverlegId,
                "Wijziging van " + aanvraag.getNaam() + " (#" + aanvraag.getId() + ") " + door);
        if (aanvraag.isNieuwLid()) {
            mutatie.voegToe(wijkoverleg, aanvraag.gegevens(), door);
        } else {
            var lid = lid(wijkoverleg, aanvraag);
            mutatie.wijzig(wijkoverleg, lid, aanvraag.gegevens(), aanvraag.getPer(), door);
        }
        aanvragen.flush();
    }

    /** Rejects the request: nothing in the register changes. */
    @Transactional
    public void wijsAf(long wijkoverlegId, long id) {
        var gebruiker = beoordelaar();
        var aanvraag = vergrendeld(gebruiker, wijkoverlegId, id);
        aanvraag.handelAf(Bestuurswijzigingstatus.AFGEWEZEN, gebruiker, clock.instant());
        aanvragen.flush();
        audit.registreer(gebruiker.gemeenteId(), "BESTUURSWIJZIGING_AFGEWEZEN", OBJECTTYPE, wijkoverlegId,
                "Wijziging van " + aanvraag.getNaam() + " (#" + aanvraag.getId() + ") aangevraagd door "
                        + aanvraag.getAangevraagdNaam() + ", afgewezen " + WijkoverlegService.door(gebruiker));
    }

    /** Files a request in the caller's transaction; one open request per member at a time. */
    void vraagAan(Gebruiker aanvrager, Wijkoverleg wijkoverleg, Bestuurslid lid, BestuurslidGegevens gegevens,
            LocalDate per) {
        if (lid != null && aanvragen.existsByBestuurslidIdAndStatus(lid.getId(), Bestuurswijzigingstatus.OPEN)) {
            throw new DomeinregelException("bestuurswijziging.alAangevraagd", lid.getNaam());
        }
        if (lid != null && (lid.getFunctie() != gegevens.functie()
                || lid.isTekenbevoegd() != gegevens.tekenbevoegd())) {
            // The same checks as the change itself, now, so the board member hears of a missing date at once.
            if (per == null) {
                throw DomeinregelException.voorVeld("per", "bestuurslid.per.verplicht");
            }
            if (!per.isAfter(lid.getStartdatum())) {
                throw DomeinregelException.voorVeld("per", "bestuurslid.per.naStart");
            }
        }
        var aanvraag = aanvragen.saveAndFlush(new Bestuurswijziging(wijkoverleg.getGemeenteId(), wijkoverleg.getId(),
                lid, gegevens, per, aanvrager, clock.instant()));
        audit.registreerWijziging(wijkoverleg.getGemeenteId(), "BESTUURSWIJZIGING_AANGEVRAAGD", OBJECTTYPE,
                wijkoverleg.getId(), (lid == null ? "Nieuw bestuurslid " + gegevens.persoon().naam()
                        : "Wijziging van " + lid.getNaam()) + " (#" + aanvraag.getId() + ") aangevraagd "
                        + WijkoverlegService.door(aanvrager) + ", wacht op goedkeuring door de gemeente",
                Bestuurslidstand.van(lid), Bestuurslidstand.gevraagd(lid, gegevens));
    }

    /** The open requests of one wijkoverleg, for its page; the caller checked that the user may see it. */
    List<BestuurswijzigingRegel> wachtend(long gemeenteId, long wijkoverlegId) {
        var gebruiker = huidigeGebruiker.get();
        return regels(aanvragen.findByWijkoverlegIdAndGemeenteIdAndStatusOrderByAangevraagdOpAscIdAsc(wijkoverlegId,
                gemeenteId, Bestuurswijzigingstatus.OPEN), gebruiker);
    }

    /** The requests as rows, each wijkoverleg read once however many of its requests wait (no query per row). */
    private List<BestuurswijzigingRegel> regels(List<Bestuurswijziging> lijst, Gebruiker gebruiker) {
        var gelezen = new HashMap<Long, Wijkoverleg>();
        return lijst.stream().map(a -> regel(a, gelezen.computeIfAbsent(a.getWijkoverlegId(),
                id -> wijkoverleggen.findByIdAndGemeenteId(id, gebruiker.gemeenteId()).orElseThrow()), gebruiker))
                .toList();
    }

    private BestuurswijzigingRegel regel(Bestuurswijziging aanvraag, Wijkoverleg wijkoverleg, Gebruiker gebruiker) {
        var lid = aanvraag.isNieuwLid() ? null : lid(wijkoverleg, aanvraag);
        var gevraagd = aanvraag.gegevens();
        var velden = new ArrayList<Veldwijziging>();
        velden.add(new Veldwijziging("bestuurslid.naam", lid == null ? null : lid.getNaam(), gevraagd.persoon().naam(),
                false));
        velden.add(new Veldwijziging("bestuurslid.email", lid == null ? null : lid.getEmail(),
                gevraagd.persoon().email(), false));
        velden.add(new Veldwijziging("bestuurslid.telefoon", lid == null ? null : lid.getTelefoon(),
                gevraagd.persoon().telefoon(), false));
        velden.add(new Veldwijziging("bestuurslid.functie", lid == null ? null
                : "bestuurslid.functie." + lid.getFunctie(), "bestuurslid.functie." + gevraagd.functie(), true));
        velden.add(new Veldwijziging("bestuurslid.tekenbevoegd", lid == null ? null : janee(lid.isTekenbevoegd()),
                janee(gevraagd.tekenbevoegd()), true));
        String waaromNiet = null;
        if (!Rechten.mag(gebruiker, Actie.BESTUURSWIJZIGINGEN_BEOORDELEN)) {
            waaromNiet = "bestuurswijziging.wachtOpGemeente";
        } else if (gebruiker.accountId() == aanvraag.getAangevraagdDoor()) {
            waaromNiet = "bestuurswijziging.eigenVerzoek";
        }
        return new BestuurswijzigingRegel(aanvraag.getId(), wijkoverleg.getId(), wijkoverleg.getNaam(),
                lid == null ? gevraagd.persoon().naam() : lid.getNaam(), aanvraag.isNieuwLid(), velden,
                aanvraag.getAangevraagdNaam(), aanvraag.getAangevraagdOp(), waaromNiet == null, waaromNiet);
    }

    private static String janee(boolean waarde) {
        return waarde ? "algemeen.ja" : "algemeen.nee";
    }

    private static Bestuurslid lid(Wijkoverleg wijkoverleg, Bestuurswijziging aanvraag) {
        var lid = wijkoverleg.bestuurslid(aanvraag.getBestuurslidId());
        if (lid == null) {
            throw new NietGevondenException("Bestuurslid", aanvraag.getBestuurslidId());
        }
        return lid;
    }

    private Bestuurswijziging gevonden(Gebruiker gebruiker, long wijkoverlegId, long id) {
        return aanvragen.findByIdAndWijkoverlegIdAndGemeenteId(id, wijkoverlegId, gebruiker.gemeenteId())
                .orElseThrow(() -> new NietGevondenException(NIET_GEVONDEN, id));
    }

    private Bestuurswijziging vergrendeld(Gebruiker gebruiker, long wijkoverlegId, long id) {
        return aanvragen.findForUpdate(id, wijkoverlegId, gebruiker.gemeenteId())
                .orElseThrow(() -> new NietGevondenException(NIET_GEVONDEN, id));
    }

    private Gebruiker beoordelaar() {
        return Rechten.vereis(huidigeGebruiker.get(), Actie.BESTUURSWIJZIGINGEN_BEOORDELEN);
    }
}
