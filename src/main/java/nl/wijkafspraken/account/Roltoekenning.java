package nl.wijkafspraken.account;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import nl.wijkafspraken.gedeeld.Rol;

/** A role of an account in one gemeente; a BESTUURSLID role also names the wijkoverleg. */
@Entity
public class Roltoekenning {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(optional = false)
    @JoinColumn(name = "account_id")
    private Account account;
    private Long gemeenteId;
    @Enumerated(EnumType.STRING)
    private Rol rol;
    private Long wijkoverlegId;

    protected Roltoekenning() {
    }

    Roltoekenning(Account account, long gemeenteId, Rol rol, Long wijkoverlegId) {
        if ((rol == Rol.BESTUURSLID) != (wijkoverlegId != null)) {
            throw new IllegalArgumentException("Alleen de rol BESTUURSLID hoort bij een wijkoverleg");
        }
        this.account = account;
        this.gemeenteId = gemeenteId;
        this.rol = rol;
        this.wijkoverlegId = wijkoverlegId;
    }

    public Long getGemeenteId() {
        return gemeenteId;
    }

    public Rol getRol() {
        return rol;
    }

    public Long getWijkoverlegId() {
        return wijkoverlegId;
    }
}
