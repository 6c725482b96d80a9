package nl.wijkafspraken.afspraken;

import static nl.wijkafspraken.afspraken.AfsprakenToegang.OBJECTTYPE;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.wijkafspraken.audit.AuditService;
import nl.wijkafspraken.gedeeld.Actie;
import nl.wijkafspraken.gedeeld.DomeinregelException;
import nl.wijkafspraken.gedeeld.NietGevondenException;
import nl.wijkafspraken.gedeeld.Rechten;
import nl.wijkafspraken.wijkoverleg.WijkoverlegInfo;
import nl.wijkafspraken.wijkoverleg.WijkoverlegStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The afspraken of the active gemeente and their parties, and the system paths that other modules call: the
 * effect "afspraken vaststellen" of a besluit and the signatures of the ondertekening module. Versions and their
 * articles are in {@link VersieService}, renewal meetings in {@link VerlengingService}.
 */
@Service
@Transactional(readOnly = true)
public class AfsprakenService {

    private final AfsprakenRepository afspraken;
    private final AfsprakenToegang toegang;
    private final AuditService audit;

    AfsprakenService(AfsprakenRepository afspraken, AfsprakenToegang toegang, AuditService audit) {
        this.afspraken = afspraken;
        this.toegang = toegang;
        this.audit = audit;
    }

    /** The afspraken of the active gemeente, newest first; a BESTUURSLID sees those of the own wijkoverleg only. */
    public List<AfsprakenRegel> lijst() {
        var gebruiker = toegang.gebruiker();
        var opgeheven = AfsprakenToegang.opgeheven(toegang.register(gebruiker.gemeenteId()));
        var vandaag = toegang.vandaag();
        return afspraken.findByGemeenteIdOrderByIdDesc(gebruiker.gemeenteId()).stream()
                .filter(a -> AfsprakenToegang.magLezen(gebruiker, a))
                .map(a -> AfsprakenRegel.van(a, vandaag, opgeheven))
                .toList();
    }

    public AfsprakenOverzicht overzicht(long id) {
        var gebruiker = toegang.gebruiker();
        var gevonden = toegang.leesbaar(gebruiker, id);
        var register = toegang.register(gebruiker.gemeenteId());
        var vandaag = toegang.vandaag();
        var beperkt = !Rechten.mag(gebruiker, Actie.AFSPRAKEN_LEZEN);
        var eigen = Rechten.eigenWijkoverleggen(gebruiker, Actie.AFSPRAKEN_LEZEN);
        var partijen = gevonden.getDeelnames().stream()
                .filter(d -> !beperkt || eigen.contains(d.getWijkoverlegId()))
                .map(d -> Partij.van(gevonden, d, register))
                .sorted(Comparator.comparing(Partij::naam)).toList();
        var versies = gevonden.getVersies().reversed().stream()
                .filter(v -> !beperkt || v.isVastgesteldOfVervangen()).toList();
        gevonden.getVerlengingen().forEach(Verlenging::getEvaluaties);
        if (beperkt) {
            gevonden.geldendeVersie().ifPresent(Versie::getArtikelen);
        }
        return new AfsprakenOverzicht(gevonden, gevonden.status(vandaag, AfsprakenToegang.opgeheven(register)),
                partijen, versies, Rechten.mag(gebruiker, Actie.AFSPRAKEN_BEHEREN), beperkt, vandaag);
    }

    /** New afspraken with an empty concept; refused while the gemeente has afspraken that have not ended. */
    @Transactional
    public long maakAan(String titel) {
        var gebruiker = toegang.gebruiker();
        Rechten.vereis(gebruiker, Actie.AFSPRAKEN_BEHEREN);
        var vandaag = toegang.vandaag();
        if (afspraken.findByGemeenteIdOrderByIdDesc(gebruiker.gemeenteId()).stream()
                .anyMatch(a -> !a.isAfgelopenOp(vandaag))) {
            throw DomeinregelException.voorVeld("titel", "afspraken.alLopend");
        }
        var nieuw = afspraken.saveAndFlush(new Afspraken(gebruiker.gemeenteId(), titel));
        audit.registreer(gebruiker.gemeenteId(), "AANGEMAAKT", OBJECTTYPE, nieuw.getId(),
                nieuw.getTitel() + " aangemaakt met conceptversie 1");
        return nieuw.getId();
    }

    /** The wijkoverleggen that can still join: not yet party and not opgeheven. */
    public List<WijkoverlegInfo> kandidaten(long id) {
        var gebruiker = toegang.gebruiker();
        var gevonden = toegang.leesbaar(gebruiker, id);
        Rechten.vereis(gebruiker, Actie.AFSPRAKEN_VOLGEN);
        return kandidaten(gevonden, toegang.register(gebruiker.gemeenteId()));
    }

    private static List<WijkoverlegInfo> kandidaten(Afspraken afspraken, Map<Long, WijkoverlegInfo> register) {
        return register.values().stream().filter(w -> !w.isOpgeheven() && !afspraken.isPartij(w.id()))
                .sorted(Comparator.comparing(WijkoverlegInfo::naam)).toList();
    }

    @Transactional
    public void laatToetreden(long id, long wijkoverlegId, LocalDate datum) {
        var gebruiker = toegang.gebruiker();
        var gevonden = toegang.voorWijziging(gebruiker, id);
        var wijkoverleg = toegang.register(gebruiker.gemeenteId()).get(wijkoverlegId);
        if (wijkoverleg == null || wijkoverleg.isOpgeheven()) {
            throw DomeinregelException.voorVeld("wijkoverlegId", "afspraken.partij.onbekend");
        }
        gevonden.laatToetreden(wijkoverlegId, datum, toegang.vandaag());
        afspraken.flush();
        audit.registreer(gebruiker.gemeenteId(), "PARTIJ_TOEGETREDEN", OBJECTTYPE, id,
                wijkoverleg.naam() + " is partij bij " + gevonden.getTitel() + " vanaf " + Datums.tekst(datum));
    }

    @Transactional
    public void verwijderPartij(long id, long wijkoverlegId) {
        var gebruiker = toegang.gebruiker();
        var gevonden = toegang.voorWijziging(gebruiker, id);
        if (!gevonden.isPartij(wijkoverlegId)) {
            throw new NietGevondenException("Partij", wijkoverlegId);
        }
        gevonden.verwijderPartij(wijkoverlegId);
        afspraken.flush();
        var naam = Optional.ofNullable(toegang.register(gebruiker.gemeenteId()).get(wijkoverlegId))
                .map(WijkoverlegInfo::naam).orElse("Wijkoverleg " + wijkoverlegId);
        audit.registreer(gebruiker.gemeenteId(), "PARTIJ_VERWIJDERD", OBJECTTYPE, id,
                naam + " is geen partij meer bij het concept van " + gevonden.getTitel());
    }

    /**
     * The effect "afspraken vaststellen" of a besluit: the version becomes vastgesteld with this ingangsdatum and
     * the version adopted before is vervangen. A system path (the besluit module's event listener calls it, without
     * a logged-in user), audited. Idempotent: a second call for the same besluitpunt changes nothing.
     *
     * @return what was done, in Dutch, for the trace of the effect
     */
    @Transactional
    public String stelVast(long gemeenteId, long versieId, long besluitId, long besluitpuntId, LocalDate ingangsdatum,
            String besluitIdentificatie) {
        var gevonden = toegang.vanVersieVoorWijziging(gemeenteId, versieId);
        var al = afspraken.versienummerVastgesteldBij(besluitpuntId);
        if (al.isPresent()) {
            return "Niets gedaan: versie " + al.get() + " was al vastgesteld bij dit besluitpunt";
        }
        var versie = gevonden.versieMetId(versieId).orElseThrow();
        var vorige = gevonden.geldendeVersie();
        gevonden.stelVast(versie, besluitId, besluitpuntId, besluitIdentificatie, ingangsdatum);
        afspraken.flush();
        var omschrijving = "Versie " + versie.getNummer() + " van " + gevonden.getTitel() + " vastgesteld per "
                + Datums.tekst(ingangsdatum) + vorige.map(v -> "; versie " + v.getNummer() + " vervangen").orElse("");
        audit.registreer(gemeenteId, "VASTGESTELD", OBJECTTYPE, gevonden.getId(),
                omschrijving + " (besluit " + besluitIdentificatie + ")");
        return omschrijving;
    }

    /**
     * A signature of a wijkoverleg on a vastgestelde version, as the ondertekening module reports it (system path,
     * no logged-in user). A wijkoverleg that is not yet party joins by signing. Idempotent: a repeated report of the
     * same version changes nothing and returns false.
     */
    @Transactional
    public boolean registreerOndertekening(long gemeenteId, long versieId, long wijkoverlegId, LocalDate ondertekendOp,
            String kenmerk) {
        var gevonden = toegang.vanVersieVoorWijziging(gemeenteId, versieId);
        var wijkoverleg = toegang.register(gemeenteId).get(wijkoverlegId);
        if (wijkoverleg == null || !gevonden.isPartij(wijkoverlegId) && wijkoverleg.isOpgeheven()) {
            throw new DomeinregelException("afspraken.partij.onbekend");
        }
        var versie = gevonden.versieMetId(versieId).orElseThrow();
        if (!gevonden.registreerOndertekening(versie, wijkoverlegId, ondertekendOp, kenmerk)) {
            return false;
        }
        afspraken.flush();
        audit.registreer(gemeenteId, "ONDERTEKEND", OBJECTTYPE, gevonden.getId(), wijkoverleg.naam()
                + " ondertekende versie " + versie.getNummer() + " op " + Datums.tekst(ondertekendOp));
        return true;
    }

    /** The title of afspraken of a gemeente, without a user check: for other modules that refer to them. */
    public Optional<String> titel(long gemeenteId, long afsprakenId) {
        return afspraken.findByIdAndGemeenteId(afsprakenId, gemeenteId).map(Afspraken::getTitel);
    }

    /**
     * The afspraken of a gemeente that have not ended on the date, most recent first, without a user check: the
     * afspraken that replace what is withdrawn on that date (a concept counts, since it is about to be adopted).
     */
    public Optional<Long> lopendOp(long gemeenteId, LocalDate datum) {
        return afspraken.findByGemeenteIdOrderByIdDesc(gemeenteId).stream().filter(a -> !a.isAfgelopenOp(datum))
                .map(Afspraken::getId).findFirst();
    }

    /** The open concepts of the active gemeente, for a collegevoorstel that proposes to adopt one. */
    public List<Conceptversie> conceptversies() {
        var gebruiker = toegang.gebruiker();
        Rechten.vereis(gebruiker, Actie.AFSPRAKEN_VOLGEN);
        return afspraken.findByGemeenteIdOrderByIdDesc(gebruiker.gemeenteId()).stream()
                .flatMap(a -> a.concept().stream().map(v -> new Conceptversie(v.getId(), a.getId(), a.getTitel(),
                        v.getNummer(), v.getZaaknummer())))
                .toList();
    }

    /**
     * Where the afspraken of the active gemeente stand, for the medewerkers' dashboard: those that have not ended,
     * or else the most recent ones.
     */
    public List<Afsprakenstand> standen() {
        var gebruiker = toegang.gebruiker();
        Rechten.vereis(gebruiker, Actie.AFSPRAKEN_VOLGEN);
        var register = toegang.register(gebruiker.gemeenteId());
        var vandaag = toegang.vandaag();
        var alle = afspraken.findByGemeenteIdOrderByIdDesc(gebruiker.gemeenteId());
        var lopend = alle.stream().filter(a -> !a.isAfgelopenOp(vandaag)).toList();
        return (lopend.isEmpty() ? alle.stream().limit(1).toList() : lopend).stream()
                .map(a -> stand(a, register, vandaag)).toList();
    }

    private static Afsprakenstand stand(Afspraken a, Map<Long, WijkoverlegInfo> register, LocalDate vandaag) {
        var looptijd = a.looptijd();
        var nogGeenPartij = kandidaten(a, register).stream()
                .filter(w -> w.status() == WijkoverlegStatus.ACTIEF).map(WijkoverlegInfo::naam).toList();
        var nogNietOndertekend = a.geldendeVersie().isEmpty() ? List.<String>of()
                : a.getDeelnames().stream().map(d -> Partij.van(a, d, register))
                        .filter(Partij::moetNogOndertekenen).map(Partij::naam).sorted().toList();
        return new Afsprakenstand(a.getId(), a.getTitel(), a.status(vandaag, AfsprakenToegang.opgeheven(register)),
                a.geldendeVersie().map(Versie::getNummer).orElse(null),
                looptijd.map(Looptijd::ingangsdatum).orElse(null), looptijd.map(Looptijd::einddatum).orElse(null),
                a.volgendeVerlenging().orElse(null), a.verlengingssignaal(vandaag),
                !a.isAfgelopenOp(vandaag) && looptijd.map(l -> l.eindigtBinnenkort(vandaag)).orElse(false),
                nogGeenPartij, nogNietOndertekend);
    }
}
