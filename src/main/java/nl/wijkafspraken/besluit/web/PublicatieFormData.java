package nl.wijkafspraken.besluit.web;

import java.time.LocalDate;
import nl.wijkafspraken.besluit.Besluit;
import nl.wijkafspraken.besluit.Vervalreden;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The publication of a besluit after the meeting: publicatiedatum (Woo), vervaldatum and vervalreden (ZGW), and the
 * version the form was opened on, so that two secretaries do not overwrite each other unseen.
 */
public class PublicatieFormData {

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate publicatiedatum;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate vervaldatum;
    private Vervalreden vervalreden;
    private long versie;

    static PublicatieFormData van(Besluit besluit) {
        var form = new PublicatieFormData();
        form.publicatiedatum = besluit.getPublicatiedatum();
        form.vervaldatum = besluit.getVervaldatum();
        form.vervalreden = besluit.getVervalreden();
        form.versie = besluit.getVersie();
        return form;
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

    public long getVersie() {
        return versie;
    }

    public void setVersie(long versie) {
        this.versie = versie;
    }
}
