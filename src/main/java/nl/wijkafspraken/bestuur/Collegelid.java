package nl.wijkafspraken.bestuur;

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
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import nl.wijkafspraken.gedeeld.DomeinregelException;
import org.hibernate.annotations.BatchSize;

/**
 * A seat in the college of one gemeente for one period. A new period (e.g. after elections) is a new college
 * member, so that what a besluit or mandaat refers to keeps its meaning.
 */
@Entity
class Collegelid {

    private static final int MAX_PORTEFEUILLE = 150;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long gemeenteId;
    private String naam;
    @Enumerated(EnumType.STRING)
    private CollegeRol rol;
    private LocalDate periodeVan;
    private LocalDate periodeTot;
    /**
     * The account of this person (the wethouder signs while logged in), by id so that no other gemeente's account
     * with the same name can take it over. Changed only through a confirmed {@link Koppelingsvoorstel}.
     */
    private Long accountId;
    @Version
    private long versie;

    @ElementCollection
    @CollectionTable(name = "collegelid_portefeuille", joinColumns = @JoinColumn(name = "collegelid_id"))
    @OrderColumn(name = "volgorde")
    @Column(name = "portefeuille")
    @BatchSize(size = 50)
    private List<String> portefeuilles = new ArrayList<>();

    protected Collegelid() {
    }

    Collegelid(long gemeenteId, CollegelidGegevens gegevens) {
        this.gemeenteId = gemeenteId;
        wijzig(gegevens);
    }

    void wijzig(CollegelidGegevens gegevens) {
        if (gegevens.periodeTot() != null && gegevens.periodeTot().isBefore(gegevens.periodeVan())) {
            throw DomeinregelException.voorVeld("periodeTot", "collegelid.periodeTot.voorVan");
        }
        if (gegevens.portefeuilles().stream().anyMatch(p -> p.trim().length() > MAX_PORTEFEUILLE)) {
            throw DomeinregelException.voorVeld("portefeuilles", "collegelid.portefeuille.teLang", MAX_PORTEFEUILLE);
        }
        this.naam = gegevens.naam().trim();
        this.rol = gegevens.rol();
        this.periodeVan = gegevens.periodeVan();
        this.periodeTot = gegevens.periodeTot();
        // Each portefeuille once, in the order given.
        this.portefeuilles.clear();
        this.portefeuilles.addAll(new LinkedHashSet<>(gegevens.portefeuilles().stream()
                .map(String::trim).filter(p -> !p.isEmpty()).toList()));
    }

    /** Only a confirmed proposal calls this: the second person has checked the link. */
    void koppel(Long nieuwAccountId) {
        this.accountId = nieuwAccountId;
    }

    Long getId() {
        return id;
    }

    Long getGemeenteId() {
        return gemeenteId;
    }

    String getNaam() {
        return naam;
    }

    CollegeRol getRol() {
        return rol;
    }

    LocalDate getPeriodeVan() {
        return periodeVan;
    }

    LocalDate getPeriodeTot() {
        return periodeTot;
    }

    Long getAccountId() {
        return accountId;
    }

    long getVersie() {
        return versie;
    }

    List<String> getPortefeuilles() {
        return List.copyOf(portefeuilles);
    }
}
