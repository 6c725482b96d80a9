package nl.wijkafspraken.mandaat;

import jakarta.persistence.criteria.Predicate;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.wijkafspraken.audit.AuditService;
import nl.wijkafspraken.bestuur.CollegeService;
import nl.wijkafspraken.bestuur.CollegelidInfo;
import nl.wijkafspraken.gedeeld.Actie;
import nl.wijkafspraken.gedeeld.DomeinregelException;
import nl.wijkafspraken.gedeeld.Gebruiker;
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
 * The mandaatregister of the active gemeente, and the answer to "did this college member hold this mandate on this
 * date?". Every medewerker reads the register; SECRETARIS and BEHEERDER withdraw a mandate.
 */
@Service
@Transactional(readOnly = true)
public class MandaatService {

    static final String OBJECTTYPE = "Mandaat";
    private static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.of("nl", "NL"));

    private final MandaatRepository mandaten;
    private final CollegeService college;
    private final Rechten rechten;
    private final AuditService audit;
    private final List<MandaatGebruik> gebruik;
    private final Clock clock;

    MandaatService(MandaatRepository mandaten, CollegeService college, Rechten rechten,
            AuditService audit, List<MandaatGebruik> gebruik, Clock clock) {
        this.mandaten = mandaten;
        this.college = college;
        this.rechten = rechten;
        this.audit = audit;
        this.gebruik = gebruik;
        this.clock = clock;
    }

    /**
     * Whether the college member held a mandate with this scope on the date: on or after its ingangsdatum, on or
     * before its einddatum, and before the day it was withdrawn. Asks nobody who is logged in: the signing module
     * calls it for the member who signs.
     */
    public boolean heeftMandaat(long collegelidId, String scope, LocalDate datum) {
        return geldigMandaat(collegelidId, scope, datum).isPresent();
    }

    /** The mandate that makes {@link #heeftMandaat} true, naming its besluit; the latest one when there are more. */
    public Optional<MandaatInfo> geldigMandaat(long collegelidId, String scope, LocalDate datum) {
        return mandaten.findByCollegelidIdOrderByIngangsdatumDesc(collegelidId).stream()
                .filter(m -> m.betreft(scope) && m.geldigOp(datum))
                .findFirst()
                .map(m -> info(m, datum));
    }

    /**
     * The mandates of the gemeente with this scope that hold on the date, latest first: who must be told that a
     * round waits for the gemeente's signature. A system path without a user check, like {@link #geldigMandaat}.
     */
    public List<MandaatInfo> geldigeMandaten(long gemeenteId, String scope, LocalDate datum) {
        return mandaten.findByGemeenteIdOrderByIngangsdatumDesc(gemeenteId).stream()
                .filter(m -> m.betreft(scope) && m.geldigOp(datum))
                .map(m -> MandaatInfo.van(m, "", datum))
                .toList();
    }

    public Page<MandaatInfo> zoek(MandaatZoekopdracht zoekopdracht, Pageable pageable) {
        var gebruiker = rechten.vereis(Actie.MANDATEN_LEZEN);
        var vandaag = LocalDate.now(clock);
        var leden = college.college();
        var namen = leden.stream().filter(c -> StringUtils.hasText(zoekopdracht.tekst())
                && c.naam().toLowerCase().contains(zoekopdracht.tekst().trim().toLowerCase()))
                .map(CollegelidInfo::id).toList();
        return mandaten.findAll(specificatie(gebruiker.gemeenteId(), zoekopdracht, namen, vandaag), pageable)
                .map(m -> MandaatInfo.van(m, naam(leden, m.getCollegelidId()), vandaag));
    }

    public MandaatInfo mandaat(long id) {
        var gebruiker = rechten.vereis(Actie.MANDATEN_LEZEN);
        return info(gevonden(gebruiker, id), LocalDate.now(clock));
    }

    /**
     * The last act done under the mandate (a signature), for the withdrawal form: it can be withdrawn only from the
     * day after. Empty when it was never used.
     */
    public Optional<MandaatGebruik.Gebruik> laatsteGebruik(long id) {
        var gebruiker = rechten.vereis(Actie.MANDATEN_LEZEN);
        gevonden(gebruiker, id);
        return laatste(id);
    }

    @Transactional
    public void trekIn(long id, long versie, LocalDate per, String reden) {
        var gebruiker = rechten.vereis(Actie.MANDATEN_INTREKKEN);
        var mandaat = gevonden(gebruiker, id);
        if (mandaat.getVersie() != versie) {
            throw new ObjectOptimisticLockingFailureException(Mandaat.class, id);
        }
        weigerTerugdateren(id, per);
        mandaat.trekIn(per, reden);
        mandaten.flush();
        audit.registreer(gebruiker.gemeenteId(), "INGETROKKEN", OBJECTTYPE, id, "Mandaat '" + mandaat.getScope()
                + "' ingetrokken per " + per + ": " + mandaat.getIntrekkingsreden());
    }

    /**
     * A mandate is history: it cannot stop before a day on which it was used, or the register would contradict the
     * acts done under it (issue 13, part 4). The database repeats the rule (V48) for every other writer.
     */
    private void weigerTerugdateren(long id, LocalDate per) {
        if (per == null) {
            return;
        }
        laatste(id).filter(laatste -> !per.isAfter(laatste.datum()))
                .ifPresent(laatste -> {
                    throw DomeinregelException.voorVeld("per", "mandaat.intrekking.naGebruik",
                            DATUM.format(laatste.datum()), laatste.omschrijving(),
                            DATUM.format(laatste.datum().plusDays(1)));
                });
    }

    private Optional<MandaatGebruik.Gebruik> laatste(long id) {
        return gebruik.stream().flatMap(g -> g.laatsteGebruik(id).stream())
                .max(Comparator.comparing(MandaatGebruik.Gebruik::datum));
    }

    private MandaatInfo info(Mandaat m, LocalDate op) {
        var lid = college.collegelid(m.getGemeenteId(), m.getCollegelidId());
        return MandaatInfo.van(m, lid.map(CollegelidInfo::aanduiding).orElse(""), op);
    }

    private static String naam(List<CollegelidInfo> leden, long id) {
        return leden.stream().filter(c -> c.id() == id).map(CollegelidInfo::aanduiding).findFirst().orElse("");
    }

    private Mandaat gevonden(Gebruiker gebruiker, long id) {
        return mandaten.findByIdAndGemeenteId(id, gebruiker.gemeenteId())
                .orElseThrow(() -> new NietGevondenException(OBJECTTYPE, id));
    }

    private static Specification<Mandaat> specificatie(long gemeenteId, MandaatZoekopdracht zoek,
            List<Long> collegeledenMetNaam, LocalDate vandaag) {
        return (root, query, cb) -> {
            var voorwaarden = new ArrayList<Predicate>();
            voorwaarden.add(cb.equal(root.get("gemeenteId"), gemeenteId));
            if (StringUtils.hasText(zoek.tekst())) {
                var patroon = "%" + zoek.tekst().trim().toLowerCase().replace("\\", "\\\\").replace("%", "\\%")
                        .replace("_", "\\_") + "%";
                var opScope = cb.like(cb.lower(root.get("scope")), patroon, '\\');
                voorwaarden.add(collegeledenMetNaam.isEmpty() ? opScope
                        : cb.or(opScope, root.get("collegelidId").in(collegeledenMetNaam)));
            }
            if (zoek.alleenGeldig()) {
                voorwaarden.add(cb.lessThanOrEqualTo(root.get("ingangsdatum"), vandaag));
                voorwaarden.add(cb.or(cb.isNull(root.get("einddatum")),
                        cb.greaterThanOrEqualTo(root.get("einddatum"), vandaag)));
                voorwaarden.add(cb.or(cb.isNull(root.get("ingetrokkenPer")),
                        cb.greaterThan(root.get("ingetrokkenPer"), vandaag)));
            }
            return cb.and(voorwaarden.toArray(Predicate[]::new));
        };
    }
}
