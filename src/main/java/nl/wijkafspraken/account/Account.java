package nl.wijkafspraken.account;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import nl.wijkafspraken.gedeeld.Rol;

/** A login. The password is only ever kept as a hash. */
@Entity
public class Account {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String gebruikersnaam;
    private String naam;
    private String email;
    private String wachtwoordHash;
    private boolean actief = true;
    @Version
    private long versie;
    @OneToMany(mappedBy = "account", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<Roltoekenning> rollen = new ArrayList<>();

    protected Account() {
    }

    Account(String gebruikersnaam, String naam, String email, String wachtwoordHash) {
        this.gebruikersnaam = gebruikersnaam;
        this.naam = naam;
        this.email = email;
        this.wachtwoordHash = wachtwoordHash;
    }

    void wijzig(String nieuweNaam, String nieuwEmail) {
        this.naam = nieuweNaam;
        this.email = nieuwEmail;
    }

    void zetWachtwoordHash(String hash) {
        this.wachtwoordHash = hash;
    }

    /** Replaces the roles in one gemeente; the roles in other gemeenten stay as they are. */
    void vervangRollen(long gemeenteId, Collection<Rol> nieuweRollen, Collection<Long> wijkoverlegIds) {
        rollen.removeIf(r -> r.getGemeenteId() == gemeenteId);
        for (Rol rol : nieuweRollen) {
            if (rol == Rol.BESTUURSLID) {
                wijkoverlegIds.forEach(w -> rollen.add(new Roltoekenning(this, gemeenteId, rol, w)));
            } else {
                rollen.add(new Roltoekenning(this, gemeenteId, rol, null));
            }
        }
    }

    List<Roltoekenning> rollenIn(long gemeenteId) {
        return rollen.stream().filter(r -> r.getGemeenteId() == gemeenteId).toList();
    }

    public Long getId() {
        return id;
    }

    public String getGebruikersnaam() {
        return gebruikersnaam;
    }

    public String getNaam() {
        return naam;
    }

    public String getEmail() {
        return email;
    }

    String getWachtwoordHash() {
        return wachtwoordHash;
    }

    public boolean isActief() {
        return actief;
    }

    public long getVersie() {
        return versie;
    }

    List<Roltoekenning> getRollen() {
        return rollen;
    }
}
