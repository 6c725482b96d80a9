package nl.wijkafspraken.convenant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import java.time.LocalDate;
import nl.wijkafspraken.gedeeld.DomeinregelException;

/**
 * A convenant wijkbeheer of 2007. Guards its own rules: withdrawn once, by one besluit, and after that it never
 * changes; there is no way to delete it.
 */
@Entity
public class Convenant {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long gemeenteId;
    private String titel;
    private String partij;
    private Long wijkoverlegId;
    private LocalDate datumOndertekend;
    @ManyToOne
    @JoinColumn(name = "intrekking_id")
    private ConvenantIntrekking intrekking;
    @Version
    private long versie;

    protected Convenant() {
    }

    Convenant(long gemeenteId, ConvenantGegevens gegevens) {
        this.gemeenteId = gemeenteId;
        wijzig(gegevens);
    }

    void wijzig(ConvenantGegevens gegevens) {
        vereisNietIngetrokken();
        if (gegevens.titel() == null || gegevens.titel().isBlank()) {
            throw DomeinregelException.voorVeld("titel", "convenant.titel.verplicht");
        }
        if (gegevens.partij() == null || gegevens.partij().isBlank()) {
            throw DomeinregelException.voorVeld("partij", "convenant.partij.verplicht");
        }
        if (gegevens.datumOndertekend() == null) {
            throw DomeinregelException.voorVeld("datumOndertekend", "convenant.datum.verplicht");
        }
        this.titel = gegevens.titel().strip();
        this.partij = gegevens.partij().strip();
        this.wijkoverlegId = gegevens.wijkoverlegId();
        this.datumOndertekend = gegevens.datumOndertekend();
    }

    void trekIn(ConvenantIntrekking door) {
        vereisNietIngetrokken();
        if (door.getVervaldatum().isBefore(datumOndertekend)) {
            throw new DomeinregelException("convenant.intrekken.voorOndertekening", titel);
        }
        this.intrekking = door;
    }

    private void vereisNietIngetrokken() {
        if (intrekking != null) {
            throw new DomeinregelException("convenant.alIngetrokken", titel);
        }
    }

    public boolean isIngetrokken() {
        return intrekking != null;
    }

    public Long getId() {
        return id;
    }

    public Long getGemeenteId() {
        return gemeenteId;
    }

    public String getTitel() {
        return titel;
    }

    public String getPartij() {
        return partij;
    }

    public Long getWijkoverlegId() {
        return wijkoverlegId;
    }

    public LocalDate getDatumOndertekend() {
        return datumOndertekend;
    }

    public ConvenantIntrekking getIntrekking() {
        return intrekking;
    }

    public long getVersie() {
        return versie;
    }
}
