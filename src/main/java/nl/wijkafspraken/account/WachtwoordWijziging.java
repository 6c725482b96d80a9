package nl.wijkafspraken.account;

/** The user's own password change: the current password, the new one and the new one typed again. */
public record WachtwoordWijziging(String huidig, String nieuw, String herhaling) {

    /** Leaves the passwords out, so that they never end up in a log line. */
    @Override
    public String toString() {
        return "WachtwoordWijziging[***]";
    }
}
