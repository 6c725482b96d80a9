package nl.wijkafspraken.wijkoverleg.web;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** The confirmation that a member leaves the bestuur, with the last day of membership. */
public class BeeindigFormData {

    @NotNull(message = "{bestuurslid.einddatum.verplicht}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate einddatum;
    private long versie;

    public LocalDate getEinddatum() {
        return einddatum;
    }

    public void setEinddatum(LocalDate einddatum) {
        this.einddatum = einddatum;
    }

    public long getVersie() {
        return versie;
    }

    public void setVersie(long versie) {
        this.versie = versie;
    }
}
