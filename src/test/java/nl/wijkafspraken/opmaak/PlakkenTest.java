package nl.wijkafspraken.opmaak;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import nl.wijkafspraken.opmaak.CollegevoorstelDocument.Sectie;
import org.junit.jupiter.api.Test;

/**
 * Pasting from Word 365, LibreOffice and web pages: the clipboard HTML in src/test/resources/plakken has the shape
 * these programs put on the clipboard (Word's list paragraphs with a literal "A." in an mso-list:Ignore span, its
 * tables with mso- styles and paragraphs in cells; LibreOffice's ol type="A" and footnotes).
 */
class PlakkenTest {

    static final String FINANCIEN_TABEL = """
            | **Financiële gevolgen (bedragen in €)** | | | | |
            | --- | ---: | ---: | ---: | ---: |
            | | **2026** | **2027** | **2028** | **2029 e.v.** |
            | Subsidie wijkoverleggen | € 477.800 | € 547.600 | € 547.600 | € 547.600 |
            | Ondersteuning wijkregisseurs | € 82.500 | € 84.150 | € 85.833 | € 87.550 |
            | Gezamenlijk wijkoverleg (café De Oude Veiling) | € 1.200 | € 1.200 | € 1.250 | € 1.250 |
            | **Totaal** | **€ 561.500** | **€ 632.950** | **€ 634.683** | **€ 636.400** |""";

    static final String LETTERLIJST = """
            A. de *Samenwerkingsafspraken Wijkoverleggen Aalsmeer* vast te stellen;
            B. de convenanten wijkbeheer met de wijkoverleggen uit 2007 in te trekken, te weten:
               1. het convenant met Wijkraad Oosteinde;
               2. het convenant met Buurtvereniging Kudelstaart;
               3. het convenant met Wijkoverleg Hornmeer;
            C. de wethouder participatie mandaat te verlenen om namens de gemeente de samenwerkingsafspraken te ondertekenen;
            D. de 1^e^ evaluatie te houden in het **gezamenlijke wijkoverleg** van 2027;
            E. de raad te informeren met een raadsinformatiebrief;
            F. dit besluit openbaar te maken.""";

    private final Plakken plakken = new Plakken();

    static String bestand(String naam) {
        try (var in = PlakkenTest.class.getResourceAsStream("/plakken/" + naam)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void wordTabelHoudtElkeCelInHaarRijEnKolomOokDeLegeEersteCelEnDeSamengevoegdeKop() {
        String markdown = plakken.naarMarkdown(bestand("word365-financien.html"), bestand("word365-financien.txt"));

        assertThat(markdown).startsWith("De kosten van de samenwerking zijn gedekt binnen de begroting 2026 en de "
                + "meerjarenraming:\n\n" + FINANCIEN_TABEL + "\n\n")
                .endsWith("Bedragen zijn inclusief de 1^e^ indexering (*prijspeil 2026*).")
                .doesNotContain("mso-", "o:p", "<", "&nbsp;", "\u00a0", "StartFragment");
    }

    @Test
    void wordLijstalineasWordenEenLetterlijstMetGenesteNummersOpsommingEnHaakjes() {
        String markdown = plakken.naarMarkdown(bestand("word365-besluit.html"), null);

        assertThat(markdown).isEqualTo("**Het college van burgemeester en wethouders besluit:**\n\n" + LETTERLIJST
                + "\n\nBetrokken wijken:\n\n- Oosteinde\n- Kudelstaart\n\nToelichting per wijk:\n\n"
                + "a) Oosteinde: het wijkoverleg blijft bestaan;\nb) Kudelstaart: een nieuw bestuur treedt aan.");
    }

    @Test
    void libreOfficeLijstTabelLinkEnVoetnoot() {
        String markdown = plakken.naarMarkdown(bestand("libreoffice-besluit.html"), null);

        assertThat(markdown).contains("""
                A. de *Samenwerkingsafspraken Wijkoverleggen Aalsmeer* vast te stellen;
                B. de convenanten wijkbeheer uit 2007 in te trekken, te weten:
                   1. het convenant met Wijkraad Oosteinde;
                   2. het convenant met Buurtvereniging Kudelstaart;
                C. de 1^e^ evaluatie te houden in 2027^1^;
                D. dit besluit openbaar te maken (zie [aalsmeer.nl](https://www.aalsmeer.nl/participatie)).""",
                """
                | | **2026** | **2027** | **2028** | **2029 e.v.** |
                | --- | ---: | ---: | ---: | ---: |
                | Subsidie wijkoverleggen | € 477.800 | € 547.600 | € 547.600 | € 547.600 |""",
                "^1^ Tijdens het gezamenlijke wijkoverleg.");
    }

    @Test
    void aalsmeerVoorstelUitWordHoudtNummeringNadrukEnAlineas() {
        String markdown = plakken.naarMarkdown(bestand("aalsmeer-voorstel.html"), null);

        assertThat(markdown).startsWith("""
                Het college van burgemeester en wethouders besluit:

                1. de *Samenwerkingsafspraken Wijkoverleggen Aalsmeer* vast te stellen;
                2. de convenanten wijkbeheer met de wijkoverleggen uit 2007 in te trekken;
                3. De Wethouder participatie mandaat""")
                .contains("\n\n## Samenvatting\n\nDe gemeente Aalsmeer werkt al langere tijd samen")
                .contains("\n\nMet dit besluit worden de eerdere convenanten wijkbeheer");
    }

    @Test
    void tabGescheidenTekstWordtEenTabel() {
        String markdown = plakken.naarMarkdown(null, bestand("word365-financien.txt"));

        assertThat(markdown).contains("""
                | Financiële gevolgen (bedragen in €) | | | | |
                | --- | ---: | ---: | ---: | ---: |
                | | 2026 | 2027 | 2028 | 2029 e.v. |
                | Subsidie wijkoverleggen | € 477.800 | € 547.600 | € 547.600 | € 547.600 |""")
                .endsWith("| Totaal | € 561.500 | € 632.950 | € 634.683 | € 636.400 |\n\n"
                        + "Bedragen zijn inclusief de 1e indexering (prijspeil 2026).");
    }

    @Test
    void eenEnkeleRegelMetTabBlijftTekst() {
        assertThat(plakken.naarMarkdown("", "naam\twaarde")).isEqualTo("naam\twaarde");
    }

    @Test
    void samengevoegdeRijenLatenHunPlaatsenLeeg() {
        String markdown = plakken.naarMarkdown("""
                <table><tr><th rowspan="2">Post</th><th colspan="2">Jaar</th></tr>
                <tr><th>2026</th><th>2027</th></tr>
                <tr><td>Subsidie</td><td>€ 1</td><td>€ 2</td></tr></table>""", null);

        assertThat(markdown).isEqualTo("""
                | Post | Jaar | |
                | --- | ---: | ---: |
                | | 2026 | 2027 |
                | Subsidie | € 1 | € 2 |""");
    }

    @Test
    void stijlenVanGoogleDocsEnWebpaginasWordenNadruk() {
        String markdown = plakken.naarMarkdown("""
                <b style="font-weight:normal;" id="docs-internal-guid-1"><p dir="ltr"><span style="font-weight:700">Vet</span>
                <span style="font-style:italic">schuin</span> en 2<span style="vertical-align:super">e</span> keer</p></b>""",
                null);

        assertThat(markdown).isEqualTo("**Vet** *schuin* en 2^e^ keer");
    }

    @Test
    void scriptsStijlenAfbeeldingenEnGevaarlijkeLinksVerdwijnen() {
        String markdown = plakken.naarMarkdown("""
                <style>p { color: red }</style><script>alert('x')</script>
                <p onclick="steel()">Tekst <img src="https://tracker.example/p.png" alt="pixel">
                <a href="javascript:alert(1)">klik</a> <a href="https://example.nl/a(b)">site</a></p>
                <iframe src="https://example.nl"></iframe>""", null);

        assertThat(markdown).isEqualTo("Tekst klik [site](https://example.nl/a%28b%29)");
    }

    @Test
    void markdowntekensInDeTekstBlijvenTekst() {
        String markdown = plakken.naarMarkdown("<p># geen kop, *geen nadruk* en [geen link] 2^10</p>", null);

        assertThat(markdown).isEqualTo("\\# geen kop, \\*geen nadruk\\* en \\[geen link\\] 2\\^10");
        assertThat(new Opmaak().naarHtml(markdown))
                .isEqualTo("<p># geen kop, *geen nadruk* en [geen link] 2^10</p>\n");
    }

    @Test
    void geplakteWordtekstStaatGoedOpHetSchermEnInDePdf() {
        String markdown = plakken.naarMarkdown(bestand("word365-besluit.html"), null) + "\n\n"
                + plakken.naarMarkdown(bestand("word365-financien.html"), null);

        assertThat(new Opmaak().naarHtml(markdown)).contains("<ol type=\"A\">", "<sup>e</sup>",
                "<ol type=\"a\" class=\"lijst--haakje\">", "<td></td>", "<td align=\"right\">€ 477.800</td>");
        var document = Voorbeelddocumenten.metSecties(List.of(new Sectie("Financiën", markdown)));
        var tekst = PdfTekst.van(new PdfService().collegevoorstel(document));
        assertThat(tekst.regels()).containsSubsequence(
                "A. de Samenwerkingsafspraken Wijkoverleggen Aalsmeer vast te stellen;",
                "B. de convenanten wijkbeheer met de wijkoverleggen uit 2007 in te trekken, te weten:",
                "1. het convenant met Wijkraad Oosteinde;", "2. het convenant met Buurtvereniging Kudelstaart;",
                "3. het convenant met Wijkoverleg Hornmeer;",
                "C. de wethouder participatie mandaat te verlenen om namens de gemeente de",
                "D. de 1e evaluatie te houden in het gezamenlijke wijkoverleg van 2027;",
                "E. de raad te informeren met een raadsinformatiebrief;", "F. dit besluit openbaar te maken.",
                "• Oosteinde", "a) Oosteinde: het wijkoverleg blijft bestaan;",
                "b) Kudelstaart: een nieuw bestuur treedt aan.",
                "Financiële gevolgen (bedragen in €)", "2026 2027 2028 2029 e.v.",
                "Subsidie wijkoverleggen € 477.800 € 547.600 € 547.600 € 547.600",
                "Ondersteuning wijkregisseurs € 82.500 € 84.150 € 85.833 € 87.550",
                "Totaal € 561.500 € 632.950 € 634.683 € 636.400");
    }
}
