package nl.wijkafspraken.bestuur;

import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Predicate;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.wijkafspraken.audit.AuditService;
import nl.wijkafspraken.gedeeld.Actie;
import nl.wijkafspraken.gedeeld.DomeinregelException;
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
 * The college of the active gemeente. BEHEERDER and SECRETARIS maintain it; every medewerker reads it (the
 * AMBTENAAR picks the portefeuillehouder from it); a BESTUURSLID has no business here (403).
 */
@Service
@Transactional(readOnly = true)
public class CollegeService {

    private static final String OBJECTTYPE = "Collegelid";

    private final CollegelidRepository collegeleden;
    private final Rechten rechten;
    private final AuditService audit;
    private final Clock clock;

    CollegeService(CollegelidRepository collegeleden, Rechten rechten, AuditService audit,
            Clock clock) {
        this.collegeleden = collegeleden;
        this.rechten = rechten;
        this.audit = audit;
        this.clock = clock;
    }

    public Page<CollegelidInfo> zoek(CollegeZoekopdracht zoekopdracht, Pageable pageable) {
        var gebruiker = rechten.vereis(Actie.COLLEGE_LEZEN);
        return collegeleden.findAll(specificatie(gebruiker.gemeenteId(), zoekopdracht, LocalDate.now(clock)), pageable)
                .map(CollegelidInfo::van);
    }

    public CollegelidInfo collegelid(long id) {
        var gebruiker = rechten.vereis(Actie.COLLEGE_LEZEN);
        return CollegelidInfo.van(gevonden(gebruiker.gemeenteId(), id));
    }

    /** All members of the active gemeente (sitting or not), burgemeester first: to choose from in a form. */
    public List<CollegelidInfo> college() {
        var gebruiker = rechten.vereis(Actie.COLLEGE_LEZEN);
        return collegeleden.findByGemeenteIdOrderByRolAscNaamAsc(gebruiker.gemeenteId()).stream()
                .map(CollegelidInfo::van).toList();
    }

    /**
     * A member of the given gemeente, without asking who is logged in: for event listeners and for checks inside
     * another module's service, which has scoped the gemeente itself.
     */
    public Optional<CollegelidInfo> collegelid(long gemeenteId, long id) {
        return collegeleden.findByIdAndGemeenteId(id, gemeenteId).map(CollegelidInfo::van);
    }

    /** Members of the given gemeente by id; ids of other gemeenten are left out. */
    public Map<Long, CollegelidInfo> collegeleden(long gemeenteId, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return collegeleden.findByGemeenteIdAndIdIn(gemeenteId, ids).stream().map(CollegelidInfo::van)
                .collect(Collectors.toMap(CollegelidInfo::id, Function.identity()));
    }

    /**
     * The member linked to an account in the gemeente by a confirmed link (latest period first), e.g. the wethouder
     * who signs.
     */
    public Optional<CollegelidInfo> collegelidMetAccount(long gemeenteId, long accountId) {
        return collegeleden.findFirstByGemeenteIdAndAccountIdOrderByPeriodeVanDesc(gemeenteId, accountId)
                .map(CollegelidInfo::van);
    }

    @Transactional
    public long registreer(CollegelidGegevens gegevens) {
        var gebruiker = rechten.vereis(Actie.COLLEGE_BEHEREN);
        return registreer(gebruiker.gemeenteId(), gegevens);
    }

    /** Registers a member in the given gemeente; for set-up and demo data, and behind the role check above. */
    @Transactional
    public long registreer(long gemeenteId, CollegelidGegevens gegevens) {
        samenstelling(gemeenteId).vereisEenBurgemeester(null, gegevens);
        var lid = collegeleden.saveAndFlush(new Collegelid(gemeenteId, gegevens));
        audit.registreerWijziging(gemeenteId, "AANGEMAAKT", OBJECTTYPE, lid.getId(),
                "Collegelid " + lid.getNaam() + " geregistreerd", null, Collegelidstand.van(lid));
        return lid.getId();
    }

    /**
     * Changes name, role, portefeuilles and period. Not of the member linked to one's own account: what the
     * signature of the gemeente says and until when it may be given is nobody's to change for themselves.
     */
    @Transactional
    public void wijzig(long id, long versie, CollegelidGegevens gegevens) {
        var gebruiker = rechten.vereis(Actie.COLLEGE_BEHEREN);
        var lid = gevonden(gebruiker.gemeenteId(), id);
        if (lid.getAccountId() != null && lid.getAccountId() == gebruiker.accountId()) {
            throw new DomeinregelException("collegelid.eigen");
        }
        if (lid.getVersie() != versie) {
            throw new ObjectOptimisticLockingFailureException(Collegelid.class, id);
        }
        samenstelling(gebruiker.gemeenteId()).vereisEenBurgemeester(id, gegevens);
        var voor = Collegelidstand.van(lid);
        lid.wijzig(gegevens);
        collegeleden.flush();
        audit.registreerWijziging(gebruiker.gemeenteId(), "GEWIJZIGD", OBJECTTYPE, id,
                "Collegelid " + lid.getNaam() + " gewijzigd door " + gebruiker.gebruikersnaam(), voor,
                Collegelidstand.van(lid));
    }

    /**
     * Another seat of what looks like the same person (same name, ignoring case and accents) whose period overlaps
     * this member's: for a warning after saving, since two people may share a name.
     */
    public Optional<CollegelidInfo> andereZetelInDezelfdePeriode(long id) {
        var gebruiker = rechten.vereis(Actie.COLLEGE_LEZEN);
        var lid = gevonden(gebruiker.gemeenteId(), id);
        return samenstelling(gebruiker.gemeenteId()).andereZetelVanDezelfdePersoon(id, new CollegelidGegevens(
                lid.getNaam(), lid.getRol(), lid.getPortefeuilles(), lid.getPeriodeVan(), lid.getPeriodeTot()))
                .map(CollegelidInfo::van);
    }

    private Collegesamenstelling samenstelling(long gemeenteId) {
        return new Collegesamenstelling(collegeleden.findByGemeenteIdOrderByRolAscNaamAsc(gemeenteId));
    }

    private Collegelid gevonden(long gemeenteId, long id) {
        return collegeleden.findByIdAndGemeenteId(id, gemeenteId)
                .orElseThrow(() -> new NietGevondenException(OBJECTTYPE, id));
    }

    private static Specification<Collegelid> specificatie(long gemeenteId, CollegeZoekopdracht zoek,
            LocalDate vandaag) {
        return (root, query, cb) -> {
            var voorwaarden = new ArrayList<Predicate>();
            voorwaarden.add(cb.equal(root.get("gemeenteId"), gemeenteId));
            if (StringUtils.hasText(zoek.tekst())) {
                var patroon = "%" + zoek.tekst().trim().toLowerCase().replace("\\", "\\\\").replace("%", "\\%")
                        .replace("_", "\\_") + "%";
                var sub = query.subquery(Long.class);
                var lid = sub.from(Collegelid.class);
                var portefeuille = lid.join("portefeuilles", JoinType.INNER);
                sub.select(lid.get("id")).where(cb.equal(lid, root),
                        cb.like(cb.lower(portefeuille.as(String.class)), patroon, '\\'));
                voorwaarden.add(cb.or(cb.like(cb.lower(root.get("naam")), patroon, '\\'), cb.exists(sub)));
            }
            if (zoek.alleenZittend()) {
                voorwaarden.add(cb.lessThanOrEqualTo(root.get("periodeVan"), vandaag));
                voorwaarden.add(cb.or(cb.isNull(root.get("periodeTot")),
                        cb.greaterThanOrEqualTo(root.get("periodeTot"), vandaag)));
            }
            return cb.and(voorwaarden.toArray(Predicate[]::new));
        };
    }
}
