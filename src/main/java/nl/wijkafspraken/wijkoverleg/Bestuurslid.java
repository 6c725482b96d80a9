package nl.wijkafspraken.wijkoverleg;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import java.time.LocalDate;
import nl.wijkafspraken.gedeeld.DomeinregelException;

/**
 * One period in which a person holds one functie in the bestuur. A change of functie or tekenbevoegdheid ends this
 * period and starts a new one, so the history of who could sign when is never overwritten.
 */
@Entity
public class Bestuurslid {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(optional = false)
    @JoinColumn(name = "wijkoverleg_id")
    private Wijkoverleg wijkoverleg;
    private String naam;
    private String email;
    private String telefoon;
    @Enumerated(EnumType.STRING)
    private Functie functie;
    private LocalDate startdatum;
    private LocalDate einddatum;
    private boolean tekenbevoegd;
    @Version
    private long versie;

    protected Bestuurslid() {
    }

    Bestuurslid(Wijkoverleg wijkoverleg, Persoonsgegevens persoon, Functie functie, LocalDate startdatum,
            boolean tekenbevoegd) {
        this.wijkoverleg = wijkoverleg;
        this.naam = persoon.naam();
        this.email = persoon.email();
        this.telefoon = persoon.telefoon();
        this.functie = functie;
        this.startdatum = startdatum;
        this.tekenbevoegd = tekenbevoegd;
    }

    /** Corrects name, e-mail or phone; these are not history. */
    void corrigeer(Persoonsgegevens persoon) {
        vereisLopend();
        this.naam = persoon.naam();
        this.email = persoon.email();
        this.telefoon = persoon.telefoon();
    }

    void beeindig(LocalDate datum) {
        vereisLopend();
        if (datum.isBefore(startdatum)) {
            throw DomeinregelException.voorVeld("einddatum", "bestuurslid.einddatum.voorStart");
        }
        this.einddatum = datum;
    }

    boolean isLopendOp(LocalDate datum) {
        return !startdatum.isAfter(datum) && (einddatum == null || !einddatum.isBefore(datum));
    }

    boolean isBeeindigd() {
        return einddatum != null;
    }

    void vereisLopend() {
        if (einddatum != null) {
            throw new DomeinregelException("bestuurslid.alBeeindigd");
        }
    }

    public Long getId() {
        return id;
    }

    public String getNaam() {
        return naam;
    }

    public String getEmail() {
        return email;
    }

    public String getTelefoon() {
        return telefoon;
    }

    public Functie getFunctie() {
        return functie;
    }

    public LocalDate getStartdatum() {
        return startdatum;
    }

    public LocalDate getEinddatum() {
        return einddatum;
    }

    public boolean isTekenbevoegd() {
        return tekenbevoegd;
    }

    public long getVersie() {
        return versie;
    }

    Persoonsgegevens persoon() {
        return new Persoonsgegevens(naam, email, telefoon);
    }
}
