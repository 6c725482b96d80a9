package nl.wijkafspraken.ondertekening;

import java.time.Instant;

/**
 * A signature as a document shows it (e.g. the signature page of the sealed PDF): no e-mail, no IP address.
 *
 * @param naam         the signer's name as the register knows it
 * @param functie      e.g. "voorzitter" of the wijkoverleg, or "wethouder"
 * @param partij       the wijkoverleg, or "Gemeente Aalsmeer"
 * @param tijdstip     when it was placed (UTC)
 * @param methode      how the signer was authenticated, in Dutch ({@link Methode#omschrijving()})
 * @param documentHash lowercase hex SHA-256 of the canonical text that was signed (afspraken.Versietekst)
 * @param mandaat      for the gemeente: the mandaat and the besluit that granted it; null for a wijkoverleg
 */
public record Handtekening(String naam, String functie, String partij, Instant tijdstip, String methode,
        String documentHash, String mandaat) {
}
