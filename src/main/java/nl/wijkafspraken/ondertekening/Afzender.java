package nl.wijkafspraken.ondertekening;

/**
 * Who sent a signing link, as the board member sees it on the page and in the mails: the gemeente, and the civil
 * servant who started the round as the person to ask. The account register holds no phone number, so name and
 * e-mail are all there is; the e-mail is null when the account had none when the round started.
 */
public record Afzender(String gemeente, String contactnaam, String contactemail) {

    static Afzender van(Ronde ronde, String gemeente) {
        return new Afzender(gemeente, ronde.getGestartDoorNaam(), ronde.getGestartDoorEmail());
    }

    public boolean heeftEmail() {
        return contactemail != null && !contactemail.isBlank();
    }
}
