package nl.wijkafspraken.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.wijkafspraken.support.IntegratieTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Crawls every public page and API answer of a gemeente, as a visitor without login, following every link from
 * {@code /openbaar/{code}} and from the API, PDFs and CSV included. The gemeente is seeded with personal data (board
 * members' names, e-mail addresses and phone numbers, the civil servant's contact details, accounts, audit lines
 * with an IP address) and with what is not public (a besluit with Openbaarheid nee, one not yet published, a concept
 * version, the evaluations of a renewal, a signature's kenmerk): none of it may appear anywhere.
 */
@IntegratieTest
class OpenbaarRegisterCrawlTest {

    @LocalServerPort
    int poort;
    @Autowired
    Registergegevens gegevens;

    @Test
    void geenPersoonsgegevensEnNietsDatNietOpenbaarIsOpEnigePubliekePaginaOfInDeOpenData() {
        var register = gegevens.register();
        var code = register.code();
        var bezoeker = new Openbaar(poort);
        var bezocht = bezoeker.crawl(List.of("/openbaar", "/openbaar/" + code, "/toegankelijkheid",
                        "/api/v1/gemeenten", "/api/v1/gemeenten/" + code, "/v3/api-docs",
                        "/openbaar/" + code + "/zoeken?q=wijkoverleggen", "/openbaar/" + code + "/zoeken?q=afspraken",
                        "/api/v1/gemeenten/" + code + "/zoeken?q=wijkoverleg&aantal=1",
                        "/openbaar/" + code + "/afspraken/" + register.afsprakenId() + "/vergelijken?van=2&naar=1"),
                link -> link.equals("/openbaar") || link.startsWith("/openbaar/" + code + "/")
                        || link.equals("/openbaar/" + code) || link.startsWith("/api/v1/gemeenten/" + code),
                400);

        assertThat(bezocht.values()).as("every link leads to a public answer")
                .allSatisfy(a -> assertThat(a.status()).as(a.pad()).isEqualTo(200));
        var paden = bezocht.keySet();
        assertThat(paden).as("the crawl reached every kind of page").contains(
                "/openbaar/" + code + "/wijkoverleggen",
                "/openbaar/" + code + "/afspraken",
                "/openbaar/" + code + "/afspraken/" + register.afsprakenId(),
                "/openbaar/" + code + "/afspraken/" + register.afsprakenId() + "/versies/1",
                "/openbaar/" + code + "/afspraken/" + register.afsprakenId() + "/versies/2",
                "/openbaar/" + code + "/afspraken/" + register.afsprakenId() + "/vergelijken",
                "/openbaar/" + code + "/convenanten",
                "/openbaar/" + code + "/besluiten",
                "/openbaar/" + code + "/besluiten/" + register.vaststelling().identificatie(),
                "/openbaar/" + code + "/besluiten/" + register.vaststelling().identificatie() + "/pdf",
                "/api/v1/gemeenten/" + code + "/wijkoverleggen",
                "/api/v1/gemeenten/" + code + "/wijkoverleggen.csv",
                "/api/v1/gemeenten/" + code + "/wijkoverleggen/" + register.noord(),
                "/api/v1/gemeenten/" + code + "/afspraken/" + register.afsprakenId(),
                "/api/v1/gemeenten/" + code + "/afspraken/" + register.afsprakenId() + "/versies/2",
                "/api/v1/gemeenten/" + code + "/convenanten",
                "/api/v1/gemeenten/" + code + "/besluiten/" + register.vaststelling().identificatie(),
                "/api/v1/gemeenten/" + code + "/besluiten/" + register.vaststelling().identificatie() + "/pdf");
        assertThat(bezocht.values().stream().map(a -> a.type().replaceAll(";.*", "")).distinct())
                .contains("text/html", "application/json", "application/pdf", "text/csv");

        Map<String, String> teksten = bezocht.values().stream()
                .collect(Collectors.toMap(Openbaar.Antwoord::pad, Openbaar.Antwoord::tekst));
        for (var geheim : register.geheimen()) {
            var gevonden = teksten.entrySet().stream().filter(e -> e.getValue().contains(geheim))
                    .map(Map.Entry::getKey).toList();
            assertThat(gevonden).as("pages and answers that show '%s'", geheim).isEmpty();
        }
        var alles = String.join("\n", teksten.values());
        assertThat(alles).as("the public data is there (so the crawl looked at real content)")
                .contains(register.openbaar());
        assertThat(bezocht.values()).as("text from the database is escaped on every page")
                .filteredOn(a -> a.type().startsWith("text/html"))
                .allSatisfy(a -> assertThat(a.tekst()).as(a.pad()).doesNotContain("<script>alert("));
    }

    @Test
    void deZoekfunctieVindtNietsDatNietOpenbaarIs() {
        var register = gegevens.register();
        var bezoeker = new Openbaar(poort);
        for (var geheim : register.geheimen()) {
            var antwoord = bezoeker.get("/api/v1/gemeenten/" + register.code() + "/zoeken?q="
                    + java.net.URLEncoder.encode(geheim, java.nio.charset.StandardCharsets.UTF_8));
            assertThat(antwoord.status()).as(geheim).isEqualTo(200);
            assertThat(antwoord.json().get("totaalAantal").asLong()).as("hits for '%s'", geheim).isZero();
        }
    }
}
