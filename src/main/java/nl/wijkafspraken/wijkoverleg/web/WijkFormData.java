package nl.wijkafspraken.wijkoverleg.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

public class WijkFormData {

    @NotBlank(message = "{wijk.naam.verplicht}")
    @Size(max = 100, message = "{veld.teLang}")
    private String naam;
    private long versie;

    public String getNaam() {
        return naam;
    }

    public void setNaam(String naam) {
        this.naam = naam;
    }

    public long getVersie() {
        return versie;
    }

    public void setVersie(long versie) {
        this.versie = versie;
    }
}
