package nl.wijkafspraken.besluit.web;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import nl.wijkafspraken.besluit.BesluitGegevens;
import nl.wijkafspraken.besluit.BesluitpuntWijziging;
import nl.wijkafspraken.besluit.Collegevoorstel;
import nl.wijkafspraken.besluit.Uitkomst;
import nl.wijkafspraken.besluit.UitkomstGegevens;
import nl.wijkafspraken.besluit.Vervalreden;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The outcome of an agendapunt. For gewijzigd the amended text per besluitpunt id and the struck-out points; for
 * a besluit (conform advies, gewijzigd) its ZGW dates.
 */
public class UitkomstFormData {

    @NotNull(message = "{uitkomst.verplicht}")
    private Uitkomst uitkomst;
    private Map<Long, String> teksten = new HashMap<>();
    private Set<Long> vervallen = new HashSet<>();
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate ingangsdatum;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate publicatiedatum;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate vervaldatum;
    private Vervalreden vervalreden;

    static UitkomstFormData voor(Collegevoorstel voorstel, LocalDate vergaderdatum) {
        var form = new UitkomstFormData();
        voorstel.getBesluitpunten().forEach(p -> form.teksten.put(p.getId(), p.getTekst()));
        form.ingangsdatum = vergaderdatum;
        return form;
    }

    UitkomstGegevens gegevens() {
        var wijzigingen = new HashMap<Long, BesluitpuntWijziging>();
        teksten.forEach((id, tekst) -> wijzigingen.put(id, new BesluitpuntWijziging(tekst, vervallen.contains(id))));
        vervallen.forEach(id -> wijzigingen.putIfAbsent(id, new BesluitpuntWijziging(null, true)));
        return new UitkomstGegevens(uitkomst, wijzigingen,
                new BesluitGegevens(ingangsdatum, publicatiedatum, vervaldatum, vervalreden));
    }

    public Uitkomst getUitkomst() {
        return uitkomst;
    }

    public void setUitkomst(Uitkomst uitkomst) {
        this.uitkomst = uitkomst;
    }

    public Map<Long, String> getTeksten() {
        return teksten;
    }

    public void setTeksten(Map<Long, String> teksten) {
        this.teksten = teksten;
    }

    public Set<Long> getVervallen() {
        return vervallen;
    }

    public void setVervallen(Set<Long> vervallen) {
        this.vervallen = vervallen;
    }

    public LocalDate getIngangsdatum() {
        return ingangsdatum;
    }

    public void setIngangsdatum(LocalDate ingangsdatum) {
        this.ingangsdatum = ingangsdatum;
    }

    public LocalDate getPublicatiedatum() {
        return publicatiedatum;
    }

    public void setPublicatiedatum(LocalDate publicatiedatum) {
        this.publicatiedatum = publicatiedatum;
    }

    public LocalDate getVervaldatum() {
        return vervaldatum;
    }

    public void setVervaldatum(LocalDate vervaldatum) {
        this.vervaldatum = vervaldatum;
    }

    public Vervalreden getVervalreden() {
        return vervalreden;
    }

    public void setVervalreden(Vervalreden vervalreden) {
        this.vervalreden = vervalreden;
    }
}
