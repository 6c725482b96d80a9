package nl.wijkafspraken.register.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import nl.wijkafspraken.register.Paginering;
import nl.wijkafspraken.register.RegisterService;
import org.springframework.data.domain.PageImpl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

/**
 * The open-data API, version 1: read-only JSON of the public register, per gemeente. The same data as the public
 * pages, nothing more. Lists of unbounded length are paged ({@code pagina} from 0, {@code aantal} 1 to 100).
 */
@RestController
@RequestMapping(path = Adressen.API, produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Open data", description = "Het openbare register van wijkoverleggen, samenwerkingsafspraken, "
        + "convenanten en gepubliceerde besluiten, per gemeente")
class OpendataController {

    private static final String PAGINA = "Paginanummer, vanaf 0";
    private static final String AANTAL = "Aantal per pagina, 1 tot en met 100";

    private final RegisterService register;

    OpendataController(RegisterService register) {
        this.register = register;
    }

    @GetMapping("/gemeenten")
    @Operation(summary = "De gemeenten")
    List<Opendata.GemeenteRegel> gemeenten() {
        return register.gemeenten().stream().map(Vertaling::gemeenteRegel).toList();
    }

    @GetMapping("/gemeenten/{code}")
    @Operation(summary = "Een gemeente, met de adressen van haar open data")
    Opendata.Gemeente gemeente(
            @PathVariable @Parameter(description = "Gemeentecode, bijvoorbeeld aalsmeer") String code) {
        return Vertaling.gemeente(register.gemeente(code));
    }

    @GetMapping("/gemeenten/{code}/wijkoverleggen")
    @Operation(summary = "Het wijkoverlegregister", description = "Alle wijkoverleggen, ook opgeheven, op naam")
    Opendata.Pagina<Opendata.Wijkoverleg> wijkoverleggen(@PathVariable String code,
            @RequestParam(defaultValue = "0") @Parameter(description = PAGINA) int pagina,
            @RequestParam(defaultValue = "20") @Parameter(description = AANTAL) int aantal) {
        var pageable = Paginering.pagina(pagina, aantal);
        var alle = register.wijkoverleggen(code).wijkoverleggen();
        var van = (int) Math.min(pageable.getOffset(), alle.size());
        var pag = Paginering.bestaand(new PageImpl<>(alle.subList(van, Math.min(van + aantal, alle.size())),
                pageable, alle.size()));
        return Vertaling.pagina(pag, w -> Vertaling.wijkoverleg(code, w), Adressen.wijkoverleggen(code));
    }

    @GetMapping(path = "/gemeenten/{code}/wijkoverleggen.csv", produces = "text/csv")
    @Operation(summary = "Het wijkoverlegregister als CSV",
            description = "RFC 4180, UTF-8, met kopregel: " + "id, naam, wijken, status, oprichtingsdatum, "
                    + "opheffingsdatum, contactadres")
    ResponseEntity<String> wijkoverleggenCsv(@PathVariable String code) {
        var pagina = register.wijkoverleggen(code);
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("wijkoverleggen-" + pagina.gemeente().code() + ".csv").build().toString())
                .body(WijkoverlegCsv.csv(pagina.wijkoverleggen()));
    }

    @GetMapping("/gemeenten/{code}/wijkoverleggen/{id}")
    @Operation(summary = "Een wijkoverleg")
    Opendata.Wijkoverleg wijkoverleg(@PathVariable String code, @PathVariable long id) {
        return Vertaling.wijkoverleg(code, register.wijkoverleg(code, id));
    }

    @GetMapping("/gemeenten/{code}/afspraken")
    @Operation(summary = "De vastgestelde samenwerkingsafspraken", description = "Nieuwste eerst")
    List<Opendata.AfsprakenRegel> afspraken(@PathVariable String code) {
        return register.afspraken(code).afspraken().stream().map(a -> Vertaling.afsprakenRegel(code, a)).toList();
    }

    @GetMapping("/gemeenten/{code}/afspraken/{id}")
    @Operation(summary = "Samenwerkingsafspraken", description = "Looptijd, versies, partijen met hun "
            + "ondertekening en verlengingen")
    Opendata.Afspraken afspraken(@PathVariable String code, @PathVariable long id) {
        return Vertaling.afspraken(code, register.afspraken(code, id));
    }

    @GetMapping("/gemeenten/{code}/afspraken/{id}/versies/{nummer}")
    @Operation(summary = "Een vastgestelde of vervangen versie met haar artikelen")
    Opendata.Versie versie(@PathVariable String code, @PathVariable long id, @PathVariable int nummer) {
        return Vertaling.versie(code, register.versie(code, id, nummer));
    }

    @GetMapping("/gemeenten/{code}/convenanten")
    @Operation(summary = "De convenanten wijkbeheer (2007) met hun intrekking")
    List<Opendata.Convenant> convenanten(@PathVariable String code) {
        return register.convenanten(code).convenanten().stream().map(c -> Vertaling.convenant(code, c)).toList();
    }

    @GetMapping("/gemeenten/{code}/besluiten")
    @Operation(summary = "De gepubliceerde besluiten", description = "Alleen besluiten met Openbaarheid: ja, vanaf "
            + "hun publicatiedatum; nieuwste eerst")
    Opendata.Pagina<Opendata.BesluitRegel> besluiten(@PathVariable String code,
            @RequestParam(defaultValue = "0") @Parameter(description = PAGINA) int pagina,
            @RequestParam(defaultValue = "20") @Parameter(description = AANTAL) int aantal) {
        return Vertaling.pagina(register.besluiten(code, pagina, aantal).besluiten(),
                b -> Vertaling.besluitRegel(code, b), Adressen.besluiten(code));
    }

    @GetMapping("/gemeenten/{code}/besluiten/{identificatie}")
    @Operation(summary = "Een gepubliceerd besluit")
    Opendata.Besluit besluit(@PathVariable String code,
            @PathVariable @Parameter(description = "Identificatie, bijvoorbeeld B26-000001") String identificatie) {
        return Vertaling.besluit(code, register.besluit(code, identificatie));
    }

    @GetMapping(path = "/gemeenten/{code}/besluiten/{identificatie}/pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "Het besluit als PDF", description = "Het besloten collegevoorstel, zonder de "
            + "contactgegevens van de behandelend ambtenaar")
    ResponseEntity<byte[]> besluitPdf(@PathVariable String code, @PathVariable String identificatie,
            WebRequest request) {
        var document = register.besluitPdf(code, identificatie);
        var gewijzigd = document.gewijzigdOp().toEpochMilli();
        if (request.checkNotModified(gewijzigd)) {
            return ResponseEntity.status(304).lastModified(gewijzigd).build();
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF).lastModified(gewijzigd)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(document.bestandsnaam()).build().toString())
                .body(document.inhoud());
    }

    @GetMapping("/gemeenten/{code}/zoeken")
    @Operation(summary = "Zoeken in gepubliceerde besluiten en samenwerkingsafspraken",
            description = "Volledige-tekstzoeken (Nederlands: ook andere woordvormen), beste eerst")
    Opendata.Pagina<Opendata.Treffer> zoek(@PathVariable String code,
            @RequestParam(defaultValue = "") @Parameter(description = "De zoekvraag, hoogstens 200 tekens; "
                    + "\"woorden tussen aanhalingstekens\", of, -uitsluiten. Zonder vraag: geen resultaten") String q,
            @RequestParam(defaultValue = "0") @Parameter(description = PAGINA) int pagina,
            @RequestParam(defaultValue = "20") @Parameter(description = AANTAL) int aantal) {
        var uitkomst = register.zoek(code, q, pagina, aantal);
        return Vertaling.pagina(uitkomst.treffers(), t -> Vertaling.treffer(code, t),
                Adressen.zoeken(code) + "?q=" + URLEncoder.encode(uitkomst.vraag(), StandardCharsets.UTF_8));
    }
}
