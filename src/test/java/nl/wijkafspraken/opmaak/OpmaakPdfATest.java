package nl.wijkafspraken.opmaak;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/** veraPDF checks the documents against PDF/A-2a (level A: tagged, Unicode text, language; it includes the rules of 2b). */
class OpmaakPdfATest {

    private final PdfService pdf = new PdfService();

    @Test
    void beslotenCollegevoorstelIsPdfA2a() throws Exception {
        assertThat(overtredingen(pdf.collegevoorstel(Voorbeelddocumenten.collegevoorstel(false)))).isEmpty();
    }

    @Test
    void conceptCollegevoorstelIsPdfA2a() throws Exception {
        assertThat(overtredingen(pdf.collegevoorstel(Voorbeelddocumenten.collegevoorstel(true)))).isEmpty();
    }

    @Test
    void besluitenlijstIsPdfA2a() throws Exception {
        assertThat(overtredingen(pdf.besluitenlijst(Voorbeelddocumenten.besluitenlijst(false)))).isEmpty();
    }

    @Test
    void ondertekendeAfsprakenZijnPdfA2a() throws Exception {
        assertThat(overtredingen(pdf.ondertekendeAfspraken(OndertekendeAfsprakenVoorbeeld.document()))).isEmpty();
    }

    private static java.util.List<String> overtredingen(byte[] document) throws Exception {
        return VeraPdf.overtredingen(document, PDFAFlavour.PDFA_2_A);
    }
}
