package nl.wijkafspraken.convenant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One withdrawal by one besluitpunt, of one or more convenanten at once. Carries the ZGW fields of the besluit that
 * matter here (vervaldatum, vervalreden) and the afspraken that replace the convenanten. Never changes.
 */
@Entity
@Table(name = "convenant_intrekking")
public class ConvenantIntrekking {

    /** ZGW Besluiten: the besluit was withdrawn by the government body itself. */
    public static final String INGETROKKEN_OVERHEID = "ingetrokken_overheid";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long gemeenteId;
    private Long besluitId;
    private Long besluitpuntId;
    private String besluitIdentificatie;
    private LocalDate vervaldatum;
    private String vervalreden;
    private Long vervangendeAfsprakenId;
    private Instant uitgevoerdOp;

    protected ConvenantIntrekking() {
    }

    ConvenantIntrekking(long gemeenteId, long besluitId, long besluitpuntId, String besluitIdentificatie,
            LocalDate vervaldatum, Long vervangendeAfsprakenId, Instant uitgevoerdOp) {
        this.gemeenteId = gemeenteId;
        this.besluitId = besluitId;
        this.besluitpuntId = besluitpuntId;
        this.besluitIdentificatie = besluitIdentificatie;
        this.vervaldatum = vervaldatum;
        this.vervalreden = INGETROKKEN_OVERHEID;
        this.vervangendeAfsprakenId = vervangendeAfsprakenId;
        this.uitgevoerdOp = uitgevoerdOp;
    }

    public Long getId() {
        return id;
    }

    public Long getBesluitId() {
        return besluitId;
    }

    public Long getBesluitpuntId() {
        return besluitpuntId;
    }

    public String getBesluitIdentificatie() {
        return besluitIdentificatie;
    }

    public LocalDate getVervaldatum() {
        return vervaldatum;
    }

    public String getVervalreden() {
        return vervalreden;
    }

    public Long getVervangendeAfsprakenId() {
        return vervangendeAfsprakenId;
    }

    public Instant getUitgevoerdOp() {
        return uitgevoerdOp;
    }

    Long getGemeenteId() {
        return gemeenteId;
    }
}
