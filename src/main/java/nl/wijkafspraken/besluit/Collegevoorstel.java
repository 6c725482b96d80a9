package nl.wijkafspraken.besluit;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.wijkafspraken.gedeeld.DomeinregelException;
import nl.wijkafspraken.gedeeld.NietGevondenException;
import org.hibernate.annotations.BatchSize;

/**
 * A collegevoorstel with its fixed parts, numbered besluitpunten and bijlagen. It guards its own life: it can only
 * be changed as a concept; on the agenda it waits for the college; once decided it is frozen for good (a change
 * needs a new voorstel). Every refused step names the reason in Dutch through its message key.
 */
@Entity
public class Collegevoorstel {

    public static final int MAX_ONDERWERP = 300;
    /** Enough for any real voorstel; bounds the form, which adds a row per click. */
    public static final int MAX_AMBTENAREN = 10;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long gemeenteId;
    private String zaaknummer;
    @Enumerated(EnumType.STRING)
    private VoorstelStatus status = VoorstelStatus.CONCEPT;
    /** The final outcome once BESLOTEN (conform advies, gewijzigd or afgewezen). */
    @Enumerated(EnumType.STRING)
    private Uitkomst uitkomst;
    private boolean openbaar;
    private boolean naarRaad;
    private String afstemmingWijze;
    private LocalDate afstemmingDatum;
    /** The team that handles the voorstel: public, unlike the ambtenaren themselves. */
    @Column(name = "ambtenaar_team")
    private String team;
    private Long portefeuillehouderId;
    private String onderwerp;
    /** Touched by every change, also of a besluitpunt or bijlage, so that the version always moves on. */
    private Instant gewijzigdOp;
    @Version
    private long versie;

    @ElementCollection
    @CollectionTable(name = "collegevoorstel_sectie", joinColumns = @JoinColumn(name = "collegevoorstel_id"))
    @MapKeyEnumerated(EnumType.STRING)
    @MapKeyColumn(name = "sectie")
    @Column(name = "tekst")
    @BatchSize(size = 50)
    private Map<Sectie, String> secties = new EnumMap<>(Sectie.class);

    /** One or more, in the order the voorstel names them (V58). */
    @ElementCollection
    @CollectionTable(name = "collegevoorstel_ambtenaar", joinColumns = @JoinColumn(name = "collegevoorstel_id"))
    @OrderColumn(name = "volgorde")
    @BatchSize(size = 50)
    private List<BehandelendAmbtenaar> ambtenaren = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "collegevoorstel_id", nullable = false)
    @OrderColumn(name = "volgorde")
    @BatchSize(size = 50)
    private List<Besluitpunt> besluitpunten = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "collegevoorstel_id", nullable = false)
    @OrderColumn(name = "volgorde")
    @BatchSize(size = 50)
    private List<Bijlage> bijlagen = new ArrayList<>();

    protected Collegevoorstel() {
    }

    Collegevoorstel(long gemeenteId, String zaaknummer, VoorstelGegevens gegevens, Instant nu) {
        this.gemeenteId = gemeenteId;
        this.zaaknummer = zaaknummer;
        vul(gegevens, nu);
    }

    void wijzig(VoorstelGegevens gegevens, Instant nu) {
        vereisConcept();
        vul(gegevens, nu);
    }

    private void vul(VoorstelGegevens gegevens, Instant nu) {
        if (gegevens.onderwerp() == null || gegevens.onderwerp().isBlank()) {
            throw DomeinregelException.voorVeld("onderwerp", "collegevoorstel.onderwerp.verplicht");
        }
        for (var sectie : gegevens.secties().entrySet()) {
            if (sectie.getValue().length() > Sectie.MAX_LENGTE) {
                throw DomeinregelException.voorVeld("secties[" + sectie.getKey() + "]",
                        "collegevoorstel.sectie.teLang", Sectie.MAX_LENGTE, sectie.getValue().length());
            }
        }
        this.openbaar = gegevens.openbaar();
        this.naarRaad = gegevens.naarRaad();
        this.afstemmingWijze = gegevens.afstemmingWijze();
        this.afstemmingDatum = gegevens.afstemmingDatum();
        controleerAmbtenaren(gegevens.ambtenaren());
        if (!ambtenaren.equals(gegevens.ambtenaren())) {
            ambtenaren.clear();
            ambtenaren.addAll(gegevens.ambtenaren());
        }
        this.team = gegevens.team();
        this.portefeuillehouderId = gegevens.portefeuillehouderId();
        this.onderwerp = gegevens.onderwerp().trim();
        this.secties.keySet().retainAll(gegevens.secties().keySet());
        this.secties.putAll(gegevens.secties());
        this.gewijzigdOp = nu;
    }

    /** At least one, at most {@link #MAX_AMBTENAREN}, each with a name and a valid phone number and address. */
    private static void controleerAmbtenaren(List<BehandelendAmbtenaar> lijst) {
        if (lijst.isEmpty()) {
            throw DomeinregelException.voorVeld("ambtenaren[0].naam", "collegevoorstel.ambtenaren.verplicht");
        }
        if (lijst.size() > MAX_AMBTENAREN) {
            throw DomeinregelException.voorVeld("ambtenaren", "collegevoorstel.ambtenaren.teVeel", MAX_AMBTENAREN);
        }
        for (int i = 0; i < lijst.size(); i++) {
            var gebreken = lijst.get(i).gebreken();
            if (!gebreken.isEmpty()) {
                var veld = gebreken.keySet().iterator().next();
                throw DomeinregelException.voorVeld("ambtenaren[" + i + "]." + veld, gebreken.get(veld),
                        BehandelendAmbtenaar.argumenten(i, veld));
            }
        }
    }

    Besluitpunt voegBesluitpuntToe(String tekst, Effect effect, Instant nu) {
        vereisConcept();
        controleerTekst(tekst);
        var punt = new Besluitpunt(tekst, effect);
        besluitpunten.add(punt);
        gewijzigdOp = nu;
        return punt;
    }

    void wijzigBesluitpunt(long puntId, String tekst, Effect effect, Instant nu) {
        vereisConcept();
        controleerTekst(tekst);
        besluitpunt(puntId).wijzig(tekst, effect);
        gewijzigdOp = nu;
    }

    void verwijderBesluitpunt(long puntId, Instant nu) {
        vereisConcept();
        besluitpunten.remove(besluitpunt(puntId));
        gewijzigdOp = nu;
    }

    /** Moves a point one place up or down; at the top or bottom nothing changes. */
    void verplaatsBesluitpunt(long puntId, boolean omhoog, Instant nu) {
        vereisConcept();
        int van = besluitpunten.indexOf(besluitpunt(puntId));
        int naar = omhoog ? van - 1 : van + 1;
        if (naar >= 0 && naar < besluitpunten.size()) {
            Collections.swap(besluitpunten, van, naar);
            gewijzigdOp = nu;
        }
    }

    Bijlage voegBijlageToe(String titel, String bestandsnaam, Integer grootte, Instant nu) {
        vereisConcept();
        if (titel == null || titel.isBlank()) {
            throw DomeinregelException.voorVeld("titel", "bijlage.titel.verplicht");
        }
        var bijlage = new Bijlage(titel, bestandsnaam, grootte);
        bijlagen.add(bijlage);
        gewijzigdOp = nu;
        return bijlage;
    }

    void verwijderBijlage(long bijlageId, Instant nu) {
        vereisConcept();
        bijlagen.remove(bijlage(bijlageId));
        gewijzigdOp = nu;
    }

    /** Concept → ter besluitvorming: only a complete voorstel goes on the agenda. */
    void agendeer(Instant nu) {
        if (status != VoorstelStatus.CONCEPT) {
            throw new DomeinregelException("collegevoorstel.agenderen.nietConcept");
        }
        if (portefeuillehouderId == null) {
            throw new DomeinregelException("collegevoorstel.agenderen.geenPortefeuillehouder");
        }
        if (ambtenaren.isEmpty()) {
            throw new DomeinregelException("collegevoorstel.agenderen.geenAmbtenaar");
        }
        if (besluitpunten.isEmpty()) {
            throw new DomeinregelException("collegevoorstel.agenderen.geenBesluitpunten");
        }
        status = VoorstelStatus.TER_BESLUITVORMING;
        gewijzigdOp = nu;
    }

    /** Ter besluitvorming → concept, when the secretary takes it off the agenda before the college decided. */
    void haalVanAgenda(Instant nu) {
        if (status != VoorstelStatus.TER_BESLUITVORMING) {
            throw new DomeinregelException("collegevoorstel.vanAgenda.nietTerBesluitvorming");
        }
        status = VoorstelStatus.CONCEPT;
        gewijzigdOp = nu;
    }

    /**
     * Records the college's decision. Aangehouden sends the voorstel back to concept; every other outcome is final.
     * Gewijzigd needs at least one amended or struck-out besluitpunt.
     */
    void legUitkomstVast(Uitkomst besloten, Map<Long, BesluitpuntWijziging> wijzigingen, Instant nu) {
        if (status != VoorstelStatus.TER_BESLUITVORMING) {
            throw new DomeinregelException(status == VoorstelStatus.BESLOTEN ? "collegevoorstel.alBesloten"
                    : "collegevoorstel.uitkomst.nietTerBesluitvorming");
        }
        Objects.requireNonNull(besloten);
        if (besloten == Uitkomst.GEWIJZIGD) {
            besluitpunten.forEach(p -> {
                var wijziging = wijzigingen.get(p.getId());
                if (wijziging != null) {
                    p.wijzigBijBesluit(wijziging.tekst(), wijziging.vervalt());
                }
            });
            if (besluitpunten.stream().noneMatch(Besluitpunt::isGewijzigdBijBesluit)) {
                throw DomeinregelException.voorVeld("uitkomst", "uitkomst.gewijzigd.geenWijziging");
            }
        }
        if (besloten == Uitkomst.AANGEHOUDEN) {
            status = VoorstelStatus.CONCEPT;
        } else {
            status = VoorstelStatus.BESLOTEN;
            uitkomst = besloten;
        }
        gewijzigdOp = nu;
    }

    private void vereisConcept() {
        if (status == VoorstelStatus.BESLOTEN) {
            throw new DomeinregelException("collegevoorstel.alBesloten");
        }
        if (status != VoorstelStatus.CONCEPT) {
            throw new DomeinregelException("collegevoorstel.terBesluitvorming");
        }
    }

    private static void controleerTekst(String tekst) {
        if (tekst == null || tekst.isBlank()) {
            throw DomeinregelException.voorVeld("tekst", "besluitpunt.tekst.verplicht");
        }
        if (tekst.trim().length() > Besluitpunt.MAX_TEKST) {
            throw DomeinregelException.voorVeld("tekst", "besluitpunt.tekst.teLang", Besluitpunt.MAX_TEKST);
        }
    }

    Besluitpunt besluitpunt(long puntId) {
        return besluitpunten.stream().filter(p -> Objects.equals(p.getId(), puntId)).findFirst()
                .orElseThrow(() -> new NietGevondenException("Besluitpunt", puntId));
    }

    Bijlage bijlage(long bijlageId) {
        return bijlagen.stream().filter(b -> Objects.equals(b.getId(), bijlageId)).findFirst()
                .orElseThrow(() -> new NietGevondenException("Bijlage", bijlageId));
    }

    public boolean isConcept() {
        return status == VoorstelStatus.CONCEPT;
    }

    public Long getId() {
        return id;
    }

    public Long getGemeenteId() {
        return gemeenteId;
    }

    public String getZaaknummer() {
        return zaaknummer;
    }

    public VoorstelStatus getStatus() {
        return status;
    }

    public Uitkomst getUitkomst() {
        return uitkomst;
    }

    public boolean isOpenbaar() {
        return openbaar;
    }

    public boolean isNaarRaad() {
        return naarRaad;
    }

    public String getAfstemmingWijze() {
        return afstemmingWijze;
    }

    public LocalDate getAfstemmingDatum() {
        return afstemmingDatum;
    }

    /** The behandelend ambtenaren in order; empty only for a voorstel saved before one was required. */
    public List<BehandelendAmbtenaar> getAmbtenaren() {
        return List.copyOf(ambtenaren);
    }

    public String getTeam() {
        return team;
    }

    public Long getPortefeuillehouderId() {
        return portefeuillehouderId;
    }

    public String getOnderwerp() {
        return onderwerp;
    }

    public Instant getGewijzigdOp() {
        return gewijzigdOp;
    }

    public long getVersie() {
        return versie;
    }

    /** The non-empty sections in document order. */
    public Map<Sectie, String> getSecties() {
        var kopie = new EnumMap<Sectie, String>(Sectie.class);
        kopie.putAll(secties);
        return Collections.unmodifiableMap(kopie);
    }

    public List<Besluitpunt> getBesluitpunten() {
        return List.copyOf(besluitpunten);
    }

    public List<Bijlage> getBijlagen() {
        return List.copyOf(bijlagen);
    }
}
