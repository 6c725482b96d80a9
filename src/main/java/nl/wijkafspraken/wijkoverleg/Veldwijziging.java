package nl.wijkafspraken.wijkoverleg;

/**
 * One field of a requested change as the reviewer sees it: its label (a message key), the value in the register
 * now and the value asked for (null: none). When {@code vertaal} is set, the values are message keys themselves
 * (yes/no, a functie).
 */
public record Veldwijziging(String veld, String oud, String nieuw, boolean vertaal) {

    public boolean isGewijzigd() {
        return oud == null ? nieuw != null : !oud.equals(nieuw);
    }
}
