package nl.wijkafspraken.audit;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One line of the audit trail. Immutable: there are no setters, and the database refuses updates. */
@Entity
@Table(name = "audit_regel")
public class AuditRegel {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Instant tijdstip;
    private String gebruikersnaam;
    private Long gemeenteId;
    private String actie;
    private String objecttype;
    private String objectId;
    private String samenvatting;
    private String ipAdres;

    protected AuditRegel() {
    }

    AuditRegel(Instant tijdstip, String gebruikersnaam, Long gemeenteId, String actie, String objecttype,
            String objectId, String samenvatting, String ipAdres) {
        this.tijdstip = tijdstip;
        this.gebruikersnaam = gebruikersnaam;
        this.gemeenteId = gemeenteId;
        this.actie = actie;
        this.objecttype = objecttype;
        this.objectId = objectId;
        this.samenvatting = samenvatting;
        this.ipAdres = ipAdres;
    }

    public Long getId() {
        return id;
    }

    public Instant getTijdstip() {
        return tijdstip;
    }

    public String getGebruikersnaam() {
        return gebruikersnaam;
    }

    public Long getGemeenteId() {
        return gemeenteId;
    }

    public String getActie() {
        return actie;
    }

    public String getObjecttype() {
        return objecttype;
    }

    public String getObjectId() {
        return objectId;
    }

    public String getSamenvatting() {
        return samenvatting;
    }

    public String getIpAdres() {
        return ipAdres;
    }
}
