package nl.wijkafspraken.ondertekening.web;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The signing form of a board member: the mailed code, their full name as typed, and their consent. */
public class TekenFormData {

    @NotBlank(message = "{ondertekening.code.verplicht}")
    @Pattern(regexp = "(\\d{6})?", message = "{ondertekening.code.zesCijfers}")
    private String code;
    @NotBlank(message = "{ondertekening.naam.verplicht}")
    @Size(max = 150, message = "{ondertekening.naam.teLang}")
    private String naam;
    @AssertTrue(message = "{ondertekening.akkoord.verplicht}")
    private boolean akkoord;
    /** Ticked when the signer confirms a spelling of their name that differs from the registered one. */
    private boolean afwijkendeNaam;

    public String getCode() {
        return code;
    }

    /** Spaces and dashes as people type them ("123 456") are left out. */
    public void setCode(String code) {
        this.code = code == null ? null : code.replaceAll("[\\s-]", "");
    }

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
