package nl.wijkafspraken.opmaak;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import nl.wijkafspraken.opmaak.CollegevoorstelDocument.Sectie;
import org.junit.jupiter.api.Test;

/** Lettered lists and superscript: the same on screen and in the PDF. */
class OpmaakDialectTest {

    static final String BESLUIT = """
            Het college besluit:
            A. de Samenwerkingsafspraken vast te stellen, met:
               1. de 1^e^ wijziging van de afspraken;
               2. de bijlage met de wijken;
            B. de convenanten uit 2007 in te trekken;
            C. de wethouder mandaat te verlenen.

            a) eerste punt
            b) tweede punt
            """;

    private final Opmaak opmaak = new Opmaak();

    @Test
    void letterlijstWordtEenLijstMetLettersEnGenesteNummers() {
        String html = opmaak.naarHtml(BESLUIT);

        assertThat(html).contains("<p>Het college besluit:</p>", "<ol type=\"A\">",
                "<li>de Samenwerkingsafspraken vast te stellen, met:\n<ol>\n<li>de 1<sup>e</sup> wijziging",
                "<li>de convenanten uit 2007 in te trekken;</li>", "<ol type=\"a\" class=\"lijst--haakje\">",
                "<li>tweede punt</li>");
        assertThat(html).doesNotContain("A. de", "B. de", "^");
    }

    @Test
    void letterlijstBegintWaarDeTekstBegint() {
        assertThat(opmaak.naarHtml("C. derde\nD. vierde")).contains("<ol type=\"A\" start=\"3\">", "<li>vierde</li>");
    }

    @Test
    void hoofdlettersMetHaakjeKrijgenHunEigenKlasse() {
        assertThat(opmaak.naarHtml("A) een\nB) twee"))
                .contains("<ol type=\"A\" class=\"lijst--haakje lijst--hoofdletters\">", "<li>twee</li>");
    }

    @Test
    void initiaalMiddenInEenAlineaBlijftTekst() {
        String html = opmaak.naarHtml("Aanwezig was de voorzitter,\nJ. de Vries, en de secretaris.");

        assertThat(html).doesNotContain("<ol").contains("J. de Vries");
    }

    @Test
    void losDakjeBlijftEenDakje() {
        assertThat(opmaak.naarHtml("2^10 is 1024")).contains("2^10 is 1024").doesNotContain("<sup>");
    }

    @Test
    void superschriftIsVeiligeHtml() {
        assertThat(opmaak.naarHtml("1^e<script>^")).doesNotContain("<script>").contains("<sup>e&lt;script&gt;</sup>");
    }

    @Test
    void pdfToontElkeLetterBijZijnPuntEnHoudtDeNummeringVanGenesteLijsten() {
        var document = Voorbeelddocumenten.metSecties(List.of(new Sectie("Samenvatting", BESLUIT)));
        var tekst = PdfTekst.van(new PdfService().collegevoorstel(document));

        assertThat(tekst.regels()).containsSubsequence("Het college besluit:",
                "A. de Samenwerkingsafspraken vast te stellen, met:", "1. de 1e wijziging van de afspraken;",
                "2. de bijlage met de wijken;", "B. de convenanten uit 2007 in te trekken;",
                "C. de wethouder mandaat te verlenen.", "a) eerste punt", "b) tweede punt");
    }
}
