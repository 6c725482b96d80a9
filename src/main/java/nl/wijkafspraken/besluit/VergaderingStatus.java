package nl.wijkafspraken.besluit;

/** A B&W-vergadering is planned until the secretary closes it; then its besluitenlijst is final. */
public enum VergaderingStatus {
    GEPLAND,
    GESLOTEN
}
