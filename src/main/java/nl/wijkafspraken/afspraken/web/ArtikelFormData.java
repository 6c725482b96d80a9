package nl.wijkafspraken.afspraken.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** An article of a concept: heading and body (Markdown). */
public class ArtikelFormData {

    @NotBlank(message = "{afspraken.artikel.kop.verplicht}")
    @Size(max = 200, message = "{veld.teLang}")
    private String kop;
    @NotBlank(message = "{afspraken.artikel.tekst.verplicht}")
    @Size(max = 20000, message = "{veld.teLang}")
    private String tekst;
    /** The version of the concept the form was opened on. */
    private long versie;

    public String getKop() {
        return kop;
    }

    public void setKop(String kop) {
        this.kop = kop;
    }

    public String getTekst() {
        return tekst;
    }

    public void setTekst(String tekst) {
        this.tekst = tekst;
    }

    public long getVersie() {
        return versie;
    }

    public void setVersie(long versie) {
        this.versie = versie;
    }
}
