package nl.wijkafspraken.convenant;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.stream.Collectors;
import nl.wijkafspraken.afspraken.AfsprakenService;
import nl.wijkafspraken.audit.AuditService;
import nl.wijkafspraken.gedeeld.Actie;
import nl.wijkafspraken.gedeeld.DomeinregelException;
import nl.wijkafspraken.gedeeld.Gebruiker;
import nl.wijkafspraken.gedeeld.NietGevondenException;
import nl.wijkafspraken.gedeeld.Rechten;
import nl.wijkafspraken.wijkoverleg.WijkoverlegInfo;
import nl.wijkafspraken.wijkoverleg.WijkoverlegService;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The convenanten wijkbeheer of the active gemeente: medewerkers read them, AMBTENAAR and BEHEERDER register them
 * and correct those not withdrawn. Withdrawal is not a screen action: only a besluit withdraws ({@link #trekIn}).
 */
@Service
@Transactional(readOnly = true)
public class ConvenantService {

    private static final String OBJECTTYPE = "Convenant";
    private static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("d MMMM yyyy",
            Locale.forLanguageTag("nl-NL"));

    private final ConvenantRepository convenanten;
    private final ConvenantIntrekkingRepository intrekkingen;
    private final ConvenantScanRepository scans;
    private final WijkoverlegService wijkoverleggen;
    private final AfsprakenService afspraken;
    private final Rechten rechten;
    private final AuditService audit;
    private final Clock clock;

    ConvenantService(ConvenantRepository convenanten, ConvenantIntrekkingRepository intrekkingen,
            ConvenantScanRepository scans, WijkoverlegService wijkoverleggen, AfsprakenService afspraken,
            Rechten rechten, AuditService audit, Clock clock) {
        this.convenanten = convenanten;
        this.intrekkingen = intrekkingen;
        this.scans = scans;
        this.wijkoverleggen = wijkoverleggen;
        this.afspraken = afspraken;
        this.rechten = rechten;
        this.audit = audit;
        this.clock = clock;
    }

    public List<ConvenantRegel> lijst() {
        var gebruiker = rechten.vereis(Actie.CONVENANTEN_LEZEN);
        var alle = convenanten.findByGemeenteIdOrderByDatumOndertekendAscTitelAsc(gebruiker.gemeenteId());
        var metScan = new HashSet<>(scans.metScan(alle.stream().map(Convenant::getId).toList()));
        return alle.stream().map(c -> new ConvenantRegel(c.getId(), c.getTitel(), c.getPartij(),
                c.getDatumOndertekend(), c.isIngetrokken(),
                c.isIngetrokken() ? c.getIntrekking().getVervaldatum() : null, metScan.contains(c.getId()))).toList();
    }

    /** For the dashboard: all convenanten counted, and those not withdrawn (still in force), from one read. */
    public Convenantenstand stand() {
        var alle = lijst();
        return new Convenantenstand(alle.size(), alle.stream().filter(c -> !c.ingetrokken()).toList());
    }

    public ConvenantOverzicht overzicht(long id) {
        var gebruiker = rechten.vereis(Actie.CONVENANTEN_LEZEN);
        var convenant = leesbaar(gebruiker, id);
        var wijkoverleg = convenant.getWijkoverlegId() == null ? null
                : wijkoverleggen.register(gebruiker.gemeenteId()).stream()
                        .filter(w -> w.id() == convenant.getWijkoverlegId()).map(WijkoverlegInfo::naam)
                        .findFirst().orElse(null);
        var vervangend = convenant.isIngetrokken() && convenant.getIntrekking().getVervangendeAfsprakenId() != null
                ? afspraken.titel(gebruiker.gemeenteId(), convenant.getIntrekking().getVervangendeAfsprakenId())
                        .orElse(null)
                : null;
        return new ConvenantOverzicht(convenant, wijkoverleg, vervangend, scans.grootte(id).orElse(null),
                Rechten.mag(gebruiker, Actie.CONVENANTEN_BEHEREN));
    }

    /** The scanned PDF. */
    public byte[] scan(long id) {
        var gebruiker = rechten.vereis(Actie.CONVENANTEN_LEZEN);
        leesbaar(gebruiker, id);
        return scans.findById(id).map(ConvenantScan::getInhoud)
                .orElseThrow(() -> new NietGevondenException("Scan van convenant", id));
    }

    /** Registers a convenant with an optional scan (null or empty: none); returns its id. */
    @Transactional
    public long registreer(ConvenantGegevens gegevens, byte[] scan) {
        var gebruiker = rechten.vereis(Actie.CONVENANTEN_BEHEREN);
        controleer(gebruiker.gemeenteId(), gegevens, scan);
        var convenant = convenanten.save(new Convenant(gebruiker.gemeenteId(), gegevens));
        convenanten.flush();
        if (scan != null && scan.length > 0) {
            scans.save(new ConvenantScan(convenant.getId(), scan));
        }
        audit.registreer(gebruiker.gemeenteId(), "AANGEMAAKT", OBJECTTYPE, convenant.getId(),
                "Convenant " + convenant.getTitel() + " met " + convenant.getPartij() + " geregistreerd"
                        + (scan != null && scan.length > 0 ? ", met scan" : ""));
        return convenant.getId();
    }

    /** Corrects a convenant that has not been withdrawn; a scan (not empty) replaces the one there was. */
    @Transactional
    public void wijzig(long id, long versie, ConvenantGegevens gegevens, byte[] scan) {
        var gebruiker = rechten.vereis(Actie.CONVENANTEN_BEHEREN);
        var convenant = leesbaar(gebruiker, id);
        if (convenant.getVersie() != versie) {
            throw new ObjectOptimisticLockingFailureException(Convenant.class, id);
        }
        controleer(gebruiker.gemeenteId(), gegevens, scan);
        convenant.wijzig(gegevens);
        if (scan != null && scan.length > 0) {
            scans.findById(id).ifPresentOrElse(s -> s.vervang(scan), () -> scans.save(new ConvenantScan(id, scan)));
        }
        convenanten.flush();
        audit.registreer(gebruiker.gemeenteId(), "GEWIJZIGD", OBJECTTYPE, id, "Convenant " + convenant.getTitel()
                + " gewijzigd" + (scan != null && scan.length > 0 ? ", scan vervangen" : ""));
    }

    /**
     * The effect "convenanten intrekken" of a besluit: every listed convenant gets vervaldatum and vervalreden
     * {@code ingetrokken_overheid}, with the besluit and the afspraken that replace them. All or nothing: an unknown
     * convenant, or one already withdrawn by another besluit, refuses the whole list and nothing changes. A system
     * path (no logged-in user), audited. Idempotent: a second call for the same besluitpunt changes nothing.
     *
     * @return what was done, in Dutch, for the trace of the effect
     */
    @Transactional
    public String trekIn(long gemeenteId, List<Long> convenantIds, long besluitId, long besluitpuntId,
            LocalDate vervaldatum, Long vervangendeAfsprakenId, String besluitIdentificatie) {
        if (intrekkingen.findByBesluitpuntId(besluitpuntId).isPresent()) {
            return niets();
        }
        if (convenantIds == null || convenantIds.isEmpty()) {
            throw new DomeinregelException("convenant.intrekken.geenConvenanten");
        }
        if (vervaldatum == null) {
            throw new DomeinregelException("convenant.intrekken.vervaldatum.verplicht");
        }
        var ids = new TreeSet<>(convenantIds);
        var gevonden = convenanten.findForUpdate(gemeenteId, ids);
        // After the lock: a concurrent call for the same besluitpunt has committed by now, or never will.
        if (intrekkingen.findByBesluitpuntId(besluitpuntId).isPresent()) {
            return niets();
        }
        if (gevonden.size() != ids.size()) {
            gevonden.forEach(c -> ids.remove(c.getId()));
            throw new DomeinregelException("convenant.intrekken.onbekend", ids.stream().map(String::valueOf)
                    .collect(Collectors.joining(", ")));
        }
        var alIngetrokken = gevonden.stream().filter(Convenant::isIngetrokken).map(Convenant::getTitel).toList();
        if (!alIngetrokken.isEmpty()) {
            throw new DomeinregelException("convenant.intrekken.alIngetrokken", String.join(", ", alIngetrokken));
        }
        if (vervangendeAfsprakenId != null && afspraken.titel(gemeenteId, vervangendeAfsprakenId).isEmpty()) {
            throw new DomeinregelException("convenant.intrekken.afsprakenOnbekend");
        }
        var intrekking = intrekkingen.save(new ConvenantIntrekking(gemeenteId, besluitId, besluitpuntId,
                besluitIdentificatie, vervaldatum, vervangendeAfsprakenId, clock.instant()));
        gevonden.forEach(c -> c.trekIn(intrekking));
        convenanten.flush();
        gevonden.forEach(c -> audit.registreer(gemeenteId, "INGETROKKEN", OBJECTTYPE, c.getId(), "Convenant "
                + c.getTitel() + " ingetrokken per " + DATUM.format(vervaldatum) + " bij besluit "
                + besluitIdentificatie + " (" + ConvenantIntrekking.INGETROKKEN_OVERHEID + ")"));
        return gevonden.size() + (gevonden.size() == 1 ? " convenant" : " convenanten") + " ingetrokken per "
                + DATUM.format(vervaldatum) + ": " + gevonden.stream().map(Convenant::getTitel)
                        .collect(Collectors.joining(", "));
    }

    private static String niets() {
        return "Niets gedaan: de convenanten waren al ingetrokken bij dit besluitpunt";
    }

    private void controleer(long gemeenteId, ConvenantGegevens gegevens, byte[] scan) {
        if (gegevens.datumOndertekend() != null && gegevens.datumOndertekend().isAfter(LocalDate.now(clock))) {
            throw DomeinregelException.voorVeld("datumOndertekend", "convenant.datum.toekomst");
        }
        if (gegevens.wijkoverlegId() != null && wijkoverleggen.register(gemeenteId).stream()
                .noneMatch(w -> w.id() == gegevens.wijkoverlegId())) {
            throw DomeinregelException.voorVeld("wijkoverlegId", "convenant.wijkoverleg.onbekend");
        }
        if (scan != null && scan.length > 0) {
            ConvenantScan.controleer(scan);
        }
    }

    private Convenant leesbaar(Gebruiker gebruiker, long id) {
        return convenanten.findByIdAndGemeenteId(id, gebruiker.gemeenteId())
                .orElseThrow(() -> new NietGevondenException(OBJECTTYPE, id));
    }
}
