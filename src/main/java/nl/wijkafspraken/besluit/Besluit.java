package nl.wijkafspraken.besluit;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.LocalDate;
import nl.wijkafspraken.gedeeld.DomeinregelException;

/**
 * A decision of the college, recorded with the fields of the national ZGW Besluiten standard: identificatie,
 * datum (of the meeting), ingangsdatum, vervaldatum with vervalreden, publicatiedatum and bestuursorgaan. Each
 * besluit comes from exactly one decided collegevoorstel.
 */
@Entity
public class Besluit {

    /** The college decides all besluiten in this application. */
    public static final String COLLEGE = "college van burgemeester en wethouders";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long gemeenteId;
    private Long collegevoorstelId;
    private Long agendapuntId;
    private String identificatie;
    private LocalDate datum;
    private LocalDate ingangsdatum;
    private LocalDate vervaldatum;
    @Enumerated(EnumType.STRING)
    private Vervalreden vervalreden;
    private LocalDate publicatiedatum;
    private String bestuursorgaan = COLLEGE;
    @Version
    private long versie;

    protected Besluit() {
    }

    Besluit(long gemeenteId, long collegevoorstelId, long agendapuntId, String identificatie, LocalDate datum,
            BesluitGegevens gegevens, boolean openbaar) {
        this.gemeenteId = gemeenteId;
        this.collegevoorstelId = collegevoorstelId;
        this.agendapuntId = agendapuntId;
        this.identificatie = identificatie;
        this.datum = datum;
        wijzig(gegevens, openbaar);
    }

    /** Sets the dates; the identificatie, datum and bestuursorgaan never change. */
    void wijzig(BesluitGegevens gegevens, boolean openbaar) {
        var ingang = gegevens.ingangsdatum() != null ? gegevens.ingangsdatum() : datum;
        if (gegevens.publicatiedatum() != null && !openbaar) {
            throw DomeinregelException.voorVeld("publicatiedatum", "besluit.publicatiedatum.nietOpenbaar");
        }
        if (gegevens.publicatiedatum() != null && gegevens.publicatiedatum().isBefore(datum)) {
            throw DomeinregelException.voorVeld("publicatiedatum", "besluit.publicatiedatum.voorDatum");
        }
        if ((gegevens.vervaldatum() == null) != (gegevens.vervalreden() == null)) {
            throw DomeinregelException.voorVeld(gegevens.vervaldatum() == null ? "vervaldatum" : "vervalreden",
                    "besluit.verval.samen");
        }
        if (gegevens.vervaldatum() != null && gegevens.vervaldatum().isBefore(ingang)) {
            throw DomeinregelException.voorVeld("vervaldatum", "besluit.vervaldatum.voorIngang");
        }
        this.ingangsdatum = ingang;
        this.publicatiedatum = gegevens.publicatiedatum();
        this.vervaldatum = gegevens.vervaldatum();
        this.vervalreden = gegevens.vervalreden();
    }

    public Long getId() {
        return id;
    }

    public Long getGemeenteId() {
        return gemeenteId;
    }

    public Long getCollegevoorstelId() {
        return collegevoorstelId;
    }

    public Long getAgendapuntId() {
        return agendapuntId;
    }

    public String getIdentificatie() {
        return identificatie;
    }

    public LocalDate getDatum() {
        return datum;
    }

    public LocalDate getIngangsdatum() {
        return ingangsdatum;
    }

    public LocalDate getVervaldatum() {
        return vervaldatum;
    }

    public Vervalreden getVervalreden() {
        return vervalreden;
    }

    public LocalDate getPublicatiedatum() {
        return publicatiedatum;
    }

    public String getBestuursorgaan() {
        return bestuursorgaan;
    }

    public long getVersie() {
        return versie;
    }
}
