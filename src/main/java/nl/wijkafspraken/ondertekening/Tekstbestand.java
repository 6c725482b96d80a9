package nl.wijkafspraken.ondertekening;

/**
 * The text a board member signed, as a file to keep: exactly the canonical form of the version
 * ({@link nl.wijkafspraken.afspraken.Versietekst#canoniek()}) in UTF-8, so that its SHA-256 is the one recorded
 * with the signature and printed on the sealed document.
 */
public record Tekstbestand(String bestandsnaam, byte[] inhoud) {
}
