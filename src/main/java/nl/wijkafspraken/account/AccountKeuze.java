package nl.wijkafspraken.account;

/** An account to choose from in another module's form (e.g. the college member's link): id, login and name. */
public record AccountKeuze(long id, String gebruikersnaam, String naam) {

    /** As a list shows it: "Willemijn Wethouder (wethouder)". */
    public String omschrijving() {
        return naam + " (" + gebruikersnaam + ")";
    }
}
