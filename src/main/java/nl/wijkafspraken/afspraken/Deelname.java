package nl.wijkafspraken.afspraken;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.hibernate.annotations.BatchSize;

/**
 * A wijkoverleg that is party to the afspraken, since a date, with the versions it signed. Whether it has left
 * follows from the register (an opgeheven wijkoverleg), so it is not stored here a second time.
 */
@Entity
@Table(name = "afspraken_deelname")
class Deelname {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(optional = false)
    @JoinColumn(name = "afspraken_id")
    private Afspraken afspraken;
    private long wijkoverlegId;
    private LocalDate toegetredenOp;

    @ElementCollection
    @CollectionTable(name = "afspraken_ondertekening", joinColumns = @JoinColumn(name = "deelname_id"))
    @BatchSize(size = 50)
    private Set<Ondertekening> ondertekeningen = new HashSet<>();

    protected Deelname() {
    }

    Deelname(Afspraken afspraken, long wijkoverlegId, LocalDate toegetredenOp) {
        this.afspraken = afspraken;
        this.wijkoverlegId = wijkoverlegId;
        this.toegetredenOp = toegetredenOp;
    }

    /** Records a signature; false when this version was already signed (a repeated event changes nothing). */
    boolean onderteken(Versie versie, LocalDate datum, String kenmerk) {
        if (heeftOndertekend(versie)) {
            return false;
        }
        return ondertekeningen.add(new Ondertekening(versie.getId(), datum, kenmerk));
    }

    boolean heeftOndertekend(Versie versie) {
        return ondertekeningen.stream().anyMatch(o -> Objects.equals(o.versieId(), versie.getId()));
    }

    /** When this version was signed, if it was. */
    Optional<LocalDate> ondertekendOp(Versie versie) {
        return ondertekeningen.stream().filter(o -> Objects.equals(o.versieId(), versie.getId()))
                .map(Ondertekening::ondertekendOp).findFirst();
    }

    /** The most recent signature, of whichever version. */
    Optional<Ondertekening> laatsteOndertekening() {
        return ondertekeningen.stream().max(Comparator.comparing(Ondertekening::ondertekendOp)
                .thenComparing(Ondertekening::versieId));
    }

    long getWijkoverlegId() {
        return wijkoverlegId;
    }

    LocalDate getToegetredenOp() {
        return toegetredenOp;
    }
}
