package nl.wijkafspraken.besluit;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import nl.wijkafspraken.gedeeld.DomeinregelException;
import nl.wijkafspraken.gedeeld.NietGevondenException;
import org.hibernate.annotations.BatchSize;

/**
 * A B&W-vergadering: a date and an agenda ordered by number. The secretary records the outcome of each agendapunt
 * and then closes the meeting; a closed meeting's agenda and outcomes can no longer change, so its besluitenlijst
 * is final.
 */
@Entity
@Table(name = "bw_vergadering")
public class BwVergadering {

    public static final int MAX_AGENDANUMMER = 999;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long gemeenteId;
    private LocalDate datum;
    @Enumerated(EnumType.STRING)
    private VergaderingStatus status = VergaderingStatus.GEPLAND;
    private Instant geslotenOp;
    @Version
    private long versie;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "bw_vergadering_id", nullable = false)
    @OrderBy("nummer")
    @BatchSize(size = 50)
    private List<Agendapunt> agendapunten = new ArrayList<>();

    protected BwVergadering() {
    }

    BwVergadering(long gemeenteId, LocalDate datum) {
        this.gemeenteId = gemeenteId;
        this.datum = Objects.requireNonNull(datum);
    }

    /** Puts a voorstel on the agenda; without a number it gets the next one after the highest. */
    Agendapunt agendeer(long collegevoorstelId, Integer nummer) {
        vereisGepland();
        if (agendapunten.stream().anyMatch(p -> p.getCollegevoorstelId() == collegevoorstelId)) {
            throw DomeinregelException.voorVeld("collegevoorstelId", "agendapunt.voorstel.alOpAgenda");
        }
        int gekozen = nummer != null ? nummer : volgendNummer();
        if (gekozen < 1 || gekozen > MAX_AGENDANUMMER) {
            throw DomeinregelException.voorVeld("nummer", "agendapunt.nummer.bereik", MAX_AGENDANUMMER);
        }
        if (agendapunten.stream().anyMatch(p -> p.getNummer() == gekozen)) {
            throw DomeinregelException.voorVeld("nummer", "agendapunt.nummer.bezet", gekozen);
        }
        var punt = new Agendapunt(gekozen, collegevoorstelId);
        agendapunten.add(punt);
        agendapunten.sort((a, b) -> Integer.compare(a.getNummer(), b.getNummer()));
        return punt;
    }

    int volgendNummer() {
        return agendapunten.stream().mapToInt(Agendapunt::getNummer).max().orElse(0) + 1;
    }

    /** Takes a point off the agenda; only before the college decided on it. */
    Agendapunt haalVanAgenda(long agendapuntId) {
        vereisGepland();
        var punt = agendapunt(agendapuntId);
        if (punt.heeftUitkomst()) {
            throw new DomeinregelException("agendapunt.alBesloten");
        }
        agendapunten.remove(punt);
        return punt;
    }

    /** Records the outcome of one point; an outcome, once recorded, is final (its effects are already under way). */
    Agendapunt legUitkomstVast(long agendapuntId, Uitkomst uitkomst, LocalDate vandaag, Instant nu) {
        vereisGepland();
        if (vandaag.isBefore(datum)) {
            throw new DomeinregelException("vergadering.uitkomst.teVroeg");
        }
        var punt = agendapunt(agendapuntId);
        if (punt.heeftUitkomst()) {
            throw new DomeinregelException("agendapunt.alBesloten");
        }
        if (uitkomst == null) {
            throw DomeinregelException.voorVeld("uitkomst", "uitkomst.verplicht");
        }
        punt.legVast(uitkomst, nu);
        return punt;
    }

    /** Closes the meeting once every point has its outcome; from then on the besluitenlijst is final. */
    void sluit(Instant nu) {
        vereisGepland();
        if (agendapunten.stream().anyMatch(p -> !p.heeftUitkomst())) {
            throw new DomeinregelException("vergadering.sluiten.openPunten");
        }
        status = VergaderingStatus.GESLOTEN;
        geslotenOp = nu;
    }

    private void vereisGepland() {
        if (status == VergaderingStatus.GESLOTEN) {
            throw new DomeinregelException("vergadering.gesloten");
        }
    }

    Agendapunt agendapunt(long agendapuntId) {
        return agendapunten.stream().filter(p -> Objects.equals(p.getId(), agendapuntId)).findFirst()
                .orElseThrow(() -> new NietGevondenException("Agendapunt", agendapuntId));
    }

    public boolean isGesloten() {
        return status == VergaderingStatus.GESLOTEN;
    }

    public Long getId() {
        return id;
    }

    public Long getGemeenteId() {
        return gemeenteId;
    }

    public LocalDate getDatum() {
        return datum;
    }

    public VergaderingStatus getStatus() {
        return status;
    }

    public Instant getGeslotenOp() {
        return geslotenOp;
    }

    public long getVersie() {
        return versie;
    }

    public List<Agendapunt> getAgendapunten() {
        return List.copyOf(agendapunten);
    }
}
