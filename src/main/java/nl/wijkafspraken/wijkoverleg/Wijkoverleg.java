package nl.wijkafspraken.wijkoverleg;

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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import nl.wijkafspraken.gedeeld.DomeinregelException;
import org.hibernate.annotations.BatchSize;

/**
 * A wijkoverleg: an independent residents' body covering one or more wijken of one gemeente. Guards its own rules:
 * an opgeheven wijkoverleg is final and keeps its date and reason; the bestuur keeps its history.
 */
@Entity
public class Wijkoverleg {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long gemeenteId;
    private String naam;
    @Enumerated(EnumType.STRING)
    private WijkoverlegStatus status = WijkoverlegStatus.IN_OPRICHTING;
    private LocalDate oprichtingsdatum;
    private LocalDate opheffingsdatum;
    private String opheffingsreden;
    private String contactadres;
    private String notities;
    /** The wijkoverleg's own rules: one or two tekenbevoegde bestuursleden must sign. */
    private int aantalTekenbevoegden = 1;
    @Version
    private long versie;

    @ElementCollection
    @CollectionTable(name = "wijkoverleg_wijk", joinColumns = @JoinColumn(name = "wijkoverleg_id"))
    @Column(name = "wijk_id")
    @BatchSize(size = 50)
    private Set<Long> wijkIds = new HashSet<>();

    @OneToMany(mappedBy = "wijkoverleg", cascade = CascadeType.ALL)
    @OrderBy("startdatum, id")
    @BatchSize(size = 50)
    private List<Bestuurslid> bestuursleden = new ArrayList<>();

    protected Wijkoverleg() {
    }

    Wijkoverleg(long gemeenteId, WijkoverlegGegevens gegevens) {
        this.gemeenteId = gemeenteId;
        wijzig(gegevens);
    }

    /** Changes the register data, status included; an opgeheven wijkoverleg cannot change any more. */
    void wijzig(WijkoverlegGegevens gegevens) {
        vereisNietOpgeheven();
        if (gegevens.wijkIds().isEmpty()) {
            throw DomeinregelException.voorVeld("wijkIds", "wijkoverleg.wijken.verplicht");
        }
        this.naam = gegevens.naam().trim();
        this.wijkIds = new HashSet<>(gegevens.wijkIds());
        this.oprichtingsdatum = gegevens.oprichtingsdatum();
        this.notities = gegevens.notities();
        this.aantalTekenbevoegden = gegevens.aantalTekenbevoegden();
        this.contactadres = gegevens.contactadres();
        zetStatus(gegevens.status(), gegevens.opheffingsdatum(), gegevens.opheffingsreden());
    }

    /** The board may keep its public contact address current itself. */
    void wijzigContactadres(String adres) {
        vereisNietOpgeheven();
        this.contactadres = adres;
    }

    private void zetStatus(WijkoverlegStatus nieuw, LocalDate datum, String reden) {
        if (status == WijkoverlegStatus.ACTIEF && nieuw == WijkoverlegStatus.IN_OPRICHTING) {
            throw DomeinregelException.voorVeld("status", "wijkoverleg.status.terugNaarOprichting");
        }
        if (nieuw == WijkoverlegStatus.OPGEHEVEN) {
            if (datum == null) {
                throw DomeinregelException.voorVeld("opheffingsdatum", "wijkoverleg.opheffingsdatum.verplicht");
            }
            if (reden == null || reden.isBlank()) {
                throw DomeinregelException.voorVeld("opheffingsreden", "wijkoverleg.opheffingsreden.verplicht");
            }
            if (oprichtingsdatum != null && datum.isBefore(oprichtingsdatum)) {
                throw DomeinregelException.voorVeld("opheffingsdatum", "wijkoverleg.opheffingsdatum.voorOprichting");
            }
            this.opheffingsdatum = datum;
            this.opheffingsreden = reden.trim();
        }
        this.status = nieuw;
    }

    Bestuurslid voegBestuurslidToe(Persoonsgegevens persoon, Functie functie, LocalDate startdatum,
            boolean tekenbevoegd) {
        vereisNietOpgeheven();
        var lid = new Bestuurslid(this, persoon, functie, startdatum, tekenbevoegd);
        bestuursleden.add(lid);
        return lid;
    }

    /**
     * Changes a member: name and contact are corrected in place; a new functie or tekenbevoegdheid ends the current
     * period the day before {@code per} and starts a new one on {@code per}, so the old one stays on record.
     */
    Bestuurslid wijzigBestuurslid(Bestuurslid lid, Persoonsgegevens persoon, Functie functie, boolean tekenbevoegd,
            LocalDate per) {
        vereisNietOpgeheven();
        if (lid.getFunctie() == functie && lid.isTekenbevoegd() == tekenbevoegd) {
            lid.corrigeer(persoon);
            return lid;
        }
        if (per == null) {
            throw DomeinregelException.voorVeld("per", "bestuurslid.per.verplicht");
        }
        if (!per.isAfter(lid.getStartdatum())) {
            throw DomeinregelException.voorVeld("per", "bestuurslid.per.naStart");
        }
        lid.beeindig(per.minusDays(1));
        return voegBestuurslidToe(persoon, functie, per, tekenbevoegd);
    }

    void beeindigBestuurslid(Bestuurslid lid, LocalDate einddatum) {
        vereisNietOpgeheven();
        lid.beeindig(einddatum);
    }

    /** The members of the bestuur on a date, voorzitter first. */
    public List<Bestuurslid> bestuurOp(LocalDate datum) {
        return bestuursleden.stream().filter(b -> b.isLopendOp(datum))
                .sorted(Comparator.comparing(Bestuurslid::getFunctie).thenComparing(Bestuurslid::getNaam))
                .toList();
    }

    public List<Bestuurslid> tekenbevoegdenOp(LocalDate datum) {
        return bestuurOp(datum).stream().filter(Bestuurslid::isTekenbevoegd).toList();
    }

    /** Whether enough tekenbevoegde members sit on the bestuur to sign per the wijkoverleg's rule. */
    public boolean kanOndertekenenOp(LocalDate datum) {
        return status != WijkoverlegStatus.OPGEHEVEN && tekenbevoegdenOp(datum).size() >= aantalTekenbevoegden;
    }

    Bestuurslid bestuurslid(long bestuurslidId) {
        return bestuursleden.stream().filter(b -> Objects.equals(b.getId(), bestuurslidId)).findFirst()
                .orElse(null);
    }

    /** A request for a change is refused as the change itself would be. */
    void vereisBijTeWerken() {
        vereisNietOpgeheven();
    }

    private void vereisNietOpgeheven() {
        if (status == WijkoverlegStatus.OPGEHEVEN) {
            throw new DomeinregelException("wijkoverleg.opgeheven");
        }
    }

    public Long getId() {
        return id;
    }

    public Long getGemeenteId() {
        return gemeenteId;
    }

    public String getNaam() {
        return naam;
    }

    public WijkoverlegStatus getStatus() {
        return status;
    }

    public LocalDate getOprichtingsdatum() {
        return oprichtingsdatum;
    }

    public LocalDate getOpheffingsdatum() {
        return opheffingsdatum;
    }

    public String getOpheffingsreden() {
        return opheffingsreden;
    }

    public String getContactadres() {
        return contactadres;
    }

    public String getNotities() {
        return notities;
    }

    public int getAantalTekenbevoegden() {
        return aantalTekenbevoegden;
    }

    public long getVersie() {
        return versie;
    }

    public Set<Long> getWijkIds() {
        return Set.copyOf(wijkIds);
    }

    /** All periods of all members, oldest first: the full history of the bestuur. */
    public List<Bestuurslid> getBestuursleden() {
        return List.copyOf(bestuursleden);
    }
}
