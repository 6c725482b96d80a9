package nl.wijkafspraken.bestuur;

import java.util.Locale;

/** The seat someone holds in (or next to) the college. */
public enum CollegeRol {
    BURGEMEESTER,
    WETHOUDER,
    /** Not a member of the college itself, but its secretary; can hold a mandate too. */
    GEMEENTESECRETARIS;

    /** How the role is written in front of a name in a document: "wethouder J. Jansen". */
    public String aanduiding() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** How the office is written on its own, as a label: "Burgemeester". */
    public String titel() {
        var woord = aanduiding();
        return Character.toUpperCase(woord.charAt(0)) + woord.substring(1);
    }
}
