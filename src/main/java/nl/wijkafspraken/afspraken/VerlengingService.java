package nl.wijkafspraken.afspraken;

import static nl.wijkafspraken.afspraken.AfsprakenToegang.OBJECTTYPE;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import nl.wijkafspraken.audit.AuditService;
import nl.wijkafspraken.gedeeld.Actie;
import nl.wijkafspraken.gedeeld.NietGevondenException;
import nl.wijkafspraken.gedeeld.Rechten;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The yearly renewal at the gezamenlijk wijkoverleg: a civil servant records the meeting (attending wijkoverleggen,
 * each side's evaluation) and its outcome. "Verlengd met wijzigingen" starts a concept version (or continues the
 * open one); "niet verlengd" ends the afspraken. Only medewerkers see the records.
 */
@Service
@Transactional(readOnly = true)
public class VerlengingService {

    private final AfsprakenRepository afspraken;
    private final AfsprakenToegang toegang;
    private final AuditService audit;

    VerlengingService(AfsprakenRepository afspraken, AfsprakenToegang toegang, AuditService audit) {
        this.afspraken = afspraken;
        this.toegang = toegang;
        this.audit = audit;
    }

    /** The current parties that can attend the meeting, by name. */
    public List<Partij> aanwezigenTeKiezen(long afsprakenId) {
        var gebruiker = toegang.gebruiker();
        var gevonden = toegang.leesbaar(gebruiker, afsprakenId);
        Rechten.vereis(gebruiker, Actie.AFSPRAKEN_BEHEREN);
        var register = toegang.register(gebruiker.gemeenteId());
        return gevonden.getDeelnames().stream().map(d -> Partij.van(gevonden, d, register))
                .filter(p -> !p.uitgetreden()).sorted(Comparator.comparing(Partij::naam)).toList();
    }

    /** Records the meeting; returns its id. */
    @Transactional
    public long legVast(long afsprakenId, Verlengingsverslag verslag) {
        var gebruiker = toegang.gebruiker();
        var gevonden = toegang.voorWijziging(gebruiker, afsprakenId);
        var register = toegang.register(gebruiker.gemeenteId());
        var opgeheven = AfsprakenToegang.opgeheven(register);
        var vandaag = toegang.vandaag();
        gevonden.controleerVerlenging(verslag, vandaag, opgeheven);
        Versie concept = null;
        if (verslag.uitkomst() == Uitkomst.VERLENGD_MET_WIJZIGINGEN) {
            concept = gevonden.concept().orElseGet(() -> gevonden.nieuwConcept(vandaag));
            afspraken.flush();
        }
        var verlenging = gevonden.legVerlengingVast(verslag, vandaag, opgeheven, concept);
        afspraken.flush();
        var aanwezig = verslag.evaluaties().stream().map(e -> register.get(e.wijkoverlegId()).naam())
                .sorted().collect(Collectors.joining(", "));
        audit.registreer(gebruiker.gemeenteId(), "VERLENGING", OBJECTTYPE, afsprakenId,
                "Gezamenlijk wijkoverleg van " + Datums.tekst(verslag.datum()) + " over " + gevonden.getTitel()
                        + ": " + uitkomst(verslag.uitkomst(), concept) + "; aanwezig: " + aanwezig);
        return verlenging.getId();
    }

    public VerlengingWeergave verlenging(long afsprakenId, long verlengingId) {
        var gebruiker = toegang.gebruiker();
        var gevonden = toegang.leesbaar(gebruiker, afsprakenId);
        Rechten.vereis(gebruiker, Actie.AFSPRAKEN_VOLGEN);
        var verlenging = gevonden.getVerlengingen().stream().filter(v -> Objects.equals(v.getId(), verlengingId))
                .findFirst().orElseThrow(() -> new NietGevondenException("Verlenging", verlengingId));
        var namen = toegang.register(gebruiker.gemeenteId()).values().stream()
                .collect(Collectors.toMap(w -> w.id(), w -> w.naam()));
        var conceptnummer = verlenging.getConceptVersieId() == null ? null
                : gevonden.versieMetId(verlenging.getConceptVersieId()).map(Versie::getNummer).orElse(null);
        verlenging.getEvaluaties();
        return new VerlengingWeergave(gevonden, verlenging, namen, conceptnummer);
    }

    private static String uitkomst(Uitkomst uitkomst, Versie concept) {
        return switch (uitkomst) {
            case VERLENGD -> "verlengd";
            case VERLENGD_MET_WIJZIGINGEN -> "verlengd met wijzigingen (conceptversie " + concept.getNummer() + ")";
            case NIET_VERLENGD -> "niet verlengd, de afspraken zijn beëindigd";
        };
    }
}
