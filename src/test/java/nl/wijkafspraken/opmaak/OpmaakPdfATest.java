package nl.wijkafspraken.opmaak;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;

/** veraPDF (greenfield parser, from Maven Central, offline) checks the documents against PDF/A-2b. */
class OpmaakPdfATest {

    private final PdfService pdf = new PdfService();

    @BeforeAll
    static void veraPdf() {
        VeraGreenfieldFoundryProvider.initialise();
    }

    @Test
    void beslotenCollegevoorstelIsPdfA2b() throws Exception {
        assertThat(overtredingen(pdf.collegevoorstel(Voorbeelddocumenten.collegevoorstel(false)))).isEmpty();
    }

    @Test
    void conceptCollegevoorstelIsPdfA2b() throws Exception {
        assertThat(overtredingen(pdf.collegevoorstel(Voorbeelddocumenten.collegevoorstel(true)))).isEmpty();
    }

    @Test
    void besluitenlijstIsPdfA2b() throws Exception {
        assertThat(overtredingen(pdf.besluitenlijst(Voorbeelddocumenten.besluitenlijst(false)))).isEmpty();
    }

    @Test
    void ondertekendeAfsprakenZijnPdfA2b() throws Exception {
        assertThat(overtredingen(pdf.ondertekendeAfspraken(OndertekendeAfsprakenVoorbeeld.document()))).isEmpty();
    }

    private static List<String> overtredingen(byte[] document) throws Exception {
        try (var parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(document),
                PDFAFlavour.PDFA_2_B);
                var validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_2_B, false)) {
            return validator.validate(parser).getTestAssertions().stream()
                    .filter(uitkomst -> uitkomst.getStatus() == TestAssertion.Status.FAILED)
                    .map(uitkomst -> uitkomst.getRuleId().getClause() + "-" + uitkomst.getRuleId().getTestNumber()
                            + ": " + uitkomst.getMessage())
                    .distinct()
                    .toList();
        }
    }
}
