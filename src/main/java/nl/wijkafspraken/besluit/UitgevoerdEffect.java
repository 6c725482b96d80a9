package nl.wijkafspraken.besluit;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** What another module reported as done for a besluitpunt: a line on the besluit page, linked to the result. */
@Entity
@Table(name = "uitgevoerd_effect")
public class UitgevoerdEffect {

    private static final String INTERN_PAD = "^/(?!/)[A-Za-z0-9/_-]{0,198}$";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long besluitId;
    private Long besluitpuntId;
    private String omschrijving;
    private String verwijzing;
    private Instant uitgevoerdOp;

    protected UitgevoerdEffect() {
    }

    UitgevoerdEffect(long besluitId, long besluitpuntId, String omschrijving, String verwijzing, Instant uitgevoerdOp) {
        this.besluitId = besluitId;
        this.besluitpuntId = besluitpuntId;
        this.omschrijving = omschrijving.length() > 500 ? omschrijving.substring(0, 499) + "…" : omschrijving;
        // Only a path inside this application becomes a link; anything else is dropped.
        this.verwijzing = verwijzing != null && verwijzing.matches(INTERN_PAD) ? verwijzing : null;
        this.uitgevoerdOp = uitgevoerdOp;
    }

    public Long getBesluitpuntId() {
        return besluitpuntId;
    }

    public String getOmschrijving() {
        return omschrijving;
    }

    public String getVerwijzing() {
        return verwijzing;
    }

    public Instant getUitgevoerdOp() {
        return uitgevoerdOp;
    }
}
