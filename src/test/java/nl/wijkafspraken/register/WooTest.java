package nl.wijkafspraken.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import nl.wijkafspraken.opmaak.PdfTekst;
import nl.wijkafspraken.support.IntegratieTest;
import nl.wijkafspraken.support.TestKlok;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Woo: a besluit with Openbaarheid nee, or one whose publicatiedatum has not come, does not exist in public, also
 * not when its identificatie is guessed: the page, the PDF and the API answer 404, and lists and search leave it
 * out. A published besluit's PDF leaves out the civil servant's contact details.
 */
@IntegratieTest
class WooTest {

    @LocalServerPort
    int poort;
    @Autowired
    Registergegevens gegevens;
    @Autowired
    TestKlok klok;
    @Autowired
    JdbcTemplate jdbc;

    Registergegevens.Register register;
    Openbaar bezoeker;

    @BeforeEach
    void register() {
        register = gegevens.register();
        bezoeker = new Openbaar(poort);
    }

    private String pagina(String identificatie) {
        return "/openbaar/" + register.code() + "/besluiten/" + identificatie;
    }

    private String api(String identificatie) {
        return "/api/v1/gemeenten/" + register.code() + "/besluiten/" + identificatie;
    }

    @Test
    void eenBesluitMetOpenbaarheidNeeIsNietTeBereikenOokNietMetZijnIdentificatie() {
        var geheim = register.geheim().identificatie();
        assertThat(bezoeker.get(pagina(geheim)).status()).isEqualTo(404);
        assertThat(bezoeker.get(pagina(geheim) + "/pdf").status()).isEqualTo(404);
        var antwoord = bezoeker.get(api(geheim));
        assertThat(antwoord.status()).isEqualTo(404);
        assertThat(antwoord.type()).isEqualTo("application/problem+json");
        var bestaatNiet = bezoeker.get(api("B26-999999"));
        assertThat(antwoord.tekst().replace(geheim, "B26-999999")).as("the same answer as for a besluit that "
                + "does not exist").isEqualTo(bestaatNiet.tekst());
        assertThat(bezoeker.get(api(geheim) + "/pdf").status()).isEqualTo(404);

        assertThat(bezoeker.get("/api/v1/gemeenten/" + register.code() + "/besluiten").tekst())
                .contains(register.vaststelling().identificatie()).doesNotContain(geheim);
        assertThat(bezoeker.get("/openbaar/" + register.code() + "/besluiten").tekst())
                .contains(register.vaststelling().identificatie()).doesNotContain(geheim);
    }

    @Test
    void eenVersieVastgesteldBijEenNietOpenbaarBesluitIsOpenbaarMaarNoemtHetBesluitNiet() {
        var versie = bezoeker.get("/api/v1/gemeenten/" + register.code() + "/afspraken/" + register.afsprakenId()
                + "/versies/2");
        assertThat(versie.status()).isEqualTo(200);
        assertThat(versie.json().get("besluit").isNull()).isTrue();
        assertThat(versie.json().get("zaaknummer").isNull()).isTrue();
        var eerste = bezoeker.get("/api/v1/gemeenten/" + register.code() + "/afspraken/" + register.afsprakenId()
                + "/versies/1");
        assertThat(eerste.json().get("besluit").get("identificatie").asString())
                .isEqualTo(register.vaststelling().identificatie());
    }

    @Test
    void eenConceptversieIsNietOpenbaar() {
        var pad = "/afspraken/" + register.afsprakenId() + "/versies/3";
        assertThat(bezoeker.get("/openbaar/" + register.code() + pad).status()).isEqualTo(404);
        assertThat(bezoeker.get("/api/v1/gemeenten/" + register.code() + pad).status()).isEqualTo(404);
        assertThat(bezoeker.get("/openbaar/" + register.code() + "/afspraken/" + register.afsprakenId()
                + "/vergelijken?van=2&naar=3").status()).isEqualTo(404);
    }

    @Test
    void eenOpenbaarBesluitVerschijntPasOpZijnPublicatiedatum() {
        var later = register.later().identificatie();
        var publicatie = jdbc.queryForObject("select publicatiedatum from besluit where id = ?", LocalDate.class,
                register.later().id());
        assertThat(bezoeker.get(pagina(later)).status()).isEqualTo(404);
        assertThat(bezoeker.get(api(later) + "/pdf").status()).isEqualTo(404);
        klok.op(publicatie.minusDays(1), () -> {
            assertThat(bezoeker.get(pagina(later)).status()).isEqualTo(404);
            assertThat(bezoeker.get(api(later)).status()).isEqualTo(404);
        });
        klok.op(publicatie, () -> {
            assertThat(bezoeker.get(pagina(later)).status()).isEqualTo(200);
            assertThat(bezoeker.get(pagina(later) + "/pdf").status()).isEqualTo(200);
            assertThat(bezoeker.get(api(later)).json().get("publicatiedatum").asString())
                    .isEqualTo(publicatie.toString());
            assertThat(bezoeker.get("/api/v1/gemeenten/" + register.code() + "/zoeken?q=gepubliceerd").tekst())
                    .contains(later);
        });
    }

    @Test
    void eenOnbekendeOfMisvormdeIdentificatieIsNietGevonden() {
        for (var identificatie : new String[] {"B26-999999", "B26-1", "b26-000001", "1", "B26-000001x",
                "B26-000001%20"}) {
            assertThat(bezoeker.get(pagina(identificatie)).status()).as(identificatie).isEqualTo(404);
            assertThat(bezoeker.get(api(identificatie)).status()).as(identificatie).isEqualTo(404);
        }
        assertThat(bezoeker.get(pagina("%2e%2e%2fB26-000001")).status()).as("an encoded slash is refused")
                .isEqualTo(400);
    }

    @Test
    void dePdfVanEenGepubliceerdBesluitLaatDeContactgegevensVanDeAmbtenaarWeg() {
        var antwoord = bezoeker.get(pagina(register.vaststelling().identificatie()) + "/pdf");
        assertThat(antwoord.status()).isEqualTo(200);
        assertThat(antwoord.type()).isEqualTo("application/pdf");
        assertThat(antwoord.header("Content-Disposition"))
                .isEqualTo("attachment; filename=\"besluit-" + register.vaststelling().identificatie() + ".pdf\"");
        var tekst = String.join("\n", PdfTekst.van(antwoord.inhoud()).paginas());
        assertThat(tekst).contains("Samenwerkingsafspraken Testgemeente", "Behandeld in B&W-vergadering",
                "Besluit B&W: Conform advies", "Team Wijkzaken").doesNotContain("Ambtenaar Geheimnaam", "020 555 9",
                "ambt.geheim", "Tweede Verborgenaam", "06 4811 9", "tweede.geheim", "Behandelend ambtenaren");
        assertThat(antwoord.header("Last-Modified")).isNotNull();
        var opnieuw = bezoeker.get(pagina(register.vaststelling().identificatie()) + "/pdf", "If-Modified-Since",
                antwoord.header("Last-Modified"));
        assertThat(opnieuw.status()).isEqualTo(304);
        assertThat(opnieuw.inhoud()).isEmpty();
    }
}
