package nl.wijkafspraken.besluit;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The bytes of an uploaded bijlage, in the database (bytea); never written to a path a user could choose. */
@Entity
@Table(name = "bijlage_inhoud")
class BijlageInhoud {

    @Id
    private Long bijlageId;
    private byte[] inhoud;

    protected BijlageInhoud() {
    }

    BijlageInhoud(long bijlageId, byte[] inhoud) {
        this.bijlageId = bijlageId;
        this.inhoud = inhoud.clone();
    }

    byte[] getInhoud() {
        return inhoud.clone();
    }
}
