package nl.wijkafspraken.opmaak;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import nl.wijkafspraken.opmaak.CollegevoorstelDocument.Gegeven;
import nl.wijkafspraken.opmaak.OndertekendeAfsprakenDocument.Artikel;
import nl.wijkafspraken.opmaak.OndertekendeAfsprakenDocument.Bewijs;
import nl.wijkafspraken.opmaak.OndertekendeAfsprakenDocument.Bewijspagina;
import nl.wijkafspraken.opmaak.OndertekendeAfsprakenDocument.Gebeurtenis;
import nl.wijkafspraken.opmaak.OndertekendeAfsprakenDocument.Ondertekenaar;

/**
 * Object mother: signed afspraken of a fictional wijkoverleg with made-up signers, for the PDF tests here and the
 * seal and verification tests in module zegel (which need no signing flow to get a realistic document).
 */
public final class OndertekendeAfsprakenVoorbeeld {

    public static final String HASH = "3f9a1c0e7b24d5a86f01e2c3b4a5d6e7f8091a2b3c4d5e6f708192a3b4c5d6e7";
    public static final String VERIFICATIE_URL = "https://wijkafspraken.example/verifieren";

    /** 4 mei 2026 14:03 and 14:17 Dutch summer time, 5 mei 2026 09:30. */
    public static final Instant EERSTE = Instant.parse("2026-05-04T12:03:00Z");
    public static final Instant TWEEDE = Instant.parse("2026-05-04T12:17:00Z");
    public static final Instant DERDE = Instant.parse("2026-05-05T07:30:00Z");

    private OndertekendeAfsprakenVoorbeeld() {
    }

    public static OndertekendeAfsprakenDocument document() {
        return document("Wijkoverleg Hornmeer", VERIFICATIE_URL);
    }

    public static OndertekendeAfsprakenDocument document(String partij, String verificatieUrl) {
        return new OndertekendeAfsprakenDocument(
                "Aalsmeer",
                "Samenwerkingsafspraken Wijkoverleggen Aalsmeer",
                2,
                LocalDate.of(2026, 5, 4),
                LocalDate.of(2031, 5, 3),
                "B&W-besluit van 4 mei 2026, zaaknummer Z26-021435",
                artikelen(),
                partij,
                HASH,
                List.of(new Ondertekenaar("Anna de Vries-Oosterhout", "Voorzitter", partij, EERSTE,
                                "Persoonlijke link per e-mail en eenmalige code", null),
                        new Ondertekenaar("Jeroen Bakker", "Secretaris", partij, TWEEDE,
                                "Persoonlijke link per e-mail en eenmalige code", null),
                        new Ondertekenaar("L.M. Visser", "Wethouder participatie", "Gemeente Aalsmeer", DERDE,
                                "Ingelogd in Wijkafspraken",
                                "Mandaat ondertekening samenwerkingsafspraken, verleend bij B&W-besluit van 4 mei "
                                        + "2026 (Z26-021435), geldig van 4 mei 2026 tot en met 3 mei 2031")),
                verificatieUrl,
                "Ronde 17 (kenmerk ronde/17/wijkoverleg/4)",
                List.of(new Bewijspagina(partij, List.of(
                                new Gebeurtenis(EERSTE.minusSeconds(86_400), "Uitgenodigd", "Anna de Vries-Oosterhout "
                                        + "(voorzitter)"),
                                new Gebeurtenis(EERSTE.minusSeconds(61), "Link geopend",
                                        "Anna de Vries-Oosterhout (voorzitter)"),
                                new Gebeurtenis(EERSTE.minusSeconds(47), "Eenmalige code aanvaard",
                                        "Anna de Vries-Oosterhout (voorzitter)"),
                                new Gebeurtenis(EERSTE, "Ondertekend", "Anna de Vries-Oosterhout (voorzitter)")),
                                List.of(new Bewijs("Anna de Vries-Oosterhout", List.of(
                                        new Gegeven("Authenticatie", "Persoonlijke link en eenmalige code per e-mail"),
                                        new Gegeven("Getypte naam", "Anna de Vries"))))),
                        new Bewijspagina("Gemeente Aalsmeer", List.of(
                                new Gebeurtenis(DERDE, "Ondertekend", "L.M. Visser (wethouder)")),
                                List.of(new Bewijs("L.M. Visser", List.of(new Gegeven("Mandaat",
                                        "Ondertekening samenwerkingsafspraken, besluit Z26-021435")))))));
    }

    public static List<Artikel> artikelen() {
        return List.of(
                new Artikel(1, "Doel", """
                        De gemeente en het wijkoverleg werken samen aan een leefbare wijk. Initiatieven zijn \
                        ‘van en voor bewoners’; het wijkoverleg blijft zelfstandig."""),
                new Artikel(2, "Rollen", """
                        Het wijkoverleg:

                        - haalt signalen en ideeën op bij bewoners;
                        - bespreekt die met de gemeente, ten minste vier keer per jaar;
                        - is aanspreekpunt voor de wijk.

                        De gemeente benoemt een **vaste contactpersoon** per wijk."""),
                new Artikel(3, "Looptijd en verlenging", """
                        Deze afspraken gelden vijf jaar. Zij worden elk jaar op het *gezamenlijk wijkoverleg* \
                        geëvalueerd en verlengd; wijzigingen die een besluit vragen gaan dat jaar naar het college."""));
    }
}
