package nl.wijkafspraken.wijkoverleg.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import nl.wijkafspraken.wijkoverleg.Bestuurslid;
import nl.wijkafspraken.wijkoverleg.BestuurslidGegevens;
import nl.wijkafspraken.wijkoverleg.Functie;
import nl.wijkafspraken.wijkoverleg.Persoonsgegevens;
import org.springframework.format.annotation.DateTimeFormat;

/** A bestuurslid: new, or a change (then {@code per} is the date a new functie takes effect). */
public class BestuurslidFormData {

    @NotBlank(message = "{bestuurslid.naam.verplicht}")
    @Size(max = 150, message = "{veld.teLang}")
    private String naam;
    @NotBlank(message = "{bestuurslid.email.verplicht}")
    @Email(message = "{veld.email.ongeldig}")
    @Size(max = 254, message = "{veld.teLang}")
    private String email;
    @Pattern(regexp = "^$|^[0-9 +()-]{6,30}$", message = "{veld.telefoon.ongeldig}")
    private String telefoon;
    @NotNull(message = "{bestuurslid.functie.verplicht}")
    private Functie functie;
    @NotNull(message = "{bestuurslid.startdatum.verplicht}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate startdatum;
    private boolean tekenbevoegd;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate per;
    private long versie;

    static BestuurslidFormData van(Bestuurslid lid) {
        var form = new BestuurslidFormData();
        form.naam = lid.getNaam();
        form.email = lid.getEmail();
        form.telefoon = lid.getTelefoon();
        form.functie = lid.getFunctie();
        form.startdatum = lid.getStartdatum();
        form.tekenbevoegd = lid.isTekenbevoegd();
        form.versie = lid.getVersie();
        return form;
    }

    BestuurslidGegevens gegevens() {
        return new BestuurslidGegevens(new Persoonsgegevens(naam.trim(), email.trim(),
                WijkoverlegFormData.leegIsNull(telefoon)), functie, startdatum, tekenbevoegd);
    }

    public String getNaam() {
        return naam;
    }

    public void setNaam(String naam) {
        this.naam = naam;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getTelefoon() {
        return telefoon;
    }

    public void setTelefoon(String telefoon) {
        this.telefoon = telefoon;
    }

    public Functie getFunctie() {
        return functie;
    }

    public void setFunctie(Functie functie) {
        this.functie = functie;
    }

    public LocalDate getStartdatum() {
        return startdatum;
    }

    public void setStartdatum(LocalDate startdatum) {
        this.startdatum = startdatum;
    }

    public boolean isTekenbevoegd() {
        return tekenbevoegd;
    }

    public void setTekenbevoegd(boolean tekenbevoegd) {
        this.tekenbevoegd = tekenbevoegd;
    }

    public LocalDate getPer() {
        return per;
    }

    public void setPer(LocalDate per) {
        this.per = per;
    }

    public long getVersie() {
        return versie;
    }

    public void setVersie(long versie) {
        this.versie = versie;
    }
}
