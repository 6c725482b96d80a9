package nl.wijkafspraken.register.api;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.info.Contact;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Completes the OpenAPI description of the open data (issue 18) so that a standard linter passes: every operation
 * says it needs no login ({@code security: []}), every 4xx answer it can give is described with the problem-details
 * schema (RFC 9457) and an example, and the description names its licence and a contact.
 */
@Component
class OpenApiBeschrijving implements OpenApiCustomizer {

    static final String PROBLEEM = "Probleem";
    private static final String PROBLEEM_JSON = "application/problem+json";

    /** Examples of the parameters, as the demo data has them. */
    private static final Map<String, Object> VOORBEELDEN = Map.of("code", "aalsmeer", "identificatie", "B26-000001",
            "pagina", 0, "aantal", 20, "id", 1, "nummer", 1, "vraag", "wijkoverleg");

    private final String basisUrl;

    OpenApiBeschrijving(@Value("${wijkafspraken.basis-url:http://localhost:8080}") String basisUrl) {
        this.basisUrl = basisUrl.strip().replaceAll("/+$", "");
    }

    @Override
    public void customise(OpenAPI api) {
        api.getInfo()
                .license(new License().name("CC0 1.0 Universeel")
                        .url("https://creativecommons.org/publicdomain/zero/1.0/deed.nl"))
                .contact(new Contact().name("Openbaar register Wijkafspraken").url(basisUrl + "/openbaar"));
        api.getComponents().addSchemas(PROBLEEM, probleemSchema());
        if (api.getPaths() == null) {
            return;
        }
        api.getPaths().forEach((pad, item) -> item.readOperations().forEach(operatie -> {
            operatie.setSecurity(new ArrayList<>());
            var parameters = operatie.getParameters() == null ? java.util.List.<io.swagger.v3.oas.models.parameters
                    .Parameter>of() : operatie.getParameters();
            parameters.forEach(p -> {
                if (p.getExample() == null && VOORBEELDEN.containsKey(p.getName())) {
                    p.setExample(VOORBEELDEN.get(p.getName()));
                }
            });
            if (!parameters.isEmpty()) {
                antwoord(operatie, "400", "Onleesbaar verzoek: een parameter heeft een ongeldige waarde",
                        "Ongeldig verzoek", "Het paginanummer is geen getal.");
            }
            // An Accept header this API cannot answer ends at the catch-all for unknown API paths: 404 as well.
            antwoord(operatie, "404", parameters.stream().anyMatch(p -> "path".equals(p.getIn()))
                    ? "Niet gevonden: bestaat niet of is niet openbaar, of het gevraagde formaat (Accept) bestaat hier "
                            + "niet" : "Het gevraagde formaat (Accept) bestaat hier niet", "Niet gevonden",
                    "Dit bestaat niet of is niet openbaar.");
        }));
    }

    private static void antwoord(Operation operatie, String status, String omschrijving, String titel,
            String detail) {
        if (operatie.getResponses().containsKey(status)) {
            return;
        }
        var voorbeeld = new LinkedHashMap<String, Object>();
        voorbeeld.put("type", "about:blank");
        voorbeeld.put("title", titel);
        voorbeeld.put("status", Integer.parseInt(status));
        voorbeeld.put("detail", detail);
        voorbeeld.put("instance", "/api/v1/gemeenten/aalsmeer");
        operatie.getResponses().addApiResponse(status, new ApiResponse().description(omschrijving)
                .content(new Content().addMediaType(PROBLEEM_JSON, new MediaType()
                        .schema(new Schema<>().$ref("#/components/schemas/" + PROBLEEM)).example(voorbeeld))));
    }

    private static Schema<?> probleemSchema() {
        var schema = new ObjectSchema().description("Een fout als problem details (RFC 9457), in het Nederlands");
        schema.setProperties(new LinkedHashMap<>(Map.of(
                "type", new StringSchema().format("uri-reference").description("Soort probleem"),
                "title", new StringSchema().description("Korte omschrijving"),
                "status", new IntegerSchema().description("HTTP-status"),
                "detail", new StringSchema().description("Uitleg voor dit verzoek"),
                "instance", new StringSchema().format("uri-reference").description("Het gevraagde pad"))));
        return schema;
    }
}
