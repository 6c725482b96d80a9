package nl.wijkafspraken.ondertekening;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import nl.wijkafspraken.gedeeld.DomeinregelException;
import nl.wijkafspraken.wijkoverleg.Tekenbevoegdheid.Tekenbevoegde;
import org.hibernate.annotations.BatchSize;

/**
 * A party in a round. A wijkoverleg has signed once as many of its invited tekenbevoegden have signed as its
 * ondertekenregel asks ({@code vereist}); the gemeente once one college member with a mandaat has.
 */
@Entity
@Table(name = "ondertekenronde_partij")
class Rondepartij {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(optional = false)
    @JoinColumn(name = "ronde_id")
    private Ronde ronde;
    /** Repeated from the round for the unique index "one open round per version and wijkoverleg". */
    private long versieId;
    @Enumerated(EnumType.STRING)
    private Partijsoort soort;
    private Long wijkoverlegId;
    private String naam;
    private int vereist;
    @Enumerated(EnumType.STRING)
    private Partijstatus status = Partijstatus.OPEN;
    private Instant ondertekendOp;
    /** PartijOndertekend has been published for this party. */
    private boolean gemeld;

    @OneToMany(mappedBy = "partij", cascade = CascadeType.ALL)
    @OrderBy("id")
    @BatchSize(size = 50)
    private List<Uitnodiging> uitnodigingen = new ArrayList<>();

    protected Rondepartij() {
    }

    Rondepartij(Ronde ronde, Partijsoort soort, Long wijkoverlegId, String naam, int vereist) {
        this.ronde = ronde;
        this.versieId = ronde.getVersieId();
        this.soort = soort;
        this.wijkoverlegId = wijkoverlegId;
        this.naam = naam;
        this.vereist = vereist;
    }

    Uitnodiging nodigUit(Tekenbevoegde lid, String tokenHash, Instant nu, Instant geldigTot) {
        var uitnodiging = new Uitnodiging(this, lid, tokenHash, nu, geldigTot);
        uitnodigingen.add(uitnodiging);
        return uitnodiging;
    }

    /** Counts the signed invitations; completes the party when the ondertekenregel is met. */
    boolean werkBij(Instant nu) {
        if (status == Partijstatus.ONDERTEKEND) {
            return false;
        }
        if (aantal(Uitnodigingstatus.ONDERTEKEND) >= vereist) {
            ondertekend(nu);
            return true;
        }
        // Too few open invitations left to reach the rule: the party has refused (for now).
        if (aantal(Uitnodigingstatus.ONDERTEKEND) + aantal(Uitnodigingstatus.OPEN) < vereist) {
            status = Partijstatus.GEWEIGERD;
        }
        return false;
    }

    void ondertekend(Instant nu) {
        if (status == Partijstatus.ONDERTEKEND) {
            throw new DomeinregelException("ondertekening.partij.alOndertekend", naam);
        }
        if (status == Partijstatus.INGETROKKEN) {
            throw new DomeinregelException("ondertekening.ronde.nietLopend");
        }
        status = Partijstatus.ONDERTEKEND;
        ondertekendOp = nu;
    }

    /** A resent invitation gives a party that refused a new chance. */
    void heropen() {
        if (status == Partijstatus.GEWEIGERD) {
            status = Partijstatus.OPEN;
        }
    }

    List<Uitnodiging> trekIn() {
        var open = uitnodigingen.stream().filter(u -> u.getStatus() == Uitnodigingstatus.OPEN).toList();
        open.forEach(Uitnodiging::trekIn);
        if (status != Partijstatus.ONDERTEKEND) {
            status = Partijstatus.INGETROKKEN;
        }
        return open;
    }

    void meld() {
        gemeld = true;
    }

    private long aantal(Uitnodigingstatus uitnodigingstatus) {
        return uitnodigingen.stream().filter(u -> u.getStatus() == uitnodigingstatus).count();
    }

    Long getId() {
        return id;
    }

    Ronde getRonde() {
        return ronde;
    }

    Partijsoort getSoort() {
        return soort;
    }

    Long getWijkoverlegId() {
        return wijkoverlegId;
    }

    String getNaam() {
        return naam;
    }

    int getVereist() {
        return vereist;
    }

    Partijstatus getStatus() {
        return status;
    }

    Instant getOndertekendOp() {
        return ondertekendOp;
    }

    boolean isGemeld() {
        return gemeld;
    }

    boolean isOndertekend() {
        return status == Partijstatus.ONDERTEKEND;
    }

    List<Uitnodiging> getUitnodigingen() {
        return List.copyOf(uitnodigingen);
    }
}
