package nl.wijkafspraken.zegel;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What a sealed document is, as the public verification page shows it: only names and functions of the signers,
 * never an e-mail address or IP address.
 *
 * @param gemeenteNaam   e.g. "Aalsmeer"
 * @param titel          e.g. "Samenwerkingsafspraken Wijkoverleggen Aalsmeer"
 * @param versie         e.g. "2"
 * @param partij         the other party, e.g. "Wijkoverleg Hornmeer"
 * @param ondertekenaars who signed and when, in signing order
 * @param tekstSha256    SHA-256 (hex) of the signed text as the document prints it, so that a paper copy can be
 *                       looked up by it; null when the document prints none
 */
public record Documentbeschrijving(String gemeenteNaam, String titel, String versie, String partij,
        List<Ondertekenaar> ondertekenaars, String tekstSha256) {

    static final int MAX_GEMEENTE = 200;
    static final int MAX_TITEL = 500;
    static final int MAX_VERSIE = 50;
    static final int MAX_PARTIJ = 300;

    public Documentbeschrijving {
        verplicht(gemeenteNaam, "gemeenteNaam", MAX_GEMEENTE);
        verplicht(titel, "titel", MAX_TITEL);
        verplicht(versie, "versie", MAX_VERSIE);
        verplicht(partij, "partij", MAX_PARTIJ);
        ondertekenaars = ondertekenaars == null ? List.of() : List.copyOf(ondertekenaars);
        if (tekstSha256 != null) {
            tekstSha256 = VerzegeldeDocumenten.normaal(tekstSha256)
                    .orElseThrow(() -> new IllegalArgumentException("tekstSha256 is geen SHA-256"));
        }
    }

    /** A document that prints no text hash. */
    public Documentbeschrijving(String gemeenteNaam, String titel, String versie, String partij,
            List<Ondertekenaar> ondertekenaars) {
        this(gemeenteNaam, titel, versie, partij, ondertekenaars, null);
    }

    /**
     * One signer of the document.
     *
     * @param naam     e.g. "Anna de Vries"
     * @param functie  e.g. "Voorzitter" or "Wethouder participatie"; may be empty
     * @param tijdstip when they signed
     */
    public record Ondertekenaar(String naam, String functie, Instant tijdstip) {

        static final int MAX_NAAM = 300;
        static final int MAX_FUNCTIE = 300;

        public Ondertekenaar {
            verplicht(naam, "naam", MAX_NAAM);
            functie = functie == null ? "" : functie.strip();
            if (functie.length() > MAX_FUNCTIE) {
                throw new IllegalArgumentException("functie is langer dan " + MAX_FUNCTIE + " tekens");
            }
            Objects.requireNonNull(tijdstip, "tijdstip");
        }
    }

    private static void verplicht(String waarde, String naam, int max) {
        if (waarde == null || waarde.isBlank()) {
            throw new IllegalArgumentException(naam + " is verplicht");
        }
        if (waarde.length() > max) {
            throw new IllegalArgumentException(naam + " is langer dan " + max + " tekens");
        }
    }
}
