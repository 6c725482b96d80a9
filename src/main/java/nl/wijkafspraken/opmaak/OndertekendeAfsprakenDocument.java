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
 * @param rondeIdentificatie   the identifier of the signing round, printed on each evidence page; may be null
 * @param bewijs               the evidence page of each party (certificate of completion), printed at the end
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
        String verificatieUrl,
        String rondeIdentificatie,
        List<Bewijspagina> bewijs) {

    /** Without evidence pages, as before issue 13 part 7. */
    public OndertekendeAfsprakenDocument(String gemeenteNaam, String afsprakenTitel, int versienummer,
            LocalDate ingangsdatum, LocalDate einddatum, String besluitIdentificatie, List<Artikel> artikelen,
            String partijNaam, String documentHash, List<Ondertekenaar> ondertekenaars, String verificatieUrl) {
        this(gemeenteNaam, afsprakenTitel, versienummer, ingangsdatum, einddatum, besluitIdentificatie, artikelen,
                partijNaam, documentHash, ondertekenaars, verificatieUrl, null, List.of());
    }

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
        bewijs = bewijs == null ? List.of() : List.copyOf(bewijs);
    }

    /**
     * The evidence of one party: every event of the round for it, and per signer how they were authenticated and
     * what they declared. Names and functions only: e-mail and IP addresses stay out of this public document.
     *
     * @param partij         the party, e.g. "Wijkoverleg Noord" or "Gemeente Aalsmeer"
     * @param gebeurtenissen the events of the round for this party, oldest first
     * @param ondertekenaars per signer (or refuser) the label–value lines of their evidence
     */
    public record Bewijspagina(String partij, List<Gebeurtenis> gebeurtenissen, List<Bewijs> ondertekenaars) {
        public Bewijspagina {
            Objects.requireNonNull(partij, "partij");
            gebeurtenissen = gebeurtenissen == null ? List.of() : List.copyOf(gebeurtenissen);
            ondertekenaars = ondertekenaars == null ? List.of() : List.copyOf(ondertekenaars);
        }
    }

    /**
     * One event, printed in UTC to the second.
     *
     * @param tijdstip when
     * @param wat      what happened, e.g. "Code per e-mail verstuurd"
     * @param wie      who, by name and function, e.g. "Noor de Vries (voorzitter)"
     */
    public record Gebeurtenis(Instant tijdstip, String wat, String wie) {
        public Gebeurtenis {
            Objects.requireNonNull(tijdstip, "tijdstip");
            Objects.requireNonNull(wat, "wat");
            wie = wie == null ? "" : wie;
        }
    }

    /** The evidence lines of one signer: their name as heading, then label–value lines. */
    public record Bewijs(String naam, List<CollegevoorstelDocument.Gegeven> gegevens) {
        public Bewijs {
            Objects.requireNonNull(naam, "naam");
            gegevens = gegevens == null ? List.of() : List.copyOf(gegevens);
        }
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
