package nl.wijkafspraken.opmaak;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;

import nl.wijkafspraken.opmaak.CollegevoorstelDocument.Sectie;
import org.junit.jupiter.api.Test;
import org.openpdf.text.PageSize;
import org.openpdf.text.pdf.PdfReader;

class OpmaakCollegevoorstelPdfTest {

    private final PdfService pdf = new PdfService();
    private final byte[] besloten = pdf.collegevoorstel(Voorbeelddocumenten.collegevoorstel(false));
    private final PdfTekst tekst = PdfTekst.van(besloten);

    @Test
    void elkOnderdeelStaatErInDeVolgordeVanHetVoorstel() {
        assertThat(tekst.regels()).containsSubsequence("Gemeente Aalsmeer", "COLLEGEVOORSTEL",
                "Zaaknummer: Z26-021435", "Openbaarheid: Ja", "Raad: Nee", "Portefeuillehouder: wethouder L.M. Visser",
                "Onderwerp", "Samenwerkingsafspraken Wijkoverleggen Aalsmeer", "Besluit",
                "Het college van burgemeester en wethouders besluit:", "Samenvatting", "Doel", "Prestatie",
                "Voorgeschiedenis en context", "Overwegingen die hebben geleid tot het voorgestelde besluit",
                "Keuzemogelijkheden/alternatieven", "Participatie", "Kanttekeningen en risico's", "Financiën",
                "Vervolgstappen", "Uitvoering en procesplanning", "Evaluatie", "Duurzaamheidsaspecten", "Bijlagen",
                "Behandeld in B&W-vergadering d.d. 4 mei 2026, nr. 10", "Besluit B&W: Conform advies");
    }

    @Test
    void behandelendAmbtenaarStaatOpMeerRegels() {
        assertThat(tekst.regels()).containsSubsequence("Behandelend ambtenaar: R. van der Meulen", "0612345678",
                "r.van.der.meulen@example.nl", "Team Participatie");
    }

    @Test
    void besluitpuntenZijnGenummerd() {
        assertThat(tekst.geheel()).contains("besluit: 1. de Samenwerkingsafspraken Wijkoverleggen Aalsmeer vast te "
                + "stellen; 2. de convenanten wijkbeheer met de wijkoverleggen uit 2007 in te trekken; 3. de wethouder "
                + "participatie mandaat te verlenen");
    }

    @Test
    void tabelKomtMetAlleCellenInHetDocument() {
        assertThat(tekst.regels()).containsSubsequence("Post 2026 2027 2028 2029",
                "Subsidie wijkoverleggen € 42.500 € 43.350 € 44.217 € 45.101",
                "Gezamenlijk wijkoverleg (café De Oude Veiling) € 1.200 € 1.200 € 1.250 € 1.250",
                "Totaal € 43.700 € 44.550 € 45.467 € 46.351");
    }

    @Test
    void lijstenHoudenHunOpsommingstekensEnNummers() {
        assertThat(tekst.regels()).containsSubsequence("• het gezamenlijke overleg van 18 november 2024;",
                "• werksessies per wijk, onder meer in:", "– Oosteinde;", "– Kudelstaart;",
                "• een schriftelijke reactieronde in het voorjaar van 2025.",
                "1. ondertekent de portefeuillehouder participatie de afspraken;");
    }

    @Test
    void bijlagenGenummerdEnSlotregelsAanHetEinde() {
        assertThat(tekst.geheel()).contains("Bijlagen 1. Samenwerkingsafspraken Wijkoverleggen Aalsmeer "
                + "2. Overzicht convenanten wijkbeheer 2007 Behandeld in B&W-vergadering d.d. 4 mei 2026, nr. 10 "
                + "Besluit B&W: Conform advies");
    }

    @Test
    void legeSectieWordtWeggelaten() {
        assertThat(tekst.geheel()).doesNotContain("Communicatie");

        var zonderTekst = Voorbeelddocumenten.metSecties(List.of(new Sectie("Samenvatting", "Kort."),
                new Sectie("Evaluatie", null), new Sectie("Participatie", "\n\n  \n")));
        var tekstZonder = PdfTekst.van(pdf.collegevoorstel(zonderTekst));
        assertThat(tekstZonder.geheel()).contains("Samenvatting Kort. Bijlagen");
        assertThat(tekstZonder.regels()).doesNotContain("Evaluatie", "Participatie");
    }

    @Test
    void zonderBijlagenGeenKopBijlagen() {
        var voorstel = Voorbeelddocumenten.collegevoorstel(false);
        var zonder = new CollegevoorstelDocument(voorstel.gemeente(), voorstel.metadata(), voorstel.onderwerp(),
                null, voorstel.besluitpunten(), voorstel.secties(), List.of(), voorstel.slotregels(), false, null);

        assertThat(PdfTekst.van(pdf.collegevoorstel(zonder)).geheel()).doesNotContain("Bijlagen")
                .contains(CollegevoorstelDocument.STANDAARD_AANHEF);
    }

    @Test
    void nederlandseTekensBlijvenHeel() {
        assertThat(tekst.geheel()).contains("financiële", "één actueel", "geïnventariseerd", "café", "€ 42.500",
                "‘van en voor bewoners’", "“juridische afdwingbaarheid”", "verlengd – een");
    }

    @Test
    void htmlInEenSectieStaatErAlsTekst() {
        var voorstel = Voorbeelddocumenten.metSecties(List.of(new Sectie("Samenvatting", "Zie <b>dit</b> & <i>dat</i>.")));

        assertThat(PdfTekst.van(pdf.collegevoorstel(voorstel)).geheel()).contains("Zie <b>dit</b> & <i>dat</i>.");
    }

    @Test
    void elkePaginaDraagtPaginaXVanY() {
        int aantal = tekst.paginas().size();
        assertThat(aantal).isGreaterThan(1);
        for (int pagina = 1; pagina <= aantal; pagina++) {
            assertThat(tekst.paginas().get(pagina - 1)).contains("Pagina " + pagina + " van " + aantal);
        }
    }

    @Test
    void beslotenVoorstelHeeftGeenConceptmerk() {
        assertThat(tekst.geheel()).doesNotContain("CONCEPT");
    }

    @Test
    void conceptDraagtOpElkePaginaHetConceptmerk() {
        var concept = PdfTekst.van(pdf.collegevoorstel(Voorbeelddocumenten.collegevoorstel(true)));

        assertThat(concept.paginas()).hasSize(tekst.paginas().size())
                .allSatisfy(pagina -> assertThat(pagina).contains("CONCEPT"));
    }

    @Test
    void documentinformatieEnPaginaformaat() throws IOException {
        try (var reader = new PdfReader(besloten)) {
            assertThat(reader.getInfo())
                    .containsEntry("Title", "Collegevoorstel Z26-021435 Samenwerkingsafspraken Wijkoverleggen Aalsmeer")
                    .containsEntry("Subject", "Samenwerkingsafspraken Wijkoverleggen Aalsmeer")
                    .containsEntry("Author", "Gemeente Aalsmeer")
                    .containsEntry("Creator", "Wijkafspraken");
            assertThat(reader.getPageSize(1).getWidth()).isEqualTo(PageSize.A4.getWidth());
            assertThat(reader.getPageSize(1).getHeight()).isEqualTo(PageSize.A4.getHeight());
        }
    }
}
