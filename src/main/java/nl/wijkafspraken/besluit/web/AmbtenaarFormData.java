package nl.wijkafspraken.besluit.web;

import nl.wijkafspraken.besluit.BehandelendAmbtenaar;

/**
 * One row of the repeatable group "Behandelend ambtenaar" of the voorstel form. Checked as a whole by
 * {@link CollegevoorstelFormData#controleerAmbtenaren}, so that each message can name the row it belongs to.
 */
public class AmbtenaarFormData {

    private String naam;
    private String telefoon;
    private String email;

    public AmbtenaarFormData() {
    }

    static AmbtenaarFormData van(BehandelendAmbtenaar ambtenaar) {
        var rij = new AmbtenaarFormData();
        rij.naam = ambtenaar.naam();
        rij.telefoon = ambtenaar.telefoon();
        rij.email = ambtenaar.email();
        return rij;
    }

    BehandelendAmbtenaar ambtenaar() {
        return new BehandelendAmbtenaar(naam, telefoon, email);
    }

    public String getNaam() {
        return naam;
    }

    public void setNaam(String naam) {
        this.naam = naam;
    }

    public String getTelefoon() {
        return telefoon;
    }

    public void setTelefoon(String telefoon) {
        this.telefoon = telefoon;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }
}
