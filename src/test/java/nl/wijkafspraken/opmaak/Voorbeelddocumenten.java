package nl.wijkafspraken.opmaak;

import java.time.LocalDate;
import java.util.List;

import nl.wijkafspraken.opmaak.BesluitenlijstDocument.Agendaregel;
import nl.wijkafspraken.opmaak.CollegevoorstelDocument.Gegeven;
import nl.wijkafspraken.opmaak.CollegevoorstelDocument.Sectie;

/** Object mother: the Aalsmeer voorstel paraphrased, with fictional people, and a besluitenlijst. */
final class Voorbeelddocumenten {

    static final String FINANCIEN = """
            De vaststelling van de samenwerkingsafspraken zelf heeft geen nieuwe financiële consequenties. De \
            wijkoverleggen vallen onder de bestaande subsidieregelingen binnen de geldende begroting:

            | Post | 2026 | 2027 | 2028 | 2029 |
            |:-----|-----:|-----:|-----:|-----:|
            | Subsidie wijkoverleggen | € 42.500 | € 43.350 | € 44.217 | € 45.101 |
            | Gezamenlijk wijkoverleg (café De Oude Veiling) | € 1.200 | € 1.200 | € 1.250 | € 1.250 |
            | **Totaal** | **€ 43.700** | **€ 44.550** | **€ 45.467** | **€ 46.351** |

            Bedragen zijn inclusief de jaarlijkse indexering van 2%.
            """;

    private Voorbeelddocumenten() {
    }

    static CollegevoorstelDocument collegevoorstel(boolean concept) {
        return new CollegevoorstelDocument(
                "Aalsmeer",
                List.of(new Gegeven("Zaaknummer", "Z26-021435"),
                        new Gegeven("Openbaarheid", "Ja"),
                        new Gegeven("Raad", "Nee"),
                        new Gegeven("Afgestemd met portefeuillehouder via staf / mail datum", "4 mei 2026"),
                        new Gegeven("Behandelend ambtenaar",
                                "R. van der Meulen\n0612345678\nr.van.der.meulen@example.nl\nTeam Participatie"),
                        new Gegeven("Portefeuillehouder", "wethouder L.M. Visser")),
                "Samenwerkingsafspraken Wijkoverleggen Aalsmeer",
                CollegevoorstelDocument.STANDAARD_AANHEF,
                List.of("de *Samenwerkingsafspraken Wijkoverleggen Aalsmeer* vast te stellen;",
                        "de convenanten wijkbeheer met de wijkoverleggen uit 2007 in te trekken;",
                        "de wethouder participatie mandaat te verlenen om namens de gemeente de "
                                + "samenwerkingsafspraken samen met de wijken te ondertekenen."),
                secties(),
                List.of("Samenwerkingsafspraken Wijkoverleggen Aalsmeer", "Overzicht convenanten wijkbeheer 2007"),
                List.of("Behandeld in B&W-vergadering d.d. 4 mei 2026, nr. 10", "Besluit B&W: Conform advies"),
                concept,
                "Collegevoorstel Z26-021435 Samenwerkingsafspraken Wijkoverleggen Aalsmeer");
    }

    /** The same voorstel (decided) with other sections. */
    static CollegevoorstelDocument metSecties(List<Sectie> secties) {
        var voorstel = collegevoorstel(false);
        return new CollegevoorstelDocument(voorstel.gemeente(), voorstel.metadata(), voorstel.onderwerp(),
                voorstel.besluitAanhef(), voorstel.besluitpunten(), secties, voorstel.bijlagen(),
                voorstel.slotregels(), false, voorstel.titel());
    }

    static List<Sectie> secties() {
        return List.of(
                new Sectie("Samenvatting", """
                        De gemeente Aalsmeer werkt al langere tijd samen met de wijkoverleggen. In de \
                        participatievisie (2024) staat dat deze samenwerking verder wordt versterkt en dat \
                        duidelijke, gezamenlijke afspraken gewenst zijn.

                        Deze afspraken geven helderheid over rollen, verwachtingen en samenwerking. Het \
                        uitgangspunt is dat de wijkoverleggen zelfstandig blijven en dat initiatieven \
                        ‘van en voor bewoners’ zijn.

                        Met dit besluit worden de convenanten wijkbeheer uit 2007 vervangen door één actueel \
                        afsprakenkader."""),
                new Sectie("Doel", "Het opheffen van onduidelijkheden in rollen, werkwijze en samenwerking "
                        + "tussen gemeente en wijkoverleggen."),
                new Sectie("Prestatie", "Het vaststellen en gezamenlijk ondertekenen van de "
                        + "*Samenwerkingsafspraken Wijkoverleggen Aalsmeer*."),
                new Sectie("Voorgeschiedenis en context", """
                        Tijdens meerdere bijeenkomsten is gewerkt aan de (concept) afspraken:

                        - het gezamenlijke overleg van 18 november 2024;
                        - werksessies per wijk, onder meer in:
                          - Oosteinde;
                          - Kudelstaart;
                        - een schriftelijke reactieronde in het voorjaar van 2025.

                        In 2007 zijn met wijkraden en buurtverenigingen afzonderlijke convenanten gesloten. \
                        Deze zijn verouderd."""),
                new Sectie("Overwegingen die hebben geleid tot het voorgestelde besluit", """
                        De afspraken sluiten aan bij de participatievisie en ondersteunen de **zelfstandige rol** \
                        van de wijkoverleggen. De wijkoverleggen hebben ingestemd met de tekst; de afspraken \
                        bevatten geen verplichtingen die “juridische afdwingbaarheid” vereisen."""),
                new Sectie("Keuzemogelijkheden/alternatieven", "Geen"),
                new Sectie("Participatie", "De wensen zijn per wijk geïnventariseerd; de afspraken zijn in overleg "
                        + "met de wijkoverleggen tot stand gekomen."),
                new Sectie("Kanttekeningen en risico's", "Het eenzijdig vaststellen van afspraken zou kunnen "
                        + "leiden tot onuitvoerbaarheid; daarom zijn ze samen opgesteld."),
                new Sectie("Financiën", FINANCIEN),
                new Sectie("Communicatie", "   "),
                new Sectie("Vervolgstappen", """
                        ### Uitvoering en procesplanning

                        Na vaststelling door het college:

                        1. ondertekent de portefeuillehouder participatie de afspraken;
                        2. worden de afspraken gedeeld met de wijkoverleggen en de gemeentelijke teams;
                        3. gelden ze als basisvoorwaarden voor nieuw op te richten wijkoverleggen, zo mogelijk \
                        in Stommeer en De Dorper.

                        Meer informatie: [participatie Aalsmeer](https://www.aalsmeer.nl/participatie)."""),
                new Sectie("Evaluatie", "De afspraken gelden vijf jaar en worden jaarlijks tijdens het "
                        + "gezamenlijke wijkoverleg verlengd – een lichte evaluatie die in de reguliere "
                        + "overlegcyclus is ingebed."),
                new Sectie("Duurzaamheidsaspecten", "De afspraken hebben geen impact op duurzaamheid."));
    }

    static BesluitenlijstDocument besluitenlijst(boolean definitief) {
        return new BesluitenlijstDocument("Aalsmeer", LocalDate.of(2026, 5, 4), definitief, List.of(
                new Agendaregel(8, "Z26-020981", "Subsidieplafond sport en beweging 2027", "Conform advies", null),
                new Agendaregel(9, "Z26-021002", "Beantwoording schriftelijke vragen over de Uiterweg",
                        "Gewijzigd", "Antwoord op vraag 3 aangevuld met de planning van de herinrichting."),
                new Agendaregel(10, "Z26-021435", "Samenwerkingsafspraken Wijkoverleggen Aalsmeer",
                        "Conform advies", null),
                new Agendaregel(11, "Z26-021517", "Kermis Kudelstaart: ontheffing geluid", "Aangehouden",
                        "Terug naar de vergadering van 11 mei 2026 na advies van de omgevingsdienst.")));
    }
}
