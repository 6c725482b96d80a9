package nl.wijkafspraken.mandaat;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.LocalDate;
import nl.wijkafspraken.gedeeld.DomeinregelException;

/**
 * A mandate the college granted a college member, always by a besluitpunt of a besluit. Valid from the
 * ingangsdatum through the einddatum (if any), and no longer from the day it is withdrawn (ingetrokken per). A
 * withdrawn mandate stays on record and cannot be withdrawn again.
 */
@Entity
class Mandaat {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long gemeenteId;
    private Long collegelidId;
    private String scope;
    private LocalDate ingangsdatum;
    private LocalDate einddatum;
    private LocalDate ingetrokkenPer;
    private String intrekkingsreden;
    private Long besluitId;
    private Long besluitpuntId;
    private String besluitIdentificatie;
    @Version
    private long versie;

    protected Mandaat() {
    }

    Mandaat(long gemeenteId, long collegelidId, String scope, LocalDate ingangsdatum, LocalDate einddatum,
            long besluitId, long besluitpuntId, String besluitIdentificatie) {
        if (einddatum != null && einddatum.isBefore(ingangsdatum)) {
            throw new IllegalArgumentException("Einddatum voor ingangsdatum");
        }
        this.gemeenteId = gemeenteId;
        this.collegelidId = collegelidId;
        this.scope = scope.trim();
        this.ingangsdatum = ingangsdatum;
        this.einddatum = einddatum;
        this.besluitId = besluitId;
        this.besluitpuntId = besluitpuntId;
        this.besluitIdentificatie = besluitIdentificatie;
    }

    /** Withdraws the mandate: from {@code per} on it no longer applies. */
    void trekIn(LocalDate per, String reden) {
        if (ingetrokkenPer != null) {
            throw new DomeinregelException("mandaat.alIngetrokken");
        }
        if (per == null) {
            throw DomeinregelException.voorVeld("per", "mandaat.intrekking.datum.verplicht");
        }
        if (per.isBefore(ingangsdatum)) {
            throw DomeinregelException.voorVeld("per", "mandaat.intrekking.voorIngang");
        }
        if (reden == null || reden.isBlank()) {
            throw DomeinregelException.voorVeld("reden", "mandaat.intrekking.reden.verplicht");
        }
        this.ingetrokkenPer = per;
        this.intrekkingsreden = reden.trim();
    }

    MandaatStatus statusOp(LocalDate datum) {
        if (ingetrokkenPer != null && !datum.isBefore(ingetrokkenPer)) {
            return MandaatStatus.INGETROKKEN;
        }
        if (datum.isBefore(ingangsdatum)) {
            return MandaatStatus.NOG_NIET_INGEGAAN;
        }
        if (einddatum != null && datum.isAfter(einddatum)) {
            return MandaatStatus.VERLOPEN;
        }
        return MandaatStatus.GELDIG;
    }

    boolean geldigOp(LocalDate datum) {
        return statusOp(datum) == MandaatStatus.GELDIG;
    }

    /** Scopes are compared without regard to case or surrounding spaces. */
    boolean betreft(String gevraagd) {
        return gevraagd != null && scope.equalsIgnoreCase(gevraagd.trim());
    }

    Long getId() {
        return id;
    }

    Long getGemeenteId() {
        return gemeenteId;
    }

    Long getCollegelidId() {
        return collegelidId;
    }

    String getScope() {
        return scope;
    }

    LocalDate getIngangsdatum() {
        return ingangsdatum;
    }

    LocalDate getEinddatum() {
        return einddatum;
    }

    LocalDate getIngetrokkenPer() {
        return ingetrokkenPer;
    }

    String getIntrekkingsreden() {
        return intrekkingsreden;
    }

    Long getBesluitId() {
        return besluitId;
    }

    Long getBesluitpuntId() {
        return besluitpuntId;
    }

    String getBesluitIdentificatie() {
        return besluitIdentificatie;
    }

    long getVersie() {
        return versie;
    }
}
