package nl.wijkafspraken.account.web;

import jakarta.validation.constraints.NotEmpty;
import nl.wijkafspraken.account.WachtwoordWijziging;

/**
 * The user's own password change. Only presence is checked here; the rules (length, common passwords, personal
 * words) are the service's, so that every way to set a password meets the same ones.
 */
class EigenWachtwoordFormData {

    @NotEmpty(message = "{account.wachtwoord.huidigVerplicht}")
    private String huidigWachtwoord;
    @NotEmpty(message = "{account.wachtwoord.lengte}")
    private String nieuwWachtwoord;
    private String herhaling;

    WachtwoordWijziging wijziging() {
        return new WachtwoordWijziging(huidigWachtwoord, nieuwWachtwoord, herhaling);
    }

    /** A form that comes back never shows a password again. */
    void vergeetWachtwoorden() {
        huidigWachtwoord = null;
        nieuwWachtwoord = null;
        herhaling = null;
    }

    public String getHuidigWachtwoord() {
        return huidigWachtwoord;
    }

    public void setHuidigWachtwoord(String huidigWachtwoord) {
        this.huidigWachtwoord = huidigWachtwoord;
    }

    public String getNieuwWachtwoord() {
        return nieuwWachtwoord;
    }

    public void setNieuwWachtwoord(String nieuwWachtwoord) {
        this.nieuwWachtwoord = nieuwWachtwoord;
    }

    public String getHerhaling() {
        return herhaling;
    }

    public void setHerhaling(String herhaling) {
        this.herhaling = herhaling;
    }
}
