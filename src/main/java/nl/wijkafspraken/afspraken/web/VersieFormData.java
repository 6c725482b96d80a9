package nl.wijkafspraken.afspraken.web;

import jakarta.validation.constraints.Size;
import nl.wijkafspraken.afspraken.Versie;

/** The data of a concept version: the collegevoorstel it goes with, and what changes and why. */
public class VersieFormData {

    @Size(max = 40, message = "{veld.teLang}")
    private String zaaknummer;
    @Size(max = 4000, message = "{veld.teLang}")
    private String toelichting;
    /** The version the form was opened on; a different one in the database means someone else saved meanwhile. */
    private long versie;

    static VersieFormData van(Versie versie) {
        var form = new VersieFormData();
        form.zaaknummer = versie.getZaaknummer();
        form.toelichting = versie.getToelichting();
        form.versie = versie.getVersie();
        return form;
    }

    public String getZaaknummer() {
        return zaaknummer;
    }

    public void setZaaknummer(String zaaknummer) {
        this.zaaknummer = zaaknummer;
    }

    public String getToelichting() {
        return toelichting;
    }

    public void setToelichting(String toelichting) {
        this.toelichting = toelichting;
    }

    public long getVersie() {
        return versie;
    }

    public void setVersie(long versie) {
        this.versie = versie;
    }
}
