package nl.wijkafspraken.wijkoverleg.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Size;
import nl.wijkafspraken.wijkoverleg.Wijkoverleg;

/** The public contact address of a wijkoverleg, which its board may change itself. */
public class ContactFormData {

    @Email(message = "{veld.email.ongeldig}")
    @Size(max = 254, message = "{veld.teLang}")
    private String contactadres;
    private long versie;

    static ContactFormData van(Wijkoverleg wijkoverleg) {
        var form = new ContactFormData();
        form.contactadres = wijkoverleg.getContactadres();
        form.versie = wijkoverleg.getVersie();
        return form;
    }

    public String getContactadres() {
        return contactadres;
    }

    public void setContactadres(String contactadres) {
        this.contactadres = contactadres;
    }

    public long getVersie() {
        return versie;
    }

    public void setVersie(long versie) {
        this.versie = versie;
    }
}
