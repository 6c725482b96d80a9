package nl.wijkafspraken.besluit.web;

/** A confirmation form that only carries the version the page was opened on. */
public class VersieFormData {

    private long versie;

    public long getVersie() {
        return versie;
    }

    public void setVersie(long versie) {
        this.versie = versie;
    }
}
