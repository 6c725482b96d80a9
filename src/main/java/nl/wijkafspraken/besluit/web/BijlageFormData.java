package nl.wijkafspraken.besluit.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import nl.wijkafspraken.besluit.Bijlage;
import org.springframework.web.multipart.MultipartFile;

/** A bijlage: its title as listed in the voorstel, and optionally the PDF. */
public class BijlageFormData {

    @NotBlank(message = "{bijlage.titel.verplicht}")
    @Size(max = Bijlage.MAX_TITEL, message = "{veld.teLang}")
    private String titel;
    private MultipartFile bestand;
    private long versie;

    public String getTitel() {
        return titel;
    }

    public void setTitel(String titel) {
        this.titel = titel;
    }

    public MultipartFile getBestand() {
        return bestand;
    }

    public void setBestand(MultipartFile bestand) {
        this.bestand = bestand;
    }

    public long getVersie() {
        return versie;
    }

    public void setVersie(long versie) {
        this.versie = versie;
    }
}
