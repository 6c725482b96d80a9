package nl.wijkafspraken.ondertekening;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/**
 * One event of a signing round for one party (V52): what, when (UTC), who by name and function, and, as database
 * evidence only, the e-mail address and IP address. Append-only: Hibernate never updates it and the database refuses
 * any update, delete or truncate.
 */
@Entity
@Immutable
@Table(name = "ondertekening_gebeurtenis")
class Rondegebeurtenis {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long gemeenteId;
    private long rondeId;
    private long partijId;
    private Long uitnodigingId;
    @Enumerated(EnumType.STRING)
    private Gebeurtenissoort soort;
    private Instant tijdstip;
    private String naam;
    private String functie;
    private String email;
    private String ipAdres;

    protected Rondegebeurtenis() {
    }

    Rondegebeurtenis(Rondepartij partij, Long uitnodigingId, Gebeurtenissoort soort, Instant tijdstip, String naam,
            String functie, String email, Herkomst herkomst) {
        if (soort == Gebeurtenissoort.GEOPEND) {
            throw new IllegalArgumentException("an opening is recorded through Gebeurtenissen.geopend");
        }
        this.gemeenteId = partij.getRonde().getGemeenteId();
        this.rondeId = partij.getRonde().getId();
        this.partijId = partij.getId();
        this.uitnodigingId = uitnodigingId;
        this.soort = soort;
        this.tijdstip = tijdstip;
        this.naam = naam;
        this.functie = functie;
        this.email = email;
        this.ipAdres = herkomst == null ? null : herkomst.ipAdres();
    }

    long getPartijId() {
        return partijId;
    }

    Gebeurtenissoort getSoort() {
        return soort;
    }

    Instant getTijdstip() {
        return tijdstip;
    }

    String getNaam() {
        return naam;
    }

    String getFunctie() {
        return functie;
    }
}
