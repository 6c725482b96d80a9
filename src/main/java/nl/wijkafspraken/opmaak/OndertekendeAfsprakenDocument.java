package nl.wijkafspraken.opmaak;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The samenwerkingsafspraken as one party signed them: the text of the version, then the signature page. Knows
 * nothing of where the data come from; the caller (the signing flow) fills it.
 *
 * @param gemeenteNaam         e.g. "Aalsmeer" (shown as "Gemeente Aalsmeer", also the author)
 * @param afsprakenTitel       e.g. "Samenwerkingsafspraken Wijkoverleggen Aalsmeer"
 * @param versienummer         the number of the signed version
 * @param ingangsdatum         first day in force
 * @param einddatum            last day in force
 * @param besluitIdentificatie the besluit that adopted the version, e.g. "B&W 4 mei 2026, Z26-021435"; may be null
 * @param artikelen            the articles of the version, in order
 * @param partijNaam           the wijkoverleg that signed with the gemeente
 * @param documentHash         SHA-256 (hex) of the version text that was signed, as the signing flow computed it
 * @param ondertekenaars       everyone who signed, for the wijkoverleg and for the gemeente, in signing order
 * @param verificatieUrl       the absolute address of this document's own verification page, shown as link and QR code
 */
public record OndertekendeAfsprakenDocument(
        String gemeenteNaam,
        String afsprakenTitel,
        int versienummer,
        LocalDate ingangsdatum,
        LocalDate einddatum,
        String besluitIdentificatie,
        List<Artikel> artikelen,
        String partijNaam,
        String documentHash,
        List<Ondertekenaar> ondertekenaars,
        String verificatieUrl) {

    public OndertekendeAfsprakenDocument {
        Objects.requireNonNull(gemeenteNaam, "gemeenteNaam");
        Objects.requireNonNull(afsprakenTitel, "afsprakenTitel");
        Objects.requireNonNull(ingangsdatum, "ingangsdatum");
        Objects.requireNonNull(einddatum, "einddatum");
        Objects.requireNonNull(partijNaam, "partijNaam");
        Objects.requireNonNull(documentHash, "documentHash");
        Objects.requireNonNull(verificatieUrl, "verificatieUrl");
        artikelen = artikelen == null ? List.of() : List.copyOf(artikelen);
        ondertekenaars = ondertekenaars == null ? List.of() : List.copyOf(ondertekenaars);
    }

    /**
     * One article of the version.
     *
     * @param nummer the article number, 1, 2, …
     * @param kop    its heading
     * @param tekst  its body in Markdown (the format of the afspraken and the collegevoorstel)
     */
    public record Artikel(int nummer, String kop, String tekst) {
        public Artikel {
            Objects.requireNonNull(kop, "kop");
            tekst = tekst == null ? "" : tekst;
        }
    }

    /**
     * One signature.
     *
     * @param naam     the name the signer typed or is registered under
     * @param functie  e.g. "Voorzitter", "Wethouder participatie"
     * @param partij   for whom: the wijkoverleg or the gemeente
     * @param tijdstip when it was signed; shown in Dutch time
     * @param methode  how the signer was authenticated, e.g. "Persoonlijke link per e-mail en eenmalige code"
     * @param mandaat  for a signature on behalf of the gemeente: the mandate and its besluit; otherwise null
     */
    public record Ondertekenaar(String naam, String functie, String partij, Instant tijdstip, String methode,
            String mandaat) {
        public Ondertekenaar {
            Objects.requireNonNull(naam, "naam");
            Objects.requireNonNull(tijdstip, "tijdstip");
            functie = functie == null ? "" : functie;
            partij = partij == null ? "" : partij;
            methode = methode == null ? "" : methode;
        }

        public boolean heeftMandaat() {
            return mandaat != null && !mandaat.isBlank();
        }
    }
}
