package nl.wijkafspraken.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import nl.wijkafspraken.support.IntegratieTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The open-data API against its own OpenAPI description ({@code /v3/api-docs}): every documented path answers 200
 * with a documented content type, and every JSON answer has exactly the documented fields, nested objects and list
 * items included. Plus the HTTP around it: ETag and 304, Last-Modified, CORS for reading only.
 */
@IntegratieTest
class OpendataContractTest {

    @LocalServerPort
    int poort;
    @Autowired
    Registergegevens gegevens;

    Registergegevens.Register register;
    Openbaar bezoeker;
    JsonNode beschrijving;

    @BeforeEach
    void register() {
        register = gegevens.register();
        bezoeker = new Openbaar(poort);
        var docs = bezoeker.get("/v3/api-docs");
        assertThat(docs.status()).isEqualTo(200);
        beschrijving = docs.json();
    }

    /** A documented path with its parameters filled in from the seeded register. */
    private String invullen(String pad) {
        var id = pad.contains("/wijkoverleggen/") ? register.noord() : register.afsprakenId();
        var ingevuld = pad.replace("{code}", register.code()).replace("{id}", String.valueOf(id))
                .replace("{nummer}", "1").replace("{identificatie}", register.vaststelling().identificatie());
        return pad.endsWith("/zoeken") ? ingevuld + "?q=wijkoverleggen" : ingevuld;
    }

    @Test
    void deBeschrijvingDektDeHeleOpenData() {
        var paden = new ArrayList<String>();
        beschrijving.get("paths").propertyNames().forEach(paden::add);
        assertThat(paden).containsExactlyInAnyOrder("/api/v1/gemeenten", "/api/v1/gemeenten/{code}",
                "/api/v1/gemeenten/{code}/wijkoverleggen", "/api/v1/gemeenten/{code}/wijkoverleggen.csv",
                "/api/v1/gemeenten/{code}/wijkoverleggen/{id}", "/api/v1/gemeenten/{code}/afspraken",
                "/api/v1/gemeenten/{code}/afspraken/{id}", "/api/v1/gemeenten/{code}/afspraken/{id}/versies/{nummer}",
                "/api/v1/gemeenten/{code}/convenanten", "/api/v1/gemeenten/{code}/besluiten",
                "/api/v1/gemeenten/{code}/besluiten/{identificatie}",
                "/api/v1/gemeenten/{code}/besluiten/{identificatie}/pdf", "/api/v1/gemeenten/{code}/zoeken");
        assertThat(beschrijving.get("info").get("version").asString()).isEqualTo("v1");
        for (var pad : paden) {
            assertThat(beschrijving.get("paths").get(pad).propertyNames()).as("only GET: read-only").containsOnly("get");
        }
    }

    @Test
    void elkGedocumenteerdPadAntwoordtZoalsBeschreven() {
        var paden = new ArrayList<String>();
        beschrijving.get("paths").propertyNames().forEach(paden::add);
        for (var pad : paden) {
            var ok = beschrijving.get("paths").get(pad).get("get").get("responses").get("200");
            assertThat(ok).as(pad + " documents 200").isNotNull();
            var types = new ArrayList<String>();
            ok.get("content").propertyNames().forEach(types::add);
            var antwoord = bezoeker.get(invullen(pad));
            assertThat(antwoord.status()).as(pad).isEqualTo(200);
            var type = antwoord.type().replaceAll(";.*", "");
            assertThat(types).as(pad + " answers a documented content type").contains(type);
            if (type.equals("application/json")) {
                var schema = ok.get("content").get("application/json").get("schema");
                var fouten = new ArrayList<String>();
                controleer(antwoord.json(), schema, pad, fouten);
                assertThat(fouten).as(pad + " has the documented fields").isEmpty();
            }
            assertThat(antwoord.inhoud()).as(pad).isNotEmpty();
        }
    }

    /** Compares a JSON value with its schema: the fields of objects both ways, the items of arrays, the types. */
    private void controleer(JsonNode waarde, JsonNode schema, String plaats, List<String> fouten) {
        if (schema.has("$ref")) {
            var naam = schema.get("$ref").asString().replace("#/components/schemas/", "");
            controleer(waarde, beschrijving.get("components").get("schemas").get(naam), plaats, fouten);
            return;
        }
        if (waarde.isNull()) {
            return;
        }
        var type = schema.has("type") ? schema.get("type").asString() : "object";
        switch (type) {
            case "object" -> {
                var gedocumenteerd = new HashSet<String>();
                if (schema.has("properties")) {
                    schema.get("properties").propertyNames().forEach(gedocumenteerd::add);
                }
                var aanwezig = new HashSet<String>();
                waarde.propertyNames().forEach(aanwezig::add);
                if (!aanwezig.equals(gedocumenteerd)) {
                    fouten.add(plaats + ": fields " + aanwezig + ", documented " + gedocumenteerd);
                }
                for (var veld : gedocumenteerd) {
                    if (waarde.has(veld)) {
                        controleer(waarde.get(veld), schema.get("properties").get(veld), plaats + "." + veld, fouten);
                    }
                }
            }
            case "array" -> {
                if (!waarde.isArray()) {
                    fouten.add(plaats + ": not a list");
                } else {
                    int i = 0;
                    for (var item : waarde.values()) {
                        controleer(item, schema.get("items"), plaats + "[" + i++ + "]", fouten);
                    }
                }
            }
            case "string" -> {
                if (!waarde.isString()) {
                    fouten.add(plaats + ": not a string");
                } else if (schema.has("enum")) {
                    var toegestaan = new ArrayList<String>();
                    schema.get("enum").values().forEach(e -> toegestaan.add(e.asString()));
                    if (!toegestaan.contains(waarde.asString())) {
                        fouten.add(plaats + ": " + waarde.asString() + " not in " + toegestaan);
                    }
                }
            }
            case "integer" -> {
                if (!waarde.isIntegralNumber()) {
                    fouten.add(plaats + ": not an integer");
                }
            }
            case "boolean" -> {
                if (!waarde.isBoolean()) {
                    fouten.add(plaats + ": not a boolean");
                }
            }
            default -> fouten.add(plaats + ": unexpected schema type " + type);
        }
    }

    @Test
    void elkAntwoordHeeftEenEtagEnEenOngewijzigdAntwoordIs304() {
        var pad = "/api/v1/gemeenten/" + register.code() + "/afspraken/" + register.afsprakenId();
        var eerste = bezoeker.get(pad);
        var etag = eerste.header("ETag");
        assertThat(etag).isNotBlank();
        assertThat(eerste.header("Cache-Control")).isEqualTo("no-cache");
        var tweede = bezoeker.get(pad, "If-None-Match", etag);
        assertThat(tweede.status()).isEqualTo(304);
        assertThat(tweede.inhoud()).isEmpty();
        assertThat(bezoeker.get(pad, "If-None-Match", "\"iets-anders\"").status()).isEqualTo(200);
        assertThat(bezoeker.get("/v3/api-docs").header("ETag")).isNotBlank();
    }

    @Test
    void dePdfHeeftLastModifiedEnWordtNietOpnieuwGestuurdAlsZeNietVeranderde() {
        var pad = "/api/v1/gemeenten/" + register.code() + "/besluiten/" + register.vaststelling().identificatie()
                + "/pdf";
        var eerste = bezoeker.get(pad);
        assertThat(eerste.header("Last-Modified")).isNotBlank();
        assertThat(bezoeker.get(pad, "If-Modified-Since", eerste.header("Last-Modified")).status()).isEqualTo(304);
        assertThat(bezoeker.get(pad, "If-Modified-Since", "Thu, 01 Jan 2026 00:00:00 GMT").status()).isEqualTo(200);
    }

    @Test
    void elkeWebpaginaMagDeApiLezenMaarNietSchrijven() {
        var pad = "/api/v1/gemeenten/" + register.code();
        var lezen = bezoeker.get(pad, "Origin", "https://data.example.org");
        assertThat(lezen.status()).isEqualTo(200);
        assertThat(lezen.header("Access-Control-Allow-Origin")).isEqualTo("*");
        assertThat(lezen.header("Access-Control-Expose-Headers")).contains("ETag");
        assertThat(lezen.header("Access-Control-Allow-Credentials")).isNull();

        var voorvraag = bezoeker.verstuur(pad, HttpRequest.newBuilder(URI.create("http://localhost:" + poort + pad))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).header("Origin", "https://data.example.org")
                .header("Access-Control-Request-Method", "GET")
                .header("Access-Control-Request-Headers", "if-none-match").build());
        assertThat(voorvraag.status()).isEqualTo(200);
        assertThat(voorvraag.header("Access-Control-Allow-Methods")).contains("GET").doesNotContain("POST");

        var schrijven = bezoeker.verstuur(pad, HttpRequest.newBuilder(URI.create("http://localhost:" + poort + pad))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).header("Origin", "https://data.example.org")
                .header("Access-Control-Request-Method", "POST").build());
        assertThat(schrijven.status()).isEqualTo(403);
        assertThat(bezoeker.get("/openbaar/" + register.code(), "Origin", "https://data.example.org")
                .header("Access-Control-Allow-Origin")).as("the pages are not shared cross-origin").isNull();
    }

    @Test
    void hetWijkoverlegregisterAlsCsv() {
        var csv = bezoeker.get("/api/v1/gemeenten/" + register.code() + "/wijkoverleggen.csv");
        assertThat(csv.type()).isEqualTo("text/csv;charset=UTF-8");
        assertThat(csv.header("Content-Disposition"))
                .isEqualTo("attachment; filename=\"wijkoverleggen-" + register.code() + ".csv\"");
        var regels = csv.tekst().split("\r\n");
        assertThat(regels[0]).isEqualTo("id,naam,wijken,status,oprichtingsdatum,opheffingsdatum,contactadres");
        assertThat(regels).hasSize(4);
        assertThat(regels).anySatisfy(r -> assertThat(r).startsWith(register.noord() + ",Wijkoverleg Noord ")
                .contains(",Noord,ACTIEF,2010-04-01,,contact-noord-"));
        assertThat(regels).anySatisfy(r -> assertThat(r).contains("Buurtoverleg Oost", "OPGEHEVEN,2005-01-01,2020-12-31,")
                .endsWith(","));
    }

    @Test
    void eenOnbekendeGemeenteOfEenOnbekendPadIs404AlsProblemDetails() {
        for (var pad : List.of("/api/v1/gemeenten/bestaat-niet", "/api/v1/gemeenten/bestaat-niet/besluiten",
                "/api/v1/gemeenten/" + register.code() + "/onbekend", "/api/v2/gemeenten", "/api/v1/gemeenten/"
                        + register.code() + "/afspraken/999999999")) {
            var antwoord = bezoeker.get(pad);
            assertThat(antwoord.status()).as(pad).isEqualTo(404);
            assertThat(antwoord.type()).as(pad).isEqualTo("application/problem+json");
            assertThat(antwoord.json().get("title").asString()).isEqualTo("Niet gevonden");
        }
    }

    @Test
    void slechteParametersZijn400AlsProblemDetails() {
        var basis = "/api/v1/gemeenten/" + register.code();
        for (var pad : List.of(basis + "/besluiten?pagina=-1", basis + "/besluiten?pagina=abc",
                basis + "/besluiten?pagina=10001", basis + "/besluiten?aantal=0", basis + "/besluiten?aantal=101",
                basis + "/wijkoverleggen?aantal=1000", basis + "/afspraken/abc", basis + "/zoeken?q=" + "a".repeat(201),
                basis + "/zoeken?q=wijk&pagina=x")) {
            var antwoord = bezoeker.get(pad);
            assertThat(antwoord.status()).as(pad).isEqualTo(400);
            assertThat(antwoord.type()).as(pad).isEqualTo("application/problem+json");
            assertThat(antwoord.json().get("detail").asString()).as(pad).isNotBlank().doesNotContain("Exception");
        }
        assertThat(bezoeker.get(basis + "/besluiten?pagina=5").status()).as("after the last page").isEqualTo(404);
        assertThat(bezoeker.get(basis + "/besluiten?pagina=0").json().get("totaalAantal").asLong()).isEqualTo(1);
    }

    @Test
    void deApiIsAlleenLezen() {
        var pad = "/api/v1/gemeenten/" + register.code() + "/besluiten";
        var antwoord = bezoeker.verstuur(pad, HttpRequest.newBuilder(URI.create("http://localhost:" + poort + pad))
                .POST(HttpRequest.BodyPublishers.ofString("{}")).header("Content-Type", "application/json").build());
        assertThat(antwoord.status()).isEqualTo(403);
        assertThat(bezoeker.get(pad).json().get("totaalAantal").asLong()).isEqualTo(1);
    }
}
