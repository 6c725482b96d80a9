package nl.wijkafspraken.register.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;
import nl.wijkafspraken.afspraken.AfsprakenStatus;
import nl.wijkafspraken.afspraken.Versiestatus;
import nl.wijkafspraken.besluit.Uitkomst;
import nl.wijkafspraken.register.Zoekuitkomst;
import nl.wijkafspraken.wijkoverleg.WijkoverlegStatus;

/**
 * The JSON of the open-data API, version 1: what {@code /v3/api-docs} describes. Field names are the Dutch terms of
 * the begrippenlijst; dates are ISO 8601 ({@code 2026-05-04}); every field is always present, {@code null} when it
 * has no value. Links ({@code url}, …) are paths from the server root. Only public data: the same as the public
 * pages show.
 */
public final class Opendata {

    private Opendata() {
    }

    @Schema(description = "Een gemeente in de lijst")
    public record GemeenteRegel(String code, String naam, String url) {
    }

    @Schema(description = "Een gemeente met de adressen van haar open data")
    public record Gemeente(String code, String naam, String url,
            @Schema(description = "De openbare webpagina (HTML)") String openbarePagina, String wijkoverleggen,
            @Schema(description = "Het wijkoverlegregister als CSV") String wijkoverleggenCsv, String afspraken,
            String convenanten, String besluiten,
            @Schema(description = "Zoeken: voeg ?q=… toe") String zoeken) {
    }

    @Schema(description = "Eén pagina van een lijst; pagina's tellen vanaf 0")
    public record Pagina<T>(List<T> inhoud, int pagina, int aantal, long totaalAantal, int totaalPaginas,
            @Schema(description = "De vorige pagina, of null") String vorige,
            @Schema(description = "De volgende pagina, of null") String volgende) {
    }

    @Schema(description = "Een wijkoverleg: naam, wijken, status en openbaar contactadres (nooit het bestuur)")
    public record Wijkoverleg(long id, String naam, List<String> wijken, WijkoverlegStatus status,
            LocalDate oprichtingsdatum, LocalDate opheffingsdatum,
            @Schema(description = "Het openbare contactadres; null als er geen is of het wijkoverleg is opgeheven")
            String contactadres,
            String url) {
    }

    @Schema(description = "Vastgestelde samenwerkingsafspraken in de lijst")
    public record AfsprakenRegel(long id, String titel, AfsprakenStatus status, Integer geldendeVersie,
            LocalDate ingangsdatum, LocalDate einddatum, String url) {
    }

    @Schema(description = "Samenwerkingsafspraken: looptijd, versies, partijen met hun ondertekening, verlengingen")
    public record Afspraken(long id, String titel, AfsprakenStatus status, LocalDate ingangsdatum,
            @Schema(description = "De laatste dag van de looptijd van vijf jaar") LocalDate einddatum,
            LocalDate beeindigdOp, int aantalVerlengingen,
            @Schema(description = "Uiterlijke datum van de volgende verlenging, of null") LocalDate volgendeVerlenging,
            Integer geldendeVersie, List<VersieRegel> versies, List<Partij> partijen, List<Verlenging> verlengingen,
            @Schema(description = "Altijd null: elk wijkoverleg tekent met de gemeente een eigen verzegeld document, "
                    + "zie partijen[].verzegeldDocument") VerzegeldePdf verzegeldePdf,
            String url, String openbarePagina) {
    }

    @Schema(description = "Een vastgestelde of vervangen versie in de lijst (concepten zijn niet openbaar)")
    public record VersieRegel(int nummer, Versiestatus status, LocalDate ingangsdatum, BesluitVerwijzing besluit,
            String url) {
    }

    @Schema(description = "Een vastgestelde of vervangen versie met haar artikelen")
    public record Versie(long afsprakenId, int nummer, Versiestatus status, LocalDate ingangsdatum,
            Integer gebaseerdOp,
            @Schema(description = "Het gepubliceerde besluit dat de versie vaststelde, of null")
            BesluitVerwijzing besluit,
            String zaaknummer, String toelichting, List<Artikel> artikelen, String url, String afspraken,
            String openbarePagina) {
    }

    @Schema(description = "Een artikel; de tekst is Markdown")
    public record Artikel(int nummer, String kop, String tekst) {
    }

    @Schema(description = "Een gepubliceerd besluit waarnaar verwezen wordt")
    public record BesluitVerwijzing(String identificatie, String url) {
    }

    @Schema(description = "Een wijkoverleg dat partij is, met de versies die het ondertekende")
    public record Partij(long wijkoverlegId, String naam, LocalDate toegetredenOp, boolean uitgetreden,
            LocalDate uitgetredenOp, List<Ondertekening> ondertekeningen, boolean geldendeVersieOndertekend,
            @Schema(description = "Wie de geldende versie tekende, namens het wijkoverleg en namens de gemeente, "
                    + "zodra beide hebben getekend; anders leeg") List<Ondertekenaar> ondertekenaars,
            @Schema(description = "Pad van de verzegelde PDF van de afspraken met dit wijkoverleg, of null zolang "
                    + "die er niet is") String verzegeldDocument,
            String wijkoverleg) {
    }

    @Schema(description = "Een ondertekende versie en de datum van ondertekening")
    public record Ondertekening(int versie, LocalDate ondertekendOp) {
    }

    @Schema(description = "Iemand die tekende, met functie")
    public record Ondertekenaar(String naam, String functie) {
    }

    @Schema(description = "De verzegelde PDF van de ondertekende afspraken")
    public record VerzegeldePdf(int versie, String bestandsnaam, long grootte) {
    }

    @Schema(description = "Een verlenging op het gezamenlijk wijkoverleg (zonder de evaluatieteksten)")
    public record Verlenging(LocalDate datum, nl.wijkafspraken.afspraken.Uitkomst uitkomst, List<String> aanwezigen,
            @Schema(description = "De versie waartoe de afgesproken wijzigingen leidden, of null")
            Integer leiddeTotVersie) {
    }

    @Schema(description = "Een convenant wijkbeheer (2007) met zijn intrekking")
    public record Convenant(long id, String titel,
            @Schema(description = "De partij zoals die toen heette") String partij,
            @Schema(description = "Het huidige wijkoverleg, of null") String wijkoverleg, LocalDate datumOndertekend,
            boolean ingetrokken, Intrekking intrekking) {
    }

    @Schema(description = "De intrekking van een convenant door een besluit (ZGW: vervaldatum, vervalreden)")
    public record Intrekking(LocalDate vervaldatum, String vervalreden,
            @Schema(description = "Het besluit, als het gepubliceerd is; anders null") BesluitVerwijzing besluit,
            @Schema(description = "Het besluitpunt dat introk, als het besluit gepubliceerd is; anders null")
            String reden,
            AfsprakenVerwijzing vervangendeAfspraken) {
    }

    @Schema(description = "Samenwerkingsafspraken waarnaar verwezen wordt; url is null als ze (nog) niet openbaar zijn")
    public record AfsprakenVerwijzing(long id, String titel, String url) {
    }

    @Schema(description = "Een gepubliceerd besluit in de lijst")
    public record BesluitRegel(String identificatie, LocalDate datum, LocalDate publicatiedatum, String zaaknummer,
            String onderwerp, Uitkomst uitkomst, String url, String pdf) {
    }

    @Schema(description = "Een gepubliceerd besluit (Woo) met het besloten collegevoorstel")
    public record Besluit(String identificatie, String bestuursorgaan, LocalDate datum, LocalDate ingangsdatum,
            LocalDate vervaldatum,
            @Schema(description = "ZGW-vervalreden, bijvoorbeeld ingetrokken_overheid") String vervalreden,
            LocalDate publicatiedatum, String zaaknummer, String onderwerp, Uitkomst uitkomst, boolean naarRaad,
            LocalDate vergaderdatum, int agendanummer, String portefeuillehouder,
            @Schema(description = "Het team van de behandelend ambtenaar") String team,
            List<Besluitpunt> besluitpunten, List<Sectie> secties,
            @Schema(description = "De titels van de bijlagen") List<String> bijlagen, String url, String pdf,
            String openbarePagina) {
    }

    @Schema(description = "Een besluitpunt zoals besloten; de tekst is Markdown")
    public record Besluitpunt(int nummer, String tekst,
            @Schema(description = "De voorgestelde tekst als het college die wijzigde, anders null")
            String voorgesteldeTekst,
            boolean vervallen,
            @Schema(description = "Wat er op grond van dit punt is gedaan, of null") String uitgevoerd) {
    }

    @Schema(description = "Een tekstdeel van het collegevoorstel; de tekst is Markdown")
    public record Sectie(String kop, String ondertitel, String tekst) {
    }

    @Schema(description = "Een zoekresultaat")
    public record Treffer(Zoekuitkomst.Soort soort, String titel,
            @Schema(description = "De titel als HTML: alles ge-escaped, alleen de gevonden woorden in <mark>")
            String titelHtml,
            @Schema(description = "Een uittreksel als HTML: alles ge-escaped, alleen de gevonden woorden in <mark>")
            String uittrekselHtml,
            LocalDate datum, String url, String openbarePagina) {
    }
}
