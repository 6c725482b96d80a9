package nl.wijkafspraken.gemeente;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

@Entity
public class Wijk {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long gemeenteId;
    private String naam;
    @Version
    private long versie;

    protected Wijk() {
    }

    Wijk(long gemeenteId, String naam) {
        this.gemeenteId = gemeenteId;
        this.naam = naam;
    }

    void hernoem(String nieuweNaam) {
        this.naam = nieuweNaam;
    }

    public Long getId() {
        return id;
    }

    public Long getGemeenteId() {
        return gemeenteId;
    }

    public String getNaam() {
        return naam;
    }

    public long getVersie() {
        return versie;
    }
}
