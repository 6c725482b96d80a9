package nl.wijkafspraken.account.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The small form on the edit page that sets a new password. */
class WachtwoordFormData {

    private long versie;
    @NotNull(message = "{account.wachtwoord.lengte}")
    @Size(min = 12, max = 128, message = "{account.wachtwoord.lengte}")
    private String wachtwoord;

    WachtwoordFormData() {
    }

    WachtwoordFormData(long versie) {
        this.versie = versie;
    }

    public long getVersie() {
        return versie;
    }

    public void setVersie(long versie) {
        this.versie = versie;
    }

    public String getWachtwoord() {
        return wachtwoord;
    }

    public void setWachtwoord(String wachtwoord) {
        this.wachtwoord = wachtwoord;
    }
}
