package nl.wijkafspraken.ondertekening.web;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The wethouder's signing form: full name as typed and consent; the login is the authentication. */
public class GemeenteTekenFormData {

    @NotBlank(message = "{ondertekening.naam.verplicht}")
    @Size(max = 150, message = "{ondertekening.naam.teLang}")
    private String naam;
    @AssertTrue(message = "{ondertekening.akkoord.verplicht}")
    private boolean akkoord;
    /** Ticked when the signer confirms a spelling of their name that differs from the registered one. */
    private boolean afwijkendeNaam;

    public String getNaam() {
        return naam;
    }

    public void setNaam(String naam) {
        this.naam = naam;
    }

    public boolean isAkkoord() {
        return akkoord;
    }

    public void setAkkoord(boolean akkoord) {
        this.akkoord = akkoord;
    }

    public boolean isAfwijkendeNaam() {
        return afwijkendeNaam;
    }

    public void setAfwijkendeNaam(boolean afwijkendeNaam) {
        this.afwijkendeNaam = afwijkendeNaam;
    }
}
