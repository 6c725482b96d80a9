package nl.wijkafspraken.afspraken;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The record of one renewal meeting at the gezamenlijk wijkoverleg: its date, the attending wijkoverleggen with
 * their evaluation, the gemeente's own evaluation, and the outcome. A record of what happened: never changed.
 */
@Entity
@Table(name = "afspraken_verlenging")
public class Verlenging {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(optional = false)
    @JoinColumn(name = "afspraken_id")
    private Afspraken afspraken;
    private LocalDate datum;
    @Enumerated(EnumType.STRING)
    private Uitkomst uitkomst;
    private String gemeenteWatWerkt;
    private String gemeenteWatAnders;
    /** The concept version that the outcome "verlengd met wijzigingen" started (or continued). */
    private Long conceptVersieId;

    @ElementCollection
    @CollectionTable(name = "afspraken_evaluatie", joinColumns = @JoinColumn(name = "verlenging_id"))
    private List<Evaluatie> evaluaties = new ArrayList<>();

    protected Verlenging() {
    }

    Verlenging(Afspraken afspraken, Verlengingsverslag verslag, Long conceptVersieId) {
        this.afspraken = afspraken;
        this.datum = verslag.datum();
        this.uitkomst = verslag.uitkomst();
        this.gemeenteWatWerkt = verslag.gemeente().watWerkt();
        this.gemeenteWatAnders = verslag.gemeente().watAnders();
        this.evaluaties = new ArrayList<>(verslag.evaluaties());
        this.conceptVersieId = conceptVersieId;
    }

    public Long getId() {
        return id;
    }

    public LocalDate getDatum() {
        return datum;
    }

    public Uitkomst getUitkomst() {
        return uitkomst;
    }

    public String getGemeenteWatWerkt() {
        return gemeenteWatWerkt;
    }

    public String getGemeenteWatAnders() {
        return gemeenteWatAnders;
    }

    public Long getConceptVersieId() {
        return conceptVersieId;
    }

    public List<Evaluatie> getEvaluaties() {
        return List.copyOf(evaluaties);
    }
}
