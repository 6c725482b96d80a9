package nl.wijkafspraken.opmaak;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;

class OpmaakBesluitenlijstPdfTest {

    private final PdfService pdf = new PdfService();
    private final byte[] definitief = pdf.besluitenlijst(Voorbeelddocumenten.besluitenlijst(true));
    private final PdfTekst tekst = PdfTekst.van(definitief);

    @Test
    void elkAgendapuntMetZaaknummerOnderwerpEnBesluitInAgendavolgorde() {
        assertThat(tekst.regels()).containsSubsequence("Gemeente Aalsmeer", "BESLUITENLIJST",
                "Vergadering van burgemeester en wethouders van 4 mei 2026",
                "Nr. Zaaknummer Onderwerp Besluit",
                "8 Z26-020981 Subsidieplafond sport en beweging 2027 Conform advies",
                "9 Z26-021002 Beantwoording schriftelijke vragen over de Gewijzigd",
                "10 Z26-021435 Samenwerkingsafspraken Wijkoverleggen Conform advies",
                "11 Z26-021517 Kermis Kudelstaart: ontheffing geluid Aangehouden",
                "B&W-vergadering 4 mei 2026 Pagina 1 van 1");
    }

    @Test
    void toelichtingStaatBijHetAgendapunt() {
        assertThat(tekst.geheel()).contains("Antwoord op vraag 3 aangevuld met de planning van de",
                "Terug naar de vergadering van 11 mei 2026");
    }

    @Test
    void definitieveLijstHeeftGeenConceptmerkEnEenOpenVergaderingWel() {
        assertThat(tekst.geheel()).doesNotContain("CONCEPT");
        assertThat(PdfTekst.van(pdf.besluitenlijst(Voorbeelddocumenten.besluitenlijst(false))).geheel())
                .contains("CONCEPT");
    }

    @Test
    void vergaderingZonderAgendapunten() {
        var leeg = new BesluitenlijstDocument("Aalsmeer", LocalDate.of(2026, 5, 11), true, List.of());

        assertThat(PdfTekst.van(pdf.besluitenlijst(leeg)).geheel())
                .contains("11 mei 2026", "Er stonden geen voorstellen op de agenda.");
    }

    @Test
    void documentinformatie() throws IOException {
        try (var reader = new PdfReader(definitief)) {
            assertThat(reader.getInfo()).containsEntry("Title", "Besluitenlijst B&W-vergadering 4 mei 2026")
                    .containsEntry("Author", "Gemeente Aalsmeer").containsEntry("Creator", "Wijkafspraken");
        }
    }
}
