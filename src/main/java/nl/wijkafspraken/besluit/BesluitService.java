package nl.wijkafspraken.besluit;

import jakarta.persistence.criteria.Predicate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import nl.wijkafspraken.audit.AuditService;
import nl.wijkafspraken.bestuur.CollegeService;
import nl.wijkafspraken.bestuur.CollegelidInfo;
import nl.wijkafspraken.gedeeld.Actie;
import nl.wijkafspraken.gedeeld.NietGevondenException;
import nl.wijkafspraken.gedeeld.Rechten;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

/**
 * The besluiten of the active gemeente with the trace of their effects. Every medewerker reads them; the SECRETARIS
 * can hand out effects that were not carried out again (e.g. after a failure, or once a module listens to a new
 * kind of effect). Listeners are idempotent, so handing out twice does nothing twice.
 */
@Service
@Transactional(readOnly = true)
public class BesluitService {

    static final String OBJECTTYPE = "Besluit";

    private final BesluitRepository besluiten;
    private final CollegevoorstelRepository voorstellen;
    private final BwVergaderingRepository vergaderingen;
    private final UitgevoerdEffectRepository uitgevoerd;
    private final Effectopdrachten effecten;
    private final CollegeService college;
    private final Rechten rechten;
    private final AuditService audit;
    private final Effectdoelregister effectdoelen;

    BesluitService(BesluitRepository besluiten, CollegevoorstelRepository voorstellen,
            BwVergaderingRepository vergaderingen, UitgevoerdEffectRepository uitgevoerd, Effectopdrachten effecten,
            Effectdoelregister effectdoelen, CollegeService college, Rechten rechten, AuditService audit) {
        this.besluiten = besluiten;
        this.voorstellen = voorstellen;
        this.vergaderingen = vergaderingen;
        this.uitgevoerd = uitgevoerd;
        this.effecten = effecten;
        this.effectdoelen = effectdoelen;
        this.college = college;
        this.rechten = rechten;
        this.audit = audit;
    }

    /**
     * Besluiten of the active gemeente, newest first; the text matches identificatie, zaaknummer or onderwerp;
     * {@code ongepubliceerd} keeps only the openbare besluiten without a publicatiedatum.
     */
    public Page<BesluitRegel> zoek(String tekst, boolean ongepubliceerd, Pageable pageable) {
        var gebruiker = rechten.vereis(Actie.BESLUITVORMING_LEZEN);
        var pagina = besluiten.findAll(specificatie(gebruiker.gemeenteId(), tekst, ongepubliceerd), pageable);
        Map<Long, Collegevoorstel> perId = voorstellen.findByGemeenteIdAndIdIn(gebruiker.gemeenteId(),
                pagina.map(Besluit::getCollegevoorstelId).toList()).stream()
                .collect(Collectors.toMap(Collegevoorstel::getId, Function.identity()));
        return pagina.map(b -> {
            var v = perId.get(b.getCollegevoorstelId());
            return new BesluitRegel(b.getId(), b.getIdentificatie(), b.getDatum(), b.getIngangsdatum(),
                    v.getZaaknummer(), v.getOnderwerp(), v.getUitkomst(), v.isOpenbaar(), b.getPublicatiedatum());
        });
    }

    public BesluitOverzicht overzicht(long id) {
        var gebruiker = rechten.vereis(Actie.BESLUITVORMING_LEZEN);
        var besluit = besluiten.findByIdAndGemeenteId(id, gebruiker.gemeenteId())
                .orElseThrow(() -> new NietGevondenException(OBJECTTYPE, id));
        var voorstel = voorstellen.findByIdAndGemeenteId(besluit.getCollegevoorstelId(), gebruiker.gemeenteId())
                .orElseThrow();
        var vergadering = vergaderingen.metAgendapunt(besluit.getAgendapuntId()).orElseThrow();
        var resultaten = uitgevoerd.findByBesluitId(id).stream()
                .collect(Collectors.toMap(UitgevoerdEffect::getBesluitpuntId, Function.identity()));
        var punten = voorstel.getBesluitpunten();
        var leden = college.collegeleden(gebruiker.gemeenteId(), punten.stream().map(Besluitpunt::getEffect)
                .filter(Objects::nonNull).map(Effect::collegelidId).filter(Objects::nonNull).toList());
        var doelen = effectdoelen.beschrijvingen(gebruiker.gemeenteId(), punten);
        var regels = IntStream.range(0, punten.size()).mapToObj(i -> {
            var punt = punten.get(i);
            var effect = punt.getEffect();
            var lid = effect == null || effect.collegelidId() == null ? null : leden.get(effect.collegelidId());
            return new BesluitOverzicht.Punt(i + 1, punt, lid == null ? null : lid.aanduiding(),
                    doelen.getOrDefault(punt.getId(), ""), resultaten.get(punt.getId()));
        }).toList();
        return new BesluitOverzicht(besluit, voorstel, vergadering.getId(),
                vergadering.agendapunt(besluit.getAgendapuntId()).getNummer(), regels,
                Rechten.mag(gebruiker, Actie.EFFECTEN_OPNIEUW_OPDRAGEN));
    }

    /**
     * How many besluiten of the active gemeente are openbaar (Woo) but have no publicatiedatum: they stay out of the
     * public register and the API until the SECRETARIS gives them one.
     */
    public long aantalOngepubliceerd() {
        var gebruiker = rechten.vereis(Actie.BESLUITVORMING_LEZEN);
        return besluiten.aantalOngepubliceerd(gebruiker.gemeenteId());
    }

    /** The besluit whose publication the SECRETARIS is about to set, with its voorstel. */
    public BesluitOverzicht.Publicatie publicatie(long id) {
        var gebruiker = rechten.vereis(Actie.BESLUITEN_PUBLICEREN);
        var besluit = besluiten.findByIdAndGemeenteId(id, gebruiker.gemeenteId())
                .orElseThrow(() -> new NietGevondenException(OBJECTTYPE, id));
        var voorstel = voorstellen.findByIdAndGemeenteId(besluit.getCollegevoorstelId(), gebruiker.gemeenteId())
                .orElseThrow();
        return new BesluitOverzicht.Publicatie(besluit, voorstel.getOnderwerp(), voorstel.isOpenbaar());
    }

    /**
     * Sets or corrects the publicatiedatum and the verval (ZGW vervaldatum and vervalreden) of a besluit after the
     * meeting: the same rules as at the outcome (only an openbaar besluit is published, not before its datum; verval
     * date and reason together, not before the ingangsdatum). The old and new values go into the audit trail.
     *
     * @param versie the version the form was opened on; someone else's change in between is a conflict
     */
    @Transactional
    public void wijzigPublicatie(long id, long versie, LocalDate publicatiedatum, LocalDate vervaldatum,
            Vervalreden vervalreden) {
        var gebruiker = rechten.vereis(Actie.BESLUITEN_PUBLICEREN);
        var besluit = besluiten.findByIdAndGemeenteId(id, gebruiker.gemeenteId())
                .orElseThrow(() -> new NietGevondenException(OBJECTTYPE, id));
        if (besluit.getVersie() != versie) {
            throw new ObjectOptimisticLockingFailureException(Besluit.class, id);
        }
        var voorstel = voorstellen.findByIdAndGemeenteId(besluit.getCollegevoorstelId(), gebruiker.gemeenteId())
                .orElseThrow();
        var oud = Publicatiegegevens.van(besluit);
        besluit.wijzig(new BesluitGegevens(besluit.getIngangsdatum(), publicatiedatum, vervaldatum, vervalreden),
                voorstel.isOpenbaar());
        audit.registreerWijziging(gebruiker.gemeenteId(), "BESLUIT_PUBLICATIE_GEWIJZIGD", OBJECTTYPE, id,
                "Publicatie en verval van besluit " + besluit.getIdentificatie(), oud, Publicatiegegevens.van(besluit));
    }

    /** What the audit trail compares: the publication and verval of a besluit. */
    record Publicatiegegevens(LocalDate publicatiedatum, LocalDate vervaldatum, Vervalreden vervalreden) {
        static Publicatiegegevens van(Besluit besluit) {
            return new Publicatiegegevens(besluit.getPublicatiedatum(), besluit.getVervaldatum(),
                    besluit.getVervalreden());
        }
    }

    /** A besluit of the given gemeente, without asking who is logged in: for other modules. */
    public Optional<BesluitInfo> besluit(long gemeenteId, long id) {
        return besluiten.findByIdAndGemeenteId(id, gemeenteId).map(BesluitInfo::van);
    }

    /** Hands out again the effects of the besluit that were not reported as carried out. Returns how many. */
    @Transactional
    public int draagOpenstaandeEffectenOpnieuwOp(long id) {
        var gebruiker = rechten.vereis(Actie.EFFECTEN_OPNIEUW_OPDRAGEN);
        var besluit = besluiten.findByIdAndGemeenteId(id, gebruiker.gemeenteId())
                .orElseThrow(() -> new NietGevondenException(OBJECTTYPE, id));
        var voorstel = voorstellen.findByIdAndGemeenteId(besluit.getCollegevoorstelId(), gebruiker.gemeenteId())
                .orElseThrow();
        var opdrachten = effecten.draagOp(besluit, voorstel, uitgevoerd::existsByBesluitpuntId);
        audit.registreer(gebruiker.gemeenteId(), "EFFECTEN_OPNIEUW_OPGEDRAGEN", OBJECTTYPE, id,
                "Besluit " + besluit.getIdentificatie() + ": " + opdrachten.size() + " effect(en) opnieuw opgedragen");
        return opdrachten.size();
    }

    private static Specification<Besluit> specificatie(long gemeenteId, String tekst, boolean ongepubliceerd) {
        return (root, query, cb) -> {
            var voorwaarden = new ArrayList<Predicate>();
            voorwaarden.add(cb.equal(root.get("gemeenteId"), gemeenteId));
            if (ongepubliceerd) {
                var openbaar = query.subquery(Long.class);
                var voorstel = openbaar.from(Collegevoorstel.class);
                openbaar.select(voorstel.get("id")).where(cb.equal(voorstel.get("id"), root.get("collegevoorstelId")),
                        cb.isTrue(voorstel.get("openbaar")));
                voorwaarden.add(cb.isNull(root.get("publicatiedatum")));
                voorwaarden.add(cb.exists(openbaar));
            }
            if (StringUtils.hasText(tekst)) {
                var patroon = "%" + tekst.trim().toLowerCase().replace("\\", "\\\\").replace("%", "\\%")
                        .replace("_", "\\_") + "%";
                var sub = query.subquery(Long.class);
                var voorstel = sub.from(Collegevoorstel.class);
                sub.select(voorstel.get("id")).where(cb.equal(voorstel.get("id"), root.get("collegevoorstelId")),
                        cb.or(cb.like(cb.lower(voorstel.get("onderwerp")), patroon, '\\'),
                                cb.like(cb.lower(voorstel.get("zaaknummer")), patroon, '\\')));
                voorwaarden.add(cb.or(cb.like(cb.lower(root.get("identificatie")), patroon, '\\'), cb.exists(sub)));
            }
            return cb.and(voorwaarden.toArray(Predicate[]::new));
        };
    }
}
