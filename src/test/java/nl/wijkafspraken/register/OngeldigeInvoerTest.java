package nl.wijkafspraken.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.List;
import nl.wijkafspraken.support.IntegratieTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Bad input on the public pages: an unknown gemeente or object is "not found" with a way back to the register, a
 * malformed or out-of-range page number or an overlong question is a bad request, explained in Dutch; nothing can be
 * written.
 */
@IntegratieTest
class OngeldigeInvoerTest {

    @LocalServerPort
    int poort;
    @Autowired
    Registergegevens gegevens;
    @Autowired
    JdbcTemplate jdbc;

    Registergegevens.Register register;
    Openbaar bezoeker;
    String basis;

    @BeforeEach
    void register() {
        register = gegevens.register();
        bezoeker = new Openbaar(poort);
        basis = "/openbaar/" + register.code();
    }

    @Test
    void eenOnbekendeGemeenteOfEenOnbekendObjectIsNietGevonden() {
        for (var pad : List.of("/openbaar/bestaat-niet", "/openbaar/bestaat-niet/besluiten", "/openbaar/BESTAAT",
                "/openbaar/" + "x".repeat(60), basis + "/afspraken/999999999",
                basis + "/afspraken/" + register.afsprakenId() + "/versies/99",
                basis + "/afspraken/" + register.afsprakenId() + "/vergelijken?van=1&naar=99",
                basis + "/besluiten/B26-999999", basis + "/besluiten/B26-999999/pdf", basis + "/besluiten?pagina=3")) {
            var antwoord = bezoeker.get(pad);
            assertThat(antwoord.status()).as(pad).isEqualTo(404);
            assertThat(antwoord.tekst()).as(pad).contains("Niet gevonden",
                    "Dit bestaat niet in het openbaar register, of het is (nog) niet openbaar.", "href=\"/openbaar\"");
        }
    }

    @Test
    void eenOngeldigPaginanummerIsEenOngeldigVerzoek() {
        var negatief = bezoeker.get(basis + "/besluiten?pagina=-1");
        assertThat(negatief.status()).isEqualTo(400);
        assertThat(negatief.tekst()).contains("Ongeldig verzoek", "gebruik een geheel getal van 0 tot en met 10000");
        assertThat(bezoeker.get(basis + "/besluiten?pagina=10001").status()).isEqualTo(400);
        var tekst = bezoeker.get(basis + "/besluiten?pagina=een");
        assertThat(tekst.status()).isEqualTo(400);
        assertThat(tekst.tekst()).contains("Ongeldig verzoek").doesNotContain("Exception", "NumberFormat");
        assertThat(bezoeker.get(basis + "/zoeken?q=wijk&pagina=twee").status()).isEqualTo(400);
        assertThat(bezoeker.get(basis + "/afspraken/abc").status()).isEqualTo(400);
        assertThat(bezoeker.get(basis + "/afspraken/" + register.afsprakenId() + "/vergelijken?van=x&naar=1")
                .status()).isEqualTo(400);
        assertThat(bezoeker.get(basis + "/besluiten?pagina=0").status()).isEqualTo(200);
    }

    @Test
    void eenTeLangeZoekvraagWordtBijHetVeldUitgelegdEnBlijftStaan() {
        var vraag = "wijkoverleg".repeat(19);
        var antwoord = bezoeker.get(basis + "/zoeken?q=" + vraag);
        assertThat(antwoord.status()).isEqualTo(400);
        assertThat(antwoord.tekst()).contains("Uw zoekvraag is te lang: gebruik hoogstens 200 tekens.",
                "aria-invalid=\"true\"", "value=\"" + vraag + "\"", "id=\"q-fout\"");
        assertThat(bezoeker.get(basis + "/zoeken?q=" + "a".repeat(200)).status()).isEqualTo(200);
    }

    @Test
    void eenLegeGemeenteToontLegeOverzichten() {
        var leeg = gegevens.gemeente();
        var start = bezoeker.get("/openbaar/" + leeg.code());
        assertThat(start.status()).isEqualTo(200);
        assertThat(start.tekst()).contains("Geen actief wijkoverleg", "Er zijn nog geen vastgestelde samenwerkingsafspraken", "Geen convenanten<",
                "Nog geen gepubliceerde besluiten");
        for (var pad : List.of("/wijkoverleggen", "/afspraken", "/convenanten", "/besluiten", "/zoeken",
                "/zoeken?q=iets")) {
            assertThat(bezoeker.get("/openbaar/" + leeg.code() + pad).status()).as(pad).isEqualTo(200);
        }
        assertThat(bezoeker.get("/openbaar/" + leeg.code() + "/besluiten?pagina=1").status()).isEqualTo(404);
    }

    @Test
    void hetOpenbaarRegisterKanNietsWijzigen() {
        var voor = jdbc.queryForList("select * from besluit where gemeente_id = ? order by id", register.gemeente().id());
        for (var pad : List.of(basis + "/zoeken", basis + "/besluiten/" + register.vaststelling().identificatie(),
                basis + "/afspraken/" + register.afsprakenId(), "/openbaar")) {
            var antwoord = bezoeker.verstuur(pad, HttpRequest.newBuilder(URI.create("http://localhost:" + poort + pad))
                    .POST(HttpRequest.BodyPublishers.ofString("q=x")).header("Content-Type",
                            "application/x-www-form-urlencoded").build());
            assertThat(antwoord.status()).as(pad).isEqualTo(403);
        }
        assertThat(jdbc.queryForList("select * from besluit where gemeente_id = ? order by id",
                register.gemeente().id())).isEqualTo(voor);
    }
}
