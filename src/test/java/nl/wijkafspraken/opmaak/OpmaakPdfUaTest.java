package nl.wijkafspraken.opmaak;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * veraPDF checks the published documents against PDF/UA-1 (its machine-checkable rules: tags, artifacts, alternative
 * texts, language, title, fonts, annotations). The sealed afspraken are checked in the zegel module's tests.
 */
class OpmaakPdfUaTest {

    private final PdfService pdf = new PdfService();

    @Test
    void collegevoorstelIsPdfUa1() throws Exception {
        assertThat(overtredingen(pdf.collegevoorstel(Voorbeelddocumenten.collegevoorstel(false)))).isEmpty();
    }

    @Test
    void conceptCollegevoorstelMetWatermerkIsPdfUa1() throws Exception {
        assertThat(overtredingen(pdf.collegevoorstel(Voorbeelddocumenten.collegevoorstel(true)))).isEmpty();
    }

    @Test
    void besluitenlijstIsPdfUa1() throws Exception {
        assertThat(overtredingen(pdf.besluitenlijst(Voorbeelddocumenten.besluitenlijst(false)))).isEmpty();
    }

    @Test
    void ondertekendeAfsprakenZijnPdfUa1() throws Exception {
        assertThat(overtredingen(pdf.ondertekendeAfspraken(OndertekendeAfsprakenVoorbeeld.document()))).isEmpty();
    }

    private static List<String> overtredingen(byte[] document) throws Exception {
        return VeraPdf.overtredingen(document, PDFAFlavour.PDFUA_1);
    }
}
