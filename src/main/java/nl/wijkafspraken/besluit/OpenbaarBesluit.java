package nl.wijkafspraken.besluit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A published besluit as the public register shows it: the ZGW fields, the meeting that took it, and the decided
 * collegevoorstel with its besluitpunten and text sections. The civil servant who wrote the voorstel is left out
 * (name, phone, e-mail: personal data, Woo art. 5.1 lid 2 sub e); the team and the portefeuillehouder (a public
 * office) stay. Bijlagen are listed by title only.
 *
 * @param gewijzigdOp when the voorstel was last changed: its decision, after which it never changes
 */
public record OpenbaarBesluit(String identificatie, String bestuursorgaan, LocalDate datum, LocalDate ingangsdatum,
        LocalDate vervaldatum, Vervalreden vervalreden, LocalDate publicatiedatum, String zaaknummer,
        String onderwerp, Uitkomst uitkomst, boolean naarRaad, LocalDate vergaderdatum, int agendanummer,
        String portefeuillehouder, String team, List<Punt> besluitpunten, List<Tekst> secties, List<String> bijlagen,
        Instant gewijzigdOp) {

    /**
     * A besluitpunt as decided. {@code voorgesteldeTekst} is the proposed text where the college amended it (else
     * null); {@code uitgevoerd} says what was done because of it, when an effect was carried out.
     */
    public record Punt(int nummer, String tekst, String voorgesteldeTekst, boolean vervallen, String uitgevoerd) {
    }

    /** A non-empty text section: heading, optional fixed subheading, Markdown text. */
    public record Tekst(Sectie sectie, String kop, String ondertitel, String markdown) {
    }

    public OpenbaarBesluit {
        besluitpunten = List.copyOf(besluitpunten);
        secties = List.copyOf(secties);
        bijlagen = List.copyOf(bijlagen);
    }
}
