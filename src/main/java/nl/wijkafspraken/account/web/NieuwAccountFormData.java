package nl.wijkafspraken.account.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.HashSet;
import java.util.Set;
import nl.wijkafspraken.account.NieuwAccount;
import nl.wijkafspraken.gedeeld.Rol;

/** The form for a new account; the limits follow the columns of the account table. */
class NieuwAccountFormData {

    @NotBlank(message = "{account.gebruikersnaam.verplicht}")
    @Size(max = 60, message = "{account.gebruikersnaam.lengte}")
    @Pattern(regexp = "\\s*[A-Za-z0-9._@-]*\\s*", message = "{account.gebruikersnaam.tekens}")
    private String gebruikersnaam;
    @NotBlank(message = "{account.naam.verplicht}")
    @Size(max = 150, message = "{account.naam.lengte}")
    private String naam;
    @NotBlank(message = "{account.email.verplicht}")
    @Email(message = "{account.email.ongeldig}")
    @Size(max = 254, message = "{account.email.lengte}")
    private String email;
    @NotNull(message = "{account.wachtwoord.lengte}")
    @Size(min = 12, max = 72, message = "{account.wachtwoord.lengte}")
    private String wachtwoord;
    @NotEmpty(message = "{account.rollen.verplicht}")
    private Set<Rol> rollen = new HashSet<>();
    private Set<Long> wijkoverlegIds = new HashSet<>();

    NieuwAccount nieuwAccount() {
        return new NieuwAccount(gebruikersnaam, naam, email, wachtwoord, Formulierhulp.zonderLeeg(rollen),
                Formulierhulp.zonderLeeg(wijkoverlegIds));
    }

    public String getGebruikersnaam() {
        return gebruikersnaam;
    }

    public void setGebruikersnaam(String gebruikersnaam) {
        this.gebruikersnaam = gebruikersnaam;
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

    public String getWachtwoord() {
        return wachtwoord;
    }

    public void setWachtwoord(String wachtwoord) {
        this.wachtwoord = wachtwoord;
    }

    public Set<Rol> getRollen() {
        return rollen;
    }

    public void setRollen(Set<Rol> rollen) {
        this.rollen = rollen;
    }

    public Set<Long> getWijkoverlegIds() {
        return wijkoverlegIds;
    }

    public void setWijkoverlegIds(Set<Long> wijkoverlegIds) {
        this.wijkoverlegIds = wijkoverlegIds;
    }
}
