package nl.wijkafspraken.afspraken;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import nl.wijkafspraken.gedeeld.DomeinregelException;
import org.hibernate.annotations.BatchSize;

/**
 * The Samenwerkingsafspraken of a gemeente: its versions, its parties and their signatures, and the renewal meetings.
 * Guards the rules that span them: one concept and one vastgestelde version at a time, the term derived from the
 * first ingangsdatum, renewals within the term, parties joining and signing.
 */
@Entity
public class Afspraken {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long gemeenteId;
    private String titel;
    private LocalDate beeindigdOp;
    @jakarta.persistence.Version
    private long versie;

    @OneToMany(mappedBy = "afspraken", cascade = CascadeType.ALL)
    @OrderBy("nummer")
    @BatchSize(size = 20)
    private List<Versie> versies = new ArrayList<>();

    @OneToMany(mappedBy = "afspraken", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    @BatchSize(size = 20)
    private List<Deelname> deelnames = new ArrayList<>();

    @OneToMany(mappedBy = "afspraken", cascade = CascadeType.ALL)
    @OrderBy("datum, id")
    @BatchSize(size = 20)
    private List<Verlenging> verlengingen = new ArrayList<>();

    protected Afspraken() {
    }

    /** New afspraken start with an empty concept, version 1. */
    Afspraken(long gemeenteId, String titel) {
        if (titel == null || titel.isBlank()) {
            throw DomeinregelException.voorVeld("titel", "afspraken.titel.verplicht");
        }
        this.gemeenteId = gemeenteId;
        this.titel = titel.strip();
        versies.add(new Versie(this, 1, null));
    }

    /** The vastgestelde version: the text adopted last, the one parties sign and new concepts start from. */
    public Optional<Versie> geldendeVersie() {
        return versies.stream().filter(v -> v.getStatus() == Versiestatus.VASTGESTELD).findFirst();
    }

    public Optional<Versie> concept() {
        return versies.stream().filter(Versie::isConcept).findFirst();
    }

    public Optional<Versie> versie(int nummer) {
        return versies.stream().filter(v -> v.getNummer() == nummer).findFirst();
    }

    Optional<Versie> versieMetId(long versieId) {
        return versies.stream().filter(v -> Objects.equals(v.getId(), versieId)).findFirst();
    }

    /** The term runs from the ingangsdatum of the first vastgestelde version; a later version does not move it. */
    public Optional<Looptijd> looptijd() {
        return versies.stream().filter(Versie::isVastgesteldOfVervangen).min(Comparator.comparing(Versie::getNummer))
                .map(v -> new Looptijd(v.getIngangsdatum()));
    }

    /** Renewal meetings with the outcome verlengd or verlengd met wijzigingen. */
    public int aantalVerlengingen() {
        return (int) verlengingen.stream().filter(v -> v.getUitkomst().isVerlengd()).count();
    }

    /** The date by which the next renewal must be held; empty before vaststelling, after the last, or at the end. */
    public Optional<LocalDate> volgendeVerlenging() {
        return beeindigdOp != null ? Optional.empty()
                : looptijd().flatMap(l -> l.volgendeVerlenging(aantalVerlengingen()));
    }

    public Verlengingssignaal verlengingssignaal(LocalDate vandaag) {
        return beeindigdOp != null ? Verlengingssignaal.GEEN
                : looptijd().map(l -> l.signaal(vandaag, aantalVerlengingen())).orElse(Verlengingssignaal.GEEN);
    }

    /**
     * The overall status, first rule that applies: no vastgestelde version → concept; a meeting decided not to
     * renew → beëindigd; past the einddatum → verlopen; the renewal due on the last anniversary missing →
     * verlenging achterstallig; before the ingangsdatum, or a current party (one not opgeheven) that has not signed
     * the vastgestelde version, or no current party at all → in ondertekening; otherwise in werking.
     *
     * @param opgeheven the wijkoverleggen the register says are opgeheven: they have left
     */
    public AfsprakenStatus status(LocalDate vandaag, Set<Long> opgeheven) {
        var looptijd = looptijd();
        if (looptijd.isEmpty()) {
            return AfsprakenStatus.CONCEPT;
        }
        if (beeindigdOp != null) {
            return AfsprakenStatus.BEEINDIGD;
        }
        if (looptijd.get().isVerlopenOp(vandaag)) {
            return AfsprakenStatus.VERLOPEN;
        }
        if (verlengingssignaal(vandaag) == Verlengingssignaal.ACHTERSTALLIG) {
            return AfsprakenStatus.VERLENGING_ACHTERSTALLIG;
        }
        var stand = ondertekenstand(vandaag, opgeheven);
        if (!stand.ingegaan() || !stand.iedereenOndertekend()) {
            return AfsprakenStatus.IN_ONDERTEKENING;
        }
        return AfsprakenStatus.IN_WERKING;
    }

    /**
     * Whether the term has started on {@code vandaag}, and how many current parties (not opgeheven) signed the
     * vastgestelde version; for a concept: not started, nobody signed.
     */
    public Ondertekenstand ondertekenstand(LocalDate vandaag, Set<Long> opgeheven) {
        var geldende = geldendeVersie();
        var huidig = deelnames.stream().filter(d -> !opgeheven.contains(d.getWijkoverlegId())).toList();
        var ondertekend = geldende.map(v -> huidig.stream().filter(d -> d.heeftOndertekend(v)).count()).orElse(0L);
        var ingegaan = looptijd().map(l -> !vandaag.isBefore(l.ingangsdatum())).orElse(false);
        return new Ondertekenstand(ingegaan, ondertekend.intValue(), huidig.size());
    }

    public boolean isAfgelopenOp(LocalDate vandaag) {
        return beeindigdOp != null || looptijd().map(l -> l.isVerlopenOp(vandaag)).orElse(false);
    }

    /** A new concept, a copy of the vastgestelde version; its articles keep their identity for the comparison. */
    Versie nieuwConcept(LocalDate vandaag) {
        vereisNietAfgelopen(vandaag, "afspraken.concept.afgelopen");
        if (concept().isPresent()) {
            throw new DomeinregelException("afspraken.concept.bestaatAl", concept().get().getNummer());
        }
        var basis = geldendeVersie().orElseThrow(() -> new DomeinregelException("afspraken.concept.geenGeldende"));
        var concept = new Versie(this, versies.size() + 1, basis);
        versies.add(concept);
        return concept;
    }

    /**
     * Adopts a concept by a besluit; the version adopted before is replaced. The ingangsdatum of the first version
     * starts the term; a later version takes effect within it and does not move the einddatum.
     */
    void stelVast(Versie concept, long besluitId, long besluitpuntId, String identificatie, LocalDate ingangsdatum) {
        if (beeindigdOp != null) {
            throw new DomeinregelException("afspraken.vaststellen.beeindigd");
        }
        if (ingangsdatum == null) {
            throw new DomeinregelException("afspraken.vaststellen.ingangsdatum.verplicht");
        }
        var looptijd = looptijd();
        if (looptijd.isPresent() && ingangsdatum.isAfter(looptijd.get().einddatum())) {
            throw new DomeinregelException("afspraken.vaststellen.naEinddatum",
                    Datums.tekst(looptijd.get().einddatum()));
        }
        var vorige = geldendeVersie();
        if (vorige.isPresent() && ingangsdatum.isBefore(vorige.get().getIngangsdatum())) {
            throw new DomeinregelException("afspraken.vaststellen.voorGeldende",
                    Datums.tekst(vorige.get().getIngangsdatum()));
        }
        concept.stelVast(besluitId, besluitpuntId, identificatie, ingangsdatum);
        vorige.ifPresent(Versie::vervang);
    }

    /** Checks a renewal meeting before anything is created for it; {@link #legVerlengingVast} checks again. */
    void controleerVerlenging(Verlengingsverslag verslag, LocalDate vandaag, Set<Long> opgeheven) {
        var looptijd = looptijd().orElseThrow(() -> new DomeinregelException("afspraken.verlenging.nietVastgesteld"));
        if (beeindigdOp != null) {
            throw new DomeinregelException("afspraken.verlenging.beeindigd");
        }
        var datum = verslag.datum();
        if (datum == null) {
            throw DomeinregelException.voorVeld("datum", "afspraken.verlenging.datum.verplicht");
        }
        if (datum.isAfter(vandaag)) {
            throw DomeinregelException.voorVeld("datum", "afspraken.verlenging.datum.toekomst");
        }
        if (datum.isBefore(looptijd.ingangsdatum())) {
            throw DomeinregelException.voorVeld("datum", "afspraken.verlenging.datum.voorIngang",
                    Datums.tekst(looptijd.ingangsdatum()));
        }
        if (datum.isAfter(looptijd.einddatum())) {
            throw DomeinregelException.voorVeld("datum", "afspraken.verlenging.datum.naEinddatum",
                    Datums.tekst(looptijd.einddatum()));
        }
        if (!verlengingen.isEmpty() && datum.isBefore(verlengingen.getLast().getDatum())) {
            throw DomeinregelException.voorVeld("datum", "afspraken.verlenging.datum.voorVorige",
                    Datums.tekst(verlengingen.getLast().getDatum()));
        }
        if (verslag.uitkomst() == null) {
            throw DomeinregelException.voorVeld("uitkomst", "afspraken.verlenging.uitkomst.verplicht");
        }
        if (verslag.uitkomst().isVerlengd()) {
            var aantal = aantalVerlengingen();
            if (looptijd.volgendeVerlenging(aantal).isEmpty()) {
                throw DomeinregelException.voorVeld("uitkomst", "afspraken.verlenging.geenMeer",
                        Datums.tekst(looptijd.einddatum()));
            }
            if (datum.isBefore(looptijd.vroegsteVolgendeVerlenging(aantal))) {
                throw DomeinregelException.voorVeld("datum", "afspraken.verlenging.alVerlengd",
                        Datums.tekst(looptijd.vroegsteVolgendeVerlenging(aantal)));
            }
        }
        controleerAanwezigen(verslag, opgeheven);
    }

    private void controleerAanwezigen(Verlengingsverslag verslag, Set<Long> opgeheven) {
        if (verslag.evaluaties().isEmpty()) {
            throw DomeinregelException.voorVeld("partijen", "afspraken.verlenging.aanwezig.verplicht");
        }
        var gezien = new HashSet<Long>();
        for (var evaluatie : verslag.evaluaties()) {
            var id = evaluatie.wijkoverlegId();
            if (id == null || !gezien.add(id) || !isPartij(id) || opgeheven.contains(id)) {
                throw DomeinregelException.voorVeld("partijen", "afspraken.verlenging.geenPartij");
            }
        }
    }

    /**
     * Records a renewal meeting. The outcome "verlengd met wijzigingen" needs the concept it started (or the concept
     * that was already open): the caller creates it first, so that it exists before the record that refers to it.
     * "Niet verlengd" ends the afspraken on the date of the meeting.
     */
    Verlenging legVerlengingVast(Verlengingsverslag verslag, LocalDate vandaag, Set<Long> opgeheven, Versie concept) {
        controleerVerlenging(verslag, vandaag, opgeheven);
        var metWijzigingen = verslag.uitkomst() == Uitkomst.VERLENGD_MET_WIJZIGINGEN;
        if (metWijzigingen != (concept != null) || concept != null && (!concept.isConcept()
                || concept.getAfspraken() != this)) {
            throw new IllegalArgumentException("concept hoort bij 'verlengd met wijzigingen' van deze afspraken");
        }
        var verlenging = new Verlenging(this, verslag, concept == null ? null : concept.getId());
        verlengingen.add(verlenging);
        if (verslag.uitkomst() == Uitkomst.NIET_VERLENGD) {
            beeindigdOp = verslag.datum();
        }
        return verlenging;
    }

    /** A wijkoverleg becomes party, also later to the version in force (then it still has to sign it). */
    void laatToetreden(long wijkoverlegId, LocalDate datum, LocalDate vandaag) {
        vereisNietAfgelopen(vandaag, "afspraken.partij.afgelopen");
        if (isPartij(wijkoverlegId)) {
            throw DomeinregelException.voorVeld("wijkoverlegId", "afspraken.partij.alPartij");
        }
        if (datum == null) {
            throw DomeinregelException.voorVeld("datum", "afspraken.partij.datum.verplicht");
        }
        deelnames.add(new Deelname(this, wijkoverlegId, datum));
    }

    /** Only while nothing has been vastgesteld: a party chosen by mistake. Later, a party leaves by opheffing. */
    void verwijderPartij(long wijkoverlegId) {
        if (looptijd().isPresent()) {
            throw new DomeinregelException("afspraken.partij.verwijderenNaVaststelling");
        }
        deelnames.removeIf(d -> d.getWijkoverlegId() == wijkoverlegId);
    }

    /**
     * Records that a wijkoverleg signed a version; a wijkoverleg that is not yet party joins by signing (a new
     * wijkoverleg adopts the afspraken as its basisvoorwaarden). False when it had signed this version already.
     */
    boolean registreerOndertekening(Versie versie, long wijkoverlegId, LocalDate datum, String kenmerk) {
        if (versie.isConcept()) {
            throw new DomeinregelException("afspraken.ondertekening.concept");
        }
        if (datum == null) {
            throw new DomeinregelException("afspraken.ondertekening.datum.verplicht");
        }
        var deelname = deelname(wijkoverlegId).orElseGet(() -> {
            if (beeindigdOp != null) {
                throw new DomeinregelException("afspraken.partij.afgelopen");
            }
            var nieuw = new Deelname(this, wijkoverlegId, datum);
            deelnames.add(nieuw);
            return nieuw;
        });
        return deelname.onderteken(versie, datum, kenmerk);
    }

    Optional<Deelname> deelname(long wijkoverlegId) {
        return deelnames.stream().filter(d -> d.getWijkoverlegId() == wijkoverlegId).findFirst();
    }

    public boolean isPartij(long wijkoverlegId) {
        return deelname(wijkoverlegId).isPresent();
    }

    private void vereisNietAfgelopen(LocalDate vandaag, String berichtcode) {
        if (isAfgelopenOp(vandaag)) {
            throw new DomeinregelException(berichtcode);
        }
    }

    public Long getId() {
        return id;
    }

    public Long getGemeenteId() {
        return gemeenteId;
    }

    public String getTitel() {
        return titel;
    }

    public LocalDate getBeeindigdOp() {
        return beeindigdOp;
    }

    public long getVersie() {
        return versie;
    }

    public List<Versie> getVersies() {
        return List.copyOf(versies);
    }

    List<Deelname> getDeelnames() {
        return List.copyOf(deelnames);
    }

    public List<Verlenging> getVerlengingen() {
        return List.copyOf(verlengingen);
    }
}
