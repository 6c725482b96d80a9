package nl.wijkafspraken.wijkoverleg;

/** Name and contact of a bestuurslid: personal data, never shown on public pages. */
public record Persoonsgegevens(String naam, String email, String telefoon) {
}
