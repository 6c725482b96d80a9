package nl.wijkafspraken.register.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.parser.core.models.ParseOptions;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import nl.wijkafspraken.support.IntegratieTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Lints the served OpenAPI description (issue 18): swagger-parser (the reference parser of the OpenAPI Initiative's
 * Swagger tools) must read it without a single error or warning, and the rules of Redocly's "recommended" set that
 * the audit found broken must hold: security declared on every operation ({@code security: []}: no login), at
 * least one 4xx answer per operation, each described with the problem-details schema, a licence with its URL, a
 * contact, a summary and a unique operationId per operation.
 */
@IntegratieTest
class OpenApiLintTest {

    @LocalServerPort
    int poort;

    String tekst;
    OpenAPI api;

    @BeforeEach
    void lees() throws Exception {
        tekst = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + poort
                + "/v3/api-docs")).build(), HttpResponse.BodyHandlers.ofString()).body();
        var opties = new ParseOptions();
        opties.setResolve(true);
        var uitkomst = new OpenAPIParser().readContents(tekst, null, opties);
        assertThat(uitkomst.getMessages()).as("parser messages").isEmpty();
        api = uitkomst.getOpenAPI();
        assertThat(api).isNotNull();
    }

    private List<Operation> operaties() {
        var operaties = new ArrayList<Operation>();
        api.getPaths().values().forEach(p -> operaties.addAll(p.readOperations()));
        return operaties;
    }

    @Test
    void deBeschrijvingIsEenGeldigOpenApi31Document() {
        assertThat(api.getOpenapi()).startsWith("3.1");
        assertThat(operaties()).hasSizeGreaterThan(10);
    }

    @Test
    void elkeOperatieZegtDatZeGeenInlogVraagt() {
        assertThat(tekst).contains("\"security\":[]");
        assertThat(operaties()).allSatisfy(o -> assertThat(o.getSecurity()).as(o.getOperationId()).isEmpty());
        assertThat(operaties()).allSatisfy(o -> assertThat(o.getSecurity()).as(o.getOperationId()).isNotNull());
    }

    @Test
    void elkeOperatieHeeftEen4xxAntwoordMetProblemDetails() {
        for (var operatie : operaties()) {
            var fouten = operatie.getResponses().entrySet().stream().filter(e -> e.getKey().startsWith("4")).toList();
            assertThat(fouten).as(operatie.getOperationId()).isNotEmpty();
            for (var fout : fouten) {
                var inhoud = fout.getValue().getContent().get("application/problem+json");
                assertThat(inhoud).as(operatie.getOperationId() + " " + fout.getKey()).isNotNull();
                assertThat(inhoud.getSchema().get$ref()).endsWith("/" + OpenApiBeschrijving.PROBLEEM);
                assertThat(inhoud.getExample()).isNotNull();
            }
        }
        assertThat(api.getComponents().getSchemas()).containsKey(OpenApiBeschrijving.PROBLEEM);
    }

    @Test
    void deBeschreven4xxAntwoordenZijnEchtProblemDetails() throws Exception {
        var http = HttpClient.newHttpClient();
        for (var geval : List.of(new String[] {"/api/v1/gemeenten", "text/csv", "404"},
                new String[] {"/api/v1/gemeenten/bestaat-niet", "application/json", "404"},
                new String[] {"/api/v1/gemeenten/aalsmeer/besluiten?pagina=x", "application/json", "400"})) {
            var antwoord = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + poort + geval[0]))
                    .header("Accept", geval[1]).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(antwoord.statusCode()).as(geval[0]).isEqualTo(Integer.parseInt(geval[2]));
            assertThat(antwoord.headers().firstValue("content-type")).as(geval[0])
                    .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        }
    }

    @Test
    void licentieContactSamenvattingEnUniekeOperationIds() {
        assertThat(api.getInfo().getLicense().getName()).isNotBlank();
        assertThat(api.getInfo().getLicense().getUrl()).startsWith("https://");
        assertThat(api.getInfo().getContact().getUrl()).isNotBlank();
        var ids = new HashSet<String>();
        for (var operatie : operaties()) {
            assertThat(operatie.getSummary()).as(operatie.getOperationId()).isNotBlank();
            assertThat(ids.add(operatie.getOperationId())).as(operatie.getOperationId()).isTrue();
        }
    }
}
