package nl.wijkafspraken.mandaat.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** The confirmation that a mandate is withdrawn: from which day, and why. */
public class IntrekkingFormData {

    @NotNull(message = "{mandaat.intrekking.datum.verplicht}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate per;
    @NotBlank(message = "{mandaat.intrekking.reden.verplicht}")
    @Size(max = 500, message = "{veld.teLang}")
    private String reden;
    private long versie;

    public LocalDate getPer() {
        return per;
    }

    public void setPer(LocalDate per) {
        this.per = per;
    }

    public String getReden() {
        return reden;
    }

    public void setReden(String reden) {
        this.reden = reden;
    }

    public long getVersie() {
        return versie;
    }

    public void setVersie(long versie) {
        this.versie = versie;
    }
}
