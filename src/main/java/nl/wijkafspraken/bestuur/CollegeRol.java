package nl.wijkafspraken.bestuur;

/** The seat someone holds in (or next to) the college. */
public enum CollegeRol {
    BURGEMEESTER,
    WETHOUDER,
    /** Not a member of the college itself, but its secretary; can hold a mandate too. */
    GEMEENTESECRETARIS;

    /** How the role is written in front of a name in a document: "wethouder J. Jansen". */
    public String aanduiding() {
        return name().toLowerCase();
    }
}
