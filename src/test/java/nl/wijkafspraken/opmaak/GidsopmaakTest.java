package nl.wijkafspraken.opmaak;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A chapter of the user guide: its title, its own screenshots as images, and nothing unsafe from its text. */
class GidsopmaakTest {

    private final Gidsopmaak opmaak = new Gidsopmaak();

    @Test
    void deEersteKopIsDeTitelEnStaatNietInDeTekst() {
        var tekst = opmaak.naarHtml("# Een ronde starten\n\nEerst dit.\n\n## Stap 1: kies\n\nDan dat.", "/hulp/");

        assertThat(tekst.titel()).isEqualTo("Een ronde starten");
        assertThat(tekst.html()).doesNotContain("Een ronde starten", "<h1").contains("<h2>Stap 1: kies</h2>");
    }

    @Test
    void eenSchermafdrukUitDeEigenMapWordtEenAfbeeldingMetAlternatieveTekst() {
        var tekst = opmaak.naarHtml("# T\n\n![Het formulier \"nieuw\"](ronde-starten-formulier.png)", "/hulp/afb/");

        assertThat(tekst.html()).contains("<img src=\"/hulp/afb/ronde-starten-formulier.png\" "
                + "alt=\"Het formulier &quot;nieuw&quot;\" loading=\"lazy\" />");
        assertThat(tekst.afbeeldingen()).containsExactly("ronde-starten-formulier.png");
    }

    @Test
    void eenAfbeeldingVanEldersOfBuitenDeMapBlijftTekst() {
        var html = opmaak.naarHtml("# T\n\n![extern](https://example.org/x.png) ![omhoog](../geheim.png) "
                + "![script](javascript:alert(1))", "/hulp/").html();

        assertThat(html).doesNotContain("<img", "example.org", "geheim.png", "javascript").contains("extern", "omhoog");
    }

    @Test
    void htmlInDeTekstWordtTekstEnGevaarlijkeLinksVerliezenHunDoel() {
        var tekst = opmaak.naarHtml("# T\n\nZie <script>alert(1)</script> [klik](javascript:alert(1)) "
                + "[lijst](/wijkoverleggen)", "/hulp/");

        assertThat(tekst.html()).doesNotContain("<script", "javascript:").contains("&lt;script&gt;",
                "href=\"/wijkoverleggen\">lijst</a>");
        assertThat(tekst.koppelingen()).containsExactly("javascript:alert(1)", "/wijkoverleggen");
    }
}
