package nl.wijkafspraken.account.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The form that links an account to a person at an OpenID Connect provider: which provider, and their subject. */
class SsoKoppelingFormData {

    private long versie;
    @NotBlank(message = "{account.sso.registratie.onbekend}")
    private String registratie;
    @NotBlank(message = "{account.sso.onderwerp.verplicht}")
    @Size(max = 255, message = "{account.sso.onderwerp.ongeldig}")
    private String onderwerp;

    public long getVersie() {
        return versie;
    }

    public void setVersie(long versie) {
        this.versie = versie;
    }

    public String getRegistratie() {
        return registratie;
    }

    public void setRegistratie(String registratie) {
        this.registratie = registratie;
    }

    public String getOnderwerp() {
        return onderwerp;
    }

    public void setOnderwerp(String onderwerp) {
        this.onderwerp = onderwerp;
    }
}
