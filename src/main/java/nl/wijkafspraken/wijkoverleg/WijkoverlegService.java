package nl.wijkafspraken.wijkoverleg;

import jakarta.persistence.criteria.Predicate;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.wijkafspraken.audit.AuditService;
import nl.wijkafspraken.gedeeld.Actie;
import nl.wijkafspraken.gedeeld.DomeinregelException;
import nl.wijkafspraken.gedeeld.Gebruiker;
import nl.wijkafspraken.gedeeld.HuidigeGebruiker;
import nl.wijkafspraken.gedeeld.NietGevondenException;
import nl.wijkafspraken.gedeeld.Rechten;
import nl.wijkafspraken.gemeente.GemeenteService;
import nl.wijkafspraken.gemeente.WijkInfo;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

/**
 * The register of wijkoverleggen of the active gemeente. Civil servants (AMBTENAAR, BEHEERDER) maintain it; the
 * other medewerkers read it; a BESTUURSLID reads only their own wijkoverleg and keeps its bestuur and contact
 * address current. Another gemeente's wijkoverleg, or another board's, is "not found".
 */
@Service
@Transactional(readOnly = true)
public class WijkoverlegService {

    private static final String OBJECTTYPE = "Wijkoverleg";

    private final WijkoverlegRepository wijkoverleggen;
    private final GemeenteService gemeenten;
    private final HuidigeGebruiker huidigeGebruiker;
    private final AuditService audit;
    private final Bestuursmutatie mutatie;
    private final BestuurswijzigingService aanvragen;
    private final Clock clock;

    WijkoverlegService(WijkoverlegRepository wijkoverleggen, GemeenteService gemeenten,
            HuidigeGebruiker huidigeGebruiker, AuditService audit, Bestuursmutatie mutatie,
            BestuurswijzigingService aanvragen, Clock clock) {
        this.wijkoverleggen = wijkoverleggen;
        this.gemeenten = gemeenten;
        this.huidigeGebruiker = huidigeGebruiker;
        this.audit = audit;
        this.mutatie = mutatie;
        this.aanvragen = aanvragen;
        this.clock = clock;
    }

    public Page<WijkoverlegRegel> zoek(WijkoverlegZoekopdracht zoekopdracht, Pageable pageable) {
        var gebruiker = huidigeGebruiker.get();
        var wijkNamen = gemeenten.wijken().stream().collect(Collectors.toMap(WijkInfo::id, WijkInfo::naam));
        var vandaag = LocalDate.now(clock);
        return wijkoverleggen.findAll(specificatie(gebruiker, zoekopdracht), pageable)
                .map(w -> new WijkoverlegRegel(w.getId(), w.getNaam(),
                        w.getWijkIds().stream().map(wijkNamen::get).sorted().toList(),
                        w.getStatus(), w.bestuurOp(vandaag).size()));
    }

    public WijkoverlegOverzicht overzicht(long id) {
        var gebruiker = huidigeGebruiker.get();
        var wijkoverleg = leesbaar(gebruiker, id);
        var wijken = gemeenten.wijken(gebruiker.gemeenteId(), wijkoverleg.getWijkIds()).stream()
                .sorted(Comparator.comparing(WijkInfo::naam)).toList();
        wijkoverleg.getBestuursleden();
        return new WijkoverlegOverzicht(wijkoverleg, wijken, Rechten.mag(gebruiker, Actie.WIJKOVERLEGGEN_BEHEREN),
                Rechten.mag(gebruiker, Actie.BESTUUR_BIJWERKEN, id), LocalDate.now(clock),
                aanvragen.wachtend(gebruiker.gemeenteId(), id));
    }

    /** Per wijk of the active gemeente, the active wijkoverleggen covering it: shows the wijken without one. */
    public List<WijkDekking> wijkdekking() {
        var gebruiker = Rechten.vereis(huidigeGebruiker.get(), Actie.WIJKEN_LEZEN);
        var actief = wijkoverleggen.findByGemeenteIdAndStatusOrderByNaam(gebruiker.gemeenteId(),
                WijkoverlegStatus.ACTIEF);
        return gemeenten.wijken().stream()
                .map(wijk -> new WijkDekking(wijk, actief.stream()
                        .filter(w -> w.getWijkIds().contains(wijk.id())).map(Wijkoverleg::getNaam).toList()))
                .toList();
    }

    /** All wijkoverleggen of the active gemeente by name, e.g. to choose one in a form. */
    public Map<Long, String> namen() {
        var gebruiker = huidigeGebruiker.get();
        return wijkoverleggen.findByGemeenteIdOrderByNaam(gebruiker.gemeenteId()).stream()
                .collect(Collectors.toMap(Wijkoverleg::getId, Wijkoverleg::getNaam, (a, b) -> a,
                        LinkedHashMap::new));
    }

    /**
     * Every wijkoverleg of a gemeente by name, opgeheven ones included, without a user check: for other modules
     * that have checked the user themselves, and for system paths such as the effects of a besluit.
     */
    public List<WijkoverlegInfo> register(long gemeenteId) {
        return wijkoverleggen.findByGemeenteIdOrderByNaam(gemeenteId).stream().map(WijkoverlegInfo::van).toList();
    }

    /**
     * The tekenbevoegde bestuursleden of a wijkoverleg of the gemeente on a date and its ondertekenregel, without a
     * user check: for the ondertekening module, which checks the user itself (a board member who signs through a
     * mailed link has no account). Empty for another gemeente's wijkoverleg.
     */
    public Optional<Tekenbevoegdheid> tekenbevoegdheid(long gemeenteId, long wijkoverlegId,
            LocalDate datum) {
        return wijkoverleggen.findByIdAndGemeenteId(wijkoverlegId, gemeenteId)
                .map(w -> Tekenbevoegdheid.van(w, datum));
    }

    @Transactional
    public long registreer(WijkoverlegGegevens gegevens) {
        var gebruiker = huidigeGebruiker.get();
        Rechten.vereis(gebruiker, Actie.WIJKOVERLEGGEN_BEHEREN);
        if (!WijkoverlegStatus.BIJ_REGISTRATIE.contains(gegevens.status())) {
            throw DomeinregelException.voorVeld("status", "wijkoverleg.status.nieuwOpgeheven");
        }
        return nieuw(gebruiker.gemeenteId(), gegevens);
    }

    /** Registers a wijkoverleg in the given gemeente, with its bestuur; for demo data. */
    @Transactional
    public long registreer(long gemeenteId, WijkoverlegGegevens gegevens, List<BestuurslidGegevens> bestuur) {
        var id = nieuw(gemeenteId, gegevens);
        var wijkoverleg = wijkoverleggen.getReferenceById(id);
        bestuur.forEach(b -> wijkoverleg.voegBestuurslidToe(b.persoon(), b.functie(), b.startdatum(),
                b.tekenbevoegd()));
        return id;
    }

    private long nieuw(long gemeenteId, WijkoverlegGegevens gegevens) {
        controleer(gemeenteId, gegevens, 0);
        var wijkoverleg = wijkoverleggen.saveAndFlush(new Wijkoverleg(gemeenteId, gegevens));
        audit.registreerWijziging(gemeenteId, "AANGEMAAKT", OBJECTTYPE, wijkoverleg.getId(),
                wijkoverleg.getNaam() + " geregistreerd (" + wijkoverleg.getStatus() + ")", null,
                Wijkoverlegstand.van(wijkoverleg));
        return wijkoverleg.getId();
    }

    @Transactional
    public void wijzig(long id, long versie, WijkoverlegGegevens gegevens) {
        var gebruiker = huidigeGebruiker.get();
        Rechten.vereis(gebruiker, Actie.WIJKOVERLEGGEN_BEHEREN);
        var wijkoverleg = actueel(gebruiker, id, versie);
        controleer(gebruiker.gemeenteId(), gegevens, id);
        var voor = Wijkoverlegstand.van(wijkoverleg);
        wijkoverleg.wijzig(gegevens);
        wijkoverleggen.flush();
        audit.registreerWijziging(gebruiker.gemeenteId(), "GEWIJZIGD", OBJECTTYPE, id,
                wijkoverleg.getNaam() + " gewijzigd", voor, Wijkoverlegstand.van(wijkoverleg));
    }

    @Transactional
    public void wijzigContactadres(long id, long versie, String contactadres) {
        var gebruiker = huidigeGebruiker.get();
        var wijkoverleg = actueel(gebruiker, id, versie);
        Rechten.vereis(gebruiker, Actie.BESTUUR_BIJWERKEN, id);
        var voor = Wijkoverlegstand.van(wijkoverleg);
        wijkoverleg.wijzigContactadres(StringUtils.hasText(contactadres) ? contactadres.trim() : null);
        wijkoverleggen.flush();
        audit.registreerWijziging(gebruiker.gemeenteId(), "GEWIJZIGD", OBJECTTYPE, id,
                "Contactadres van wijkoverleg " + wijkoverleg.getNaam() + " gewijzigd", voor,
                Wijkoverlegstand.van(wijkoverleg));
    }

    /**
     * Adds a member. A BESTUURSLID who adds a tekenbevoegd member only files a request: it takes effect when an
     * AMBTENAAR or BEHEERDER approves it ({@link BestuurswijzigingService}); the gemeente's own change is at once.
     */
    @Transactional
    public Bestuursverwerking voegBestuurslidToe(long wijkoverlegId, BestuurslidGegevens gegevens) {
        var gebruiker = huidigeGebruiker.get();
        var wijkoverleg = leesbaar(gebruiker, wijkoverlegId);
        Rechten.vereis(gebruiker, Actie.BESTUUR_BIJWERKEN, wijkoverlegId);
        if (!Rechten.mag(gebruiker, Actie.WIJKOVERLEGGEN_BEHEREN) && Bestuursmutatie.raaktTekengegevens(null, gegevens)) {
            wijkoverleg.vereisBijTeWerken();
            aanvragen.vraagAan(gebruiker, wijkoverleg, null, gegevens, null);
            return new Bestuursverwerking(null, true);
        }
        var lid = mutatie.voegToe(wijkoverleg, gegevens, door(gebruiker));
        return new Bestuursverwerking(lid.getId(), false);
    }

    public Bestuurslid bestuurslid(long wijkoverlegId, long bestuurslidId) {
        var gebruiker = huidigeGebruiker.get();
        return bestuurslid(leesbaar(gebruiker, wijkoverlegId), bestuurslidId);
    }

    /**
     * Changes a member. A BESTUURSLID's change of an e-mail address or tekenbevoegdheid only files a request (the
     * whole change waits, so that what is approved is what was asked); other changes, and the gemeente's, are at
     * once.
     */
    @Transactional
    public Bestuursverwerking wijzigBestuurslid(long wijkoverlegId, long bestuurslidId, long versie,
            BestuurslidGegevens gegevens, LocalDate per) {
        var gebruiker = huidigeGebruiker.get();
        var wijkoverleg = leesbaar(gebruiker, wijkoverlegId);
        Rechten.vereis(gebruiker, Actie.BESTUUR_BIJWERKEN, wijkoverlegId);
        var lid = actueel(bestuurslid(wijkoverleg, bestuurslidId), versie);
        if (!Rechten.mag(gebruiker, Actie.WIJKOVERLEGGEN_BEHEREN) && Bestuursmutatie.raaktTekengegevens(lid, gegevens)) {
            wijkoverleg.vereisBijTeWerken();
            lid.vereisLopend();
            aanvragen.vraagAan(gebruiker, wijkoverleg, lid, gegevens, per);
            return new Bestuursverwerking(lid.getId(), true);
        }
        var nieuw = mutatie.wijzig(wijkoverleg, lid, gegevens, per, door(gebruiker));
        return new Bestuursverwerking(nieuw.getId(), false);
    }

    @Transactional
    public void beeindigBestuurslid(long wijkoverlegId, long bestuurslidId, long versie, LocalDate einddatum) {
        var gebruiker = huidigeGebruiker.get();
        var wijkoverleg = leesbaar(gebruiker, wijkoverlegId);
        Rechten.vereis(gebruiker, Actie.BESTUUR_BIJWERKEN, wijkoverlegId);
        var lid = actueel(bestuurslid(wijkoverleg, bestuurslidId), versie);
        if (einddatum == null) {
            throw DomeinregelException.voorVeld("einddatum", "bestuurslid.einddatum.verplicht");
        }
        var voor = Bestuurslidstand.van(lid);
        wijkoverleg.beeindigBestuurslid(lid, einddatum);
        wijkoverleggen.flush();
        audit.registreerWijziging(gebruiker.gemeenteId(), "BESTUURSLID_BEEINDIGD", OBJECTTYPE, wijkoverlegId,
                lid.getNaam() + " uit het bestuur van " + wijkoverleg.getNaam() + door(gebruiker), voor,
                Bestuurslidstand.van(lid));
    }

    private void controleer(long gemeenteId, WijkoverlegGegevens gegevens, long id) {
        if (gemeenten.wijken(gemeenteId, gegevens.wijkIds()).size() != gegevens.wijkIds().size()) {
            throw DomeinregelException.voorVeld("wijkIds", "wijkoverleg.wijken.onbekend");
        }
        if (wijkoverleggen.existsByGemeenteIdAndNaamIgnoreCaseAndIdNot(gemeenteId, gegevens.naam().trim(), id)) {
            throw DomeinregelException.voorVeld("naam", "wijkoverleg.naam.bestaat", gegevens.naam().trim());
        }
    }

    private Wijkoverleg leesbaar(Gebruiker gebruiker, long id) {
        var wijkoverleg = wijkoverleggen.findByIdAndGemeenteId(id, gebruiker.gemeenteId())
                .orElseThrow(() -> new NietGevondenException(OBJECTTYPE, id));
        if (!Rechten.mag(gebruiker, Actie.WIJKOVERLEGGEN_LEZEN, id)) {
            throw new NietGevondenException(OBJECTTYPE, id);
        }
        return wijkoverleg;
    }

    /** Loads for a change and refuses when someone else changed it since the form was opened. */
    private Wijkoverleg actueel(Gebruiker gebruiker, long id, long versie) {
        var wijkoverleg = leesbaar(gebruiker, id);
        if (wijkoverleg.getVersie() != versie) {
            throw new ObjectOptimisticLockingFailureException(Wijkoverleg.class, id);
        }
        return wijkoverleg;
    }

    private static Bestuurslid actueel(Bestuurslid lid, long versie) {
        if (lid.getVersie() != versie) {
            throw new ObjectOptimisticLockingFailureException(Bestuurslid.class, lid.getId());
        }
        return lid;
    }

    private static Bestuurslid bestuurslid(Wijkoverleg wijkoverleg, long bestuurslidId) {
        var lid = wijkoverleg.bestuurslid(bestuurslidId);
        if (lid == null) {
            throw new NietGevondenException("Bestuurslid", bestuurslidId);
        }
        return lid;
    }

    /** Who made a change, as the audit line and the mails name them. */
    static String door(Gebruiker gebruiker) {
        return "door " + gebruiker.naam() + " (" + gebruiker.gebruikersnaam() + ")";
    }

    static Specification<Wijkoverleg> specificatie(Gebruiker gebruiker, WijkoverlegZoekopdracht zoek) {
        return (root, query, cb) -> {
            var voorwaarden = new ArrayList<Predicate>();
            voorwaarden.add(cb.equal(root.get("gemeenteId"), gebruiker.gemeenteId()));
            if (!Rechten.mag(gebruiker, Actie.WIJKOVERLEGGEN_LEZEN)) {
                var eigen = Rechten.eigenWijkoverleggen(gebruiker, Actie.WIJKOVERLEGGEN_LEZEN);
                voorwaarden.add(eigen.isEmpty() ? cb.disjunction() : root.get("id").in(eigen));
            }
            if (StringUtils.hasText(zoek.naam())) {
                voorwaarden.add(cb.like(cb.lower(root.get("naam")),
                        "%" + escapeLike(zoek.naam().trim().toLowerCase()) + "%", '\\'));
            }
            if (zoek.status() != null) {
                voorwaarden.add(cb.equal(root.get("status"), zoek.status()));
            }
            if (zoek.wijkId() != null) {
                voorwaarden.add(cb.isMember(zoek.wijkId(), root.get("wijkIds")));
            }
            return cb.and(voorwaarden.toArray(Predicate[]::new));
        };
    }

    private static String escapeLike(String tekst) {
        return tekst.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
