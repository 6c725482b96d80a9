package nl.wijkafspraken.account.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.HashSet;
import java.util.Set;
import nl.wijkafspraken.account.AccountOverzicht;
import nl.wijkafspraken.account.AccountWijziging;
import nl.wijkafspraken.gedeeld.Rol;

/** The edit form: name, e-mail and the roles in the active gemeente, with the version it was opened with. */
class AccountFormData {

    private long versie;
    @NotBlank(message = "{account.naam.verplicht}")
    @Size(max = 150, message = "{account.naam.lengte}")
    private String naam;
    @NotBlank(message = "{account.email.verplicht}")
    @Email(message = "{account.email.ongeldig}")
    @Size(max = 254, message = "{account.email.lengte}")
    private String email;
    @NotEmpty(message = "{account.rollen.verplicht}")
    private Set<Rol> rollen = new HashSet<>();
    private Set<Long> wijkoverlegIds = new HashSet<>();

    static AccountFormData van(AccountOverzicht account) {
        var formulier = new AccountFormData();
        formulier.versie = account.versie();
        formulier.naam = account.naam();
        formulier.email = account.email();
        // A role that waits for a second BEHEERDER stays ticked: unticking it withdraws the request.
        formulier.rollen = new HashSet<>(account.rollen());
        formulier.rollen.addAll(account.aangevraagd());
        formulier.wijkoverlegIds = new HashSet<>(account.wijkoverlegIds());
        return formulier;
    }

    AccountWijziging wijziging() {
        return new AccountWijziging(versie, naam, email, Formulierhulp.zonderLeeg(rollen),
                Formulierhulp.zonderLeeg(wijkoverlegIds));
    }

    public long getVersie() {
        return versie;
    }

    public void setVersie(long versie) {
        this.versie = versie;
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
