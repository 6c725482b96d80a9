package nl.wijkafspraken.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.wijkafspraken.support.IntegratieTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Another gemeente's data never shows under this gemeente's code: not in pages, not in the API, not by id. */
@IntegratieTest
class GemeentenGescheidenTest {

    @LocalServerPort
    int poort;
    @Autowired
    Registergegevens gegevens;

    @Test
    void deGegevensVanEenAndereGemeenteVerschijnenNietOnderDezeCode() {
        var hier = gegevens.register();
        var daar = gegevens.register();
        var extra = gegevens.gepubliceerd(daar.gemeente(), Registergegevens.MAART.plusDays(7),
                "Alleen daar gepubliceerd", "Een besluit over wijkoverleggen, alleen in de andere gemeente.");
        var bezoeker = new Openbaar(poort);
        var code = hier.code();

        var bezocht = bezoeker.crawl(List.of("/openbaar/" + code, "/api/v1/gemeenten/" + code,
                        "/openbaar/" + code + "/zoeken?q=wijkoverleggen",
                        "/api/v1/gemeenten/" + code + "/zoeken?q=wijkoverleggen"),
                link -> link.startsWith("/openbaar/" + code + "/") || link.startsWith("/api/v1/gemeenten/" + code + "/"),
                300);
        var anderen = daar.openbaar().stream().filter(s -> !s.startsWith("B26-") && !s.startsWith("ondertekend op"))
                .toList();
        assertThat(anderen).isNotEmpty();
        for (var antwoord : bezocht.values()) {
            assertThat(antwoord.status()).as(antwoord.pad()).isEqualTo(200);
            assertThat(antwoord.tekst()).as(antwoord.pad()).doesNotContain(anderen)
                    .doesNotContain("Alleen daar gepubliceerd");
        }

        assertThat(bezoeker.get("/openbaar/" + code + "/besluiten/" + extra.identificatie()).status()).isEqualTo(404);
        assertThat(bezoeker.get("/openbaar/" + daar.code() + "/besluiten/" + extra.identificatie()).status())
                .isEqualTo(200);
        assertThat(bezoeker.get("/api/v1/gemeenten/" + code + "/besluiten/" + extra.identificatie() + "/pdf")
                .status()).isEqualTo(404);
        assertThat(bezoeker.get("/openbaar/" + code + "/afspraken/" + daar.afsprakenId()).status()).isEqualTo(404);
        assertThat(bezoeker.get("/openbaar/" + code + "/afspraken/" + daar.afsprakenId() + "/versies/1").status())
                .isEqualTo(404);
        assertThat(bezoeker.get("/api/v1/gemeenten/" + code + "/afspraken/" + daar.afsprakenId()).status())
                .isEqualTo(404);
        assertThat(bezoeker.get("/api/v1/gemeenten/" + code + "/wijkoverleggen/" + daar.noord()).status())
                .isEqualTo(404);
        assertThat(bezoeker.get("/api/v1/gemeenten/" + daar.code() + "/wijkoverleggen/" + daar.noord()).status())
                .isEqualTo(200);
    }
}
