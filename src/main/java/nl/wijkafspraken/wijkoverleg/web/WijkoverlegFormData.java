package nl.wijkafspraken.wijkoverleg.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import nl.wijkafspraken.wijkoverleg.Wijkoverleg;
import nl.wijkafspraken.wijkoverleg.WijkoverlegGegevens;
import nl.wijkafspraken.wijkoverleg.WijkoverlegStatus;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.util.StringUtils;

/** The register form of a wijkoverleg (new and edit). */
public class WijkoverlegFormData {

    @NotBlank(message = "{wijkoverleg.naam.verplicht}")
    @Size(max = 150, message = "{veld.teLang}")
    private String naam;
    @NotEmpty(message = "{wijkoverleg.wijken.verplicht}")
    private Set<Long> wijkIds = new LinkedHashSet<>();
    @NotNull(message = "{wijkoverleg.status.verplicht}")
    private WijkoverlegStatus status = WijkoverlegStatus.IN_OPRICHTING;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate oprichtingsdatum;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate opheffingsdatum;
    @Size(max = 500, message = "{veld.teLang}")
    private String opheffingsreden;
    @Email(message = "{veld.email.ongeldig}")
    @Size(max = 254, message = "{veld.teLang}")
    private String contactadres;
    @Size(max = 4000, message = "{veld.teLang}")
    private String notities;
    @NotNull(message = "{wijkoverleg.tekenbevoegden.verplicht}")
    @Min(value = 1, message = "{wijkoverleg.tekenbevoegden.bereik}")
    @Max(value = 2, message = "{wijkoverleg.tekenbevoegden.bereik}")
    private Integer aantalTekenbevoegden = 1;
    /** The version the form was opened on; a different one in the database means someone else saved meanwhile. */
    private long versie;

    static WijkoverlegFormData van(Wijkoverleg w) {
        var form = new WijkoverlegFormData();
        form.naam = w.getNaam();
        form.wijkIds = new LinkedHashSet<>(w.getWijkIds());
        form.status = w.getStatus();
        form.oprichtingsdatum = w.getOprichtingsdatum();
        form.opheffingsdatum = w.getOpheffingsdatum();
        form.opheffingsreden = w.getOpheffingsreden();
        form.contactadres = w.getContactadres();
        form.notities = w.getNotities();
        form.aantalTekenbevoegden = w.getAantalTekenbevoegden();
        form.versie = w.getVersie();
        return form;
    }

    WijkoverlegGegevens gegevens() {
        return new WijkoverlegGegevens(naam, wijkIds, status, oprichtingsdatum, opheffingsdatum,
                leegIsNull(opheffingsreden), leegIsNull(contactadres), leegIsNull(notities), aantalTekenbevoegden);
    }

    static String leegIsNull(String tekst) {
        return StringUtils.hasText(tekst) ? tekst.trim() : null;
    }

    public String getNaam() {
        return naam;
    }

    public void setNaam(String naam) {
        this.naam = naam;
    }

    public Set<Long> getWijkIds() {
        return wijkIds;
    }

    public void setWijkIds(Set<Long> wijkIds) {
        this.wijkIds = wijkIds;
    }

    public WijkoverlegStatus getStatus() {
        return status;
    }

    public void setStatus(WijkoverlegStatus status) {
        this.status = status;
    }

    public LocalDate getOprichtingsdatum() {
        return oprichtingsdatum;
    }

    public void setOprichtingsdatum(LocalDate oprichtingsdatum) {
        this.oprichtingsdatum = oprichtingsdatum;
    }

    public LocalDate getOpheffingsdatum() {
        return opheffingsdatum;
    }

    public void setOpheffingsdatum(LocalDate opheffingsdatum) {
        this.opheffingsdatum = opheffingsdatum;
    }

    public String getOpheffingsreden() {
        return opheffingsreden;
    }

    public void setOpheffingsreden(String opheffingsreden) {
        this.opheffingsreden = opheffingsreden;
    }

    public String getContactadres() {
        return contactadres;
    }

    public void setContactadres(String contactadres) {
        this.contactadres = contactadres;
    }

    public String getNotities() {
        return notities;
    }

    public void setNotities(String notities) {
        this.notities = notities;
    }

    public Integer getAantalTekenbevoegden() {
        return aantalTekenbevoegden;
    }

    public void setAantalTekenbevoegden(Integer aantalTekenbevoegden) {
        this.aantalTekenbevoegden = aantalTekenbevoegden;
    }

    public long getVersie() {
        return versie;
    }

    public void setVersie(long versie) {
        this.versie = versie;
    }
}
