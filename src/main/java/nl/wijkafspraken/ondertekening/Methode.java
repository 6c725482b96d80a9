package nl.wijkafspraken.ondertekening;

/** How a signer was authenticated. */
public enum Methode {
    /** A board member: the personal link from the invitation plus a one-time code sent to the same e-mail address. */
    LINK_EN_EMAILCODE("persoonlijke link en eenmalige code per e-mail"),
    /** The wethouder: logged in to Wijkafspraken with their own account. */
    INLOG("ingelogd in Wijkafspraken");

    private final String omschrijving;

    Methode(String omschrijving) {
        this.omschrijving = omschrijving;
    }

    /** In Dutch, as the signature page and the sealed PDF show it. */
    public String omschrijving() {
        return omschrijving;
    }
}
