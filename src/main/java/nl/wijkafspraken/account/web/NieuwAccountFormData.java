package nl.wijkafspraken.account.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import nl.wijkafspraken.account.NieuwAccount;

/**
 * The form for a new account: the fields of the edit form plus username and first password; the limits follow the
 * columns of the account table.
 */
class NieuwAccountFormData extends AccountFormData {

    @NotBlank(message = "{account.gebruikersnaam.verplicht}")
    @Size(max = 60, message = "{account.gebruikersnaam.lengte}")
    @Pattern(regexp = "\\s*[A-Za-z0-9._@-]*\\s*", message = "{account.gebruikersnaam.tekens}")
    private String gebruikersnaam;
    @NotNull(message = "{account.wachtwoord.lengte}")
    @Size(min = 12, max = 128, message = "{account.wachtwoord.lengte}")
    private String wachtwoord;

    NieuwAccount nieuwAccount() {
        return new NieuwAccount(gebruikersnaam, getNaam(), getEmail(), wachtwoord,
                Formulierhulp.zonderLeeg(getRollen()), Formulierhulp.zonderLeeg(getWijkoverlegIds()));
    }

    public String getGebruikersnaam() {
        return gebruikersnaam;
    }

    public void setGebruikersnaam(String gebruikersnaam) {
        this.gebruikersnaam = gebruikersnaam;
    }

    public String getWachtwoord() {
        return wachtwoord;
    }

    public void setWachtwoord(String wachtwoord) {
        this.wachtwoord = wachtwoord;
    }
}
