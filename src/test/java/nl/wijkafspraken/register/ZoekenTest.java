package nl.wijkafspraken.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import nl.wijkafspraken.support.IntegratieTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Full-text search over the published besluiten and afspraken: Dutch word forms, highlights that are the only
 * markup in an otherwise escaped excerpt, best hits first, pages.
 */
@IntegratieTest
class ZoekenTest {

    @LocalServerPort
    int poort;
    @Autowired
    Registergegevens gegevens;

    Registergegevens.Gemeente gemeente;
    Openbaar bezoeker;

    @BeforeEach
    void gemeente() {
        gemeente = gegevens.gemeente();
        bezoeker = new Openbaar(poort);
    }

    private List<String> titels(String vraag) {
        var antwoord = bezoeker.get("/api/v1/gemeenten/" + gemeente.code() + "/zoeken?aantal=100&q="
                + URLEncoder.encode(vraag, StandardCharsets.UTF_8));
        assertThat(antwoord.status()).as(vraag).isEqualTo(200);
        var titels = new ArrayList<String>();
        antwoord.json().get("inhoud").values().forEach(t -> titels.add(t.get("titel").asString()));
        return titels;
    }

    @Test
    void eenMeervoudVindtHetEnkelvoudEnOmgekeerd() {
        var datum = Registergegevens.MAART;
        gegevens.gepubliceerd(gemeente, datum, "Subsidie buurtfeest", "Het wijkoverleg vraagt subsidie aan.");
        gegevens.gepubliceerd(gemeente, datum, "Haltes", "De bussen stoppen voortaan bij het gemeentehuis.");
        gegevens.gepubliceerd(gemeente, datum, "Verkeer", "Eén bus rijdt om; de verkeersbesluiten volgen.");

        assertThat(titels("wijkoverleggen")).containsExactly("Subsidie buurtfeest");
        assertThat(titels("wijkoverleg")).containsExactly("Subsidie buurtfeest");
        assertThat(titels("bus")).containsExactlyInAnyOrder("Haltes", "Verkeer");
        assertThat(titels("bussen")).containsExactlyInAnyOrder("Haltes", "Verkeer");
        assertThat(titels("stop")).containsExactly("Haltes");
        assertThat(titels("buurtfeesten")).containsExactly("Subsidie buurtfeest");
        assertThat(titels("\"bij het gemeentehuis\"")).containsExactly("Haltes");
        assertThat(titels("bus -haltes")).containsExactly("Verkeer");
        assertThat(titels("de het een")).as("only stop words").isEmpty();
        assertThat(titels("<script> & | ! ( :* \"")).as("any text is a question, never an error").isEmpty();
    }

    @Test
    void deMarkeringIsHetEnigeHtmlInHetUittreksel() {
        gegevens.gepubliceerd(gemeente, Registergegevens.MAART, "Opmaak",
                "Het wijkoverleg schreef <b>vet</b> & \"aanhalingen\" en \uE000los\uE001 <img src=x onerror=alert(1)>.");
        var antwoord = bezoeker.get("/api/v1/gemeenten/" + gemeente.code() + "/zoeken?q=wijkoverleggen");
        var uittreksel = antwoord.json().get("inhoud").get(0).get("uittrekselHtml").asString();
        // PostgreSQL's ts_headline drops what it parses as a tag (<b>); whatever is left is escaped
        assertThat(uittreksel).contains("<mark>wijkoverleg</mark>", "vet", "&amp;", "&quot;aanhalingen&quot;",
                "&lt;img src=x onerror=alert").doesNotContain("<b>", "<img", "\uE000");
        assertThat(uittreksel.replace("<mark>", "").replace("</mark>", "")).doesNotContain("<", ">");

        var pagina = bezoeker.get("/openbaar/" + gemeente.code() + "/zoeken?q=wijkoverleggen").tekst();
        assertThat(pagina).contains("<mark>wijkoverleg</mark>", "&lt;img src=x").doesNotContain("<b>vet",
                "<img src=x");
    }

    @Test
    void eenTrefferInDeTitelGaatVoorEenTrefferInDeTekst() {
        gegevens.gepubliceerd(gemeente, Registergegevens.MAART, "Over iets anders",
                "Terloops: ook de speeltuin komt aan bod.");
        gegevens.gepubliceerd(gemeente, Registergegevens.MAART, "Nieuwe speeltuin", "Er komt een plek om te spelen.");
        assertThat(titels("speeltuin")).containsExactly("Nieuwe speeltuin", "Over iets anders");
    }

    @Test
    void zoekresultatenKomenInPaginas() {
        for (int i = 1; i <= 21; i++) {
            gegevens.gepubliceerd(gemeente, Registergegevens.MAART, "Vergunning nummer " + i,
                    "Een vergunning voor het wijkoverleg.");
        }
        var basis = "/openbaar/" + gemeente.code() + "/zoeken?q=vergunningen";
        var eerste = bezoeker.get(basis).tekst();
        assertThat(eerste).contains("21 resultaten voor vergunningen", "Pagina 1 van 2", "pagina=1");
        assertThat(eerste.split("class=\"zoekresultaat\"", -1)).hasSize(21);
        var tweede = bezoeker.get(basis + "&pagina=1");
        assertThat(tweede.status()).isEqualTo(200);
        assertThat(tweede.tekst()).contains("Pagina 2 van 2");
        assertThat(tweede.tekst().split("class=\"zoekresultaat\"", -1)).hasSize(2);
        assertThat(bezoeker.get(basis + "&pagina=2").status()).isEqualTo(404);

        var api = bezoeker.get("/api/v1/gemeenten/" + gemeente.code() + "/zoeken?q=vergunning&aantal=8&pagina=2")
                .json();
        assertThat(api.get("inhoud").size()).isEqualTo(5);
        assertThat(api.get("totaalAantal").asLong()).isEqualTo(21);
        assertThat(api.get("totaalPaginas").asInt()).isEqualTo(3);
        assertThat(api.get("volgende").isNull()).isTrue();
        assertThat(api.get("vorige").asString()).endsWith("zoeken?q=vergunning&pagina=1&aantal=8");
    }
}
