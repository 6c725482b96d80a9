package nl.wijkafspraken.gedeeld;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkeringTest {

    @Test
    void alleenDeMarkeringenWordenHtmlDeRestWordtGeescaped() {
        var gemarkeerd = "Het " + Markering.BEGIN + "wijkoverleg" + Markering.EINDE + " <script>alert('x')</script> & \"co\"";
        assertThat(Markering.naarHtml(gemarkeerd)).isEqualTo(
                "Het <mark>wijkoverleg</mark> &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;co&quot;");
        assertThat(Markering.zonderMarkering(gemarkeerd)).isEqualTo("Het wijkoverleg <script>alert('x')</script> & \"co\"");
        assertThat(Markering.naarHtml(null)).isNull();
    }

    @Test
    void eenMarkeringInDeBronKanGeenHtmlWorden() {
        assertThat(Markering.naarHtml("ë & é")).isEqualTo("ë &amp; é");
        assertThat(Markering.UITTREKSEL).startsWith("StartSel=" + Markering.BEGIN + ", StopSel=" + Markering.EINDE);
        assertThat(Markering.SQL_ZONDER_MARKERINGEN.formatted("tekst"))
                .startsWith("regexp_replace(translate(tekst, '" + Markering.BEGIN + Markering.EINDE + "', '')");
    }
}
