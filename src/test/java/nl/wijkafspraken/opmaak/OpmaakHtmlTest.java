package nl.wijkafspraken.opmaak;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OpmaakHtmlTest {

    private final Opmaak opmaak = new Opmaak();

    @Test
    void htmlInDeTekstWordtAlsTekstGetoond() {
        String html = opmaak.naarHtml("Hallo <script>alert('x')</script> en <b onclick=\"f()\">vet</b>");

        assertThat(html).doesNotContain("<script", "<b ").contains("&lt;script&gt;", "&lt;b onclick=");
    }

    @Test
    void htmlBlokWordtAlsTekstGetoond() {
        String html = opmaak.naarHtml("<div><img src=x onerror=alert(1)></div>");

        assertThat(html).doesNotContain("<div", "<img").contains("&lt;div&gt;");
    }

    @Test
    void javascriptLinkVerliestZijnDoel() {
        String html = opmaak.naarHtml("[klik hier](javascript:alert(document.cookie)) of [zo](JaVaScRiPt:alert(1))");

        assertThat(html).doesNotContainIgnoringCase("javascript").contains(">klik hier</a>", ">zo</a>");
    }

    @Test
    void dataLinkVerliestZijnDoel() {
        assertThat(opmaak.naarHtml("[x](data:text/html;base64,PHNjcmlwdD4=)")).doesNotContain("data:");
    }

    @Test
    void httpsEnMailtoLinksBlijven() {
        String html = opmaak.naarHtml("[site](https://www.aalsmeer.nl/participatie) en [mail](mailto:info@example.nl)");

        assertThat(html).containsPattern("<a [^>]*href=\"https://www.aalsmeer.nl/participatie\"[^>]*>site</a>")
                .containsPattern("<a [^>]*href=\"mailto:info@example.nl\"[^>]*>mail</a>");
    }

    @Test
    void afbeeldingWordtAlleenAlsTekstGetoond() {
        String html = opmaak.naarHtml("![Logo van de gemeente](https://tracker.example/pixel.png)");

        assertThat(html).doesNotContain("<img", "tracker").contains("Logo van de gemeente");
    }

    @Test
    void tabelKrijgtKopcellenMetScopeEnDeUitlijningVanDeMarkdown() {
        String html = opmaak.naarHtml(Voorbeelddocumenten.FINANCIEN);

        assertThat(html).contains("<table>", "<thead>", "<tbody>")
                .containsPattern("<th[^>]*scope=\"col\"[^>]*>Post</th>")
                .containsPattern("<th[^>]*align=\"right\"[^>]*>2029</th>")
                .contains("<td align=\"right\">€ 42.500</td>", "<td align=\"right\"><strong>€ 46.351</strong></td>");
    }

    @Test
    void lijstenAlineasEnNadruk() {
        String html = opmaak.naarHtml("""
                Een *belangrijke* en **zware** zin.

                - eerste
                - tweede
                  - genest

                3. drie
                4. vier
                """);

        assertThat(html).contains("<p>Een <em>belangrijke</em> en <strong>zware</strong> zin.</p>",
                "<ul>\n<li>eerste</li>", "<li>tweede\n<ul>\n<li>genest</li>", "<ol start=\"3\">", "<li>vier</li>");
    }

    @Test
    void kopInDeTekstKomtTweeNiveausLager() {
        assertThat(opmaak.naarHtml("# Uitvoering\n\n#### Diep\n\n###### Diepst")).contains("<h3>Uitvoering</h3>",
                "<h6>Diep</h6>", "<h6>Diepst</h6>");
    }

    @Test
    void legeTekstGeeftNiets() {
        assertThat(opmaak.naarHtml(null)).isEmpty();
        assertThat(opmaak.naarHtml(" \n\t ")).isEmpty();
    }
}
