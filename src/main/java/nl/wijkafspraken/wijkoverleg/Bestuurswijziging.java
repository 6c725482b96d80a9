package nl.wijkafspraken.wijkoverleg;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import nl.wijkafspraken.gedeeld.DomeinregelException;
import nl.wijkafspraken.gedeeld.Gebruiker;

/**
 * A board member's request to change who can sign for the wijkoverleg (issue 13, part 1): a new e-mail address or
 * tekenbevoegdheid of a bestuurslid, or a new tekenbevoegd member. It never takes effect by itself: an AMBTENAAR or
 * BEHEERDER of the gemeente who did not ask for it approves it (then it is carried out as asked) or rejects it.
 * Until then the register, and so every signing invitation, keeps the old data.
 */
@Entity
public class Bestuurswijziging {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long gemeenteId;
    private long wijkoverlegId;
    /** Null for a new member. */
    private Long bestuurslidId;
    private String naam;
    private String email;
    private String telefoon;
    @Enumerated(EnumType.STRING)
    private Functie functie;
    private LocalDate startdatum;
    private LocalDate per;
    private boolean tekenbevoegd;
    @Enumerated(EnumType.STRING)
    private Bestuurswijzigingstatus status = Bestuurswijzigingstatus.OPEN;
    private long aangevraagdDoor;
    private String aangevraagdNaam;
    private Instant aangevraagdOp;
    private Long afgehandeldDoor;
    private String afgehandeldNaam;
    private Instant afgehandeldOp;
    @Version
    private long versie;

    protected Bestuurswijziging() {
    }

    Bestuurswijziging(long gemeenteId, long wijkoverlegId, Bestuurslid lid, BestuurslidGegevens gegevens,
            LocalDate per, Gebruiker aanvrager, Instant nu) {
        this.gemeenteId = gemeenteId;
        this.wijkoverlegId = wijkoverlegId;
        this.bestuurslidId = lid == null ? null : lid.getId();
        this.naam = gegevens.persoon().naam();
        this.email = gegevens.persoon().email();
        this.telefoon = gegevens.persoon().telefoon();
        this.functie = gegevens.functie();
        this.startdatum = gegevens.startdatum();
        this.per = per;
        this.tekenbevoegd = gegevens.tekenbevoegd();
        this.aangevraagdDoor = aanvrager.accountId();
        this.aangevraagdNaam = aanvrager.gebruikersnaam();
        this.aangevraagdOp = nu;
    }

    /** Four eyes: the one who asked never decides, not even with a second role. */
    void handelAf(Bestuurswijzigingstatus uitkomst, Gebruiker beoordelaar, Instant nu) {
        if (status != Bestuurswijzigingstatus.OPEN) {
            throw new DomeinregelException("bestuurswijziging.alAfgehandeld");
        }
        if (beoordelaar.accountId() == aangevraagdDoor) {
            throw new DomeinregelException("bestuurswijziging.eigenVerzoek");
        }
        this.status = uitkomst;
        this.afgehandeldDoor = beoordelaar.accountId();
        this.afgehandeldNaam = beoordelaar.gebruikersnaam();
        this.afgehandeldOp = nu;
    }

    BestuurslidGegevens gegevens() {
        return new BestuurslidGegevens(new Persoonsgegevens(naam, email, telefoon), functie, startdatum,
                tekenbevoegd);
    }

    boolean isNieuwLid() {
        return bestuurslidId == null;
    }

    public Long getId() {
        return id;
    }

    public long getWijkoverlegId() {
        return wijkoverlegId;
    }

    public Long getBestuurslidId() {
        return bestuurslidId;
    }

    public String getNaam() {
        return naam;
    }

    public String getEmail() {
        return email;
    }

    public Functie getFunctie() {
        return functie;
    }

    public boolean isTekenbevoegd() {
        return tekenbevoegd;
    }

    public LocalDate getPer() {
        return per;
    }

    public Bestuurswijzigingstatus getStatus() {
        return status;
    }

    public long getAangevraagdDoor() {
        return aangevraagdDoor;
    }

    public String getAangevraagdNaam() {
        return aangevraagdNaam;
    }

    public Instant getAangevraagdOp() {
        return aangevraagdOp;
    }

    public String getAfgehandeldNaam() {
        return afgehandeldNaam;
    }

    public long getVersie() {
        return versie;
    }
}
