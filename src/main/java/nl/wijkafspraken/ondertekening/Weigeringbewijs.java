package nl.wijkafspraken.ondertekening;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** A refusal by a tekenbevoegde with the reason given; append-only evidence like a signature. */
@Entity
@Immutable
@Table(name = "ondertekening_weigering")
class Weigeringbewijs {

    static final int MAX_REDEN = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long uitnodigingId;
    private long partijId;
    private String naam;
    private String email;
    private String reden;
    private Instant tijdstip;
    private String ipAdres;
    private String userAgent;

    protected Weigeringbewijs() {
    }

    Weigeringbewijs(Uitnodiging uitnodiging, String reden, Instant tijdstip, Herkomst herkomst) {
        this.uitnodigingId = uitnodiging.getId();
        this.partijId = uitnodiging.getPartij().getId();
        this.naam = uitnodiging.getNaam();
        this.email = uitnodiging.getEmail();
        this.reden = reden;
        this.tijdstip = tijdstip;
        this.ipAdres = herkomst.ipAdres();
        this.userAgent = herkomst.userAgent();
    }

    long getPartijId() {
        return partijId;
    }

    String getNaam() {
        return naam;
    }

    String getReden() {
        return reden;
    }

    Instant getTijdstip() {
        return tijdstip;
    }
}
