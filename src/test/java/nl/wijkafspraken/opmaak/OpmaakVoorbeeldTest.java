package nl.wijkafspraken.opmaak;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Writes the sample PDFs for a visual check, only when asked:
 * {@code ./mvnw test -Dtest=OpmaakVoorbeeldTest -Dopmaak.voorbeelden=/tmp/opmaak}, then
 * {@code pdftoppm -png -r 60 /tmp/opmaak/voorbeeld.pdf /tmp/opmaak/voorbeeld} and look at the pages.
 */
@EnabledIfSystemProperty(named = "opmaak.voorbeelden", matches = ".+")
class OpmaakVoorbeeldTest {

    private final PdfService pdf = new PdfService();

    @Test
    void schrijftDeVoorbeelden() throws IOException {
        Path map = Files.createDirectories(Path.of(System.getProperty("opmaak.voorbeelden")));
        schrijf(map.resolve("voorbeeld.pdf"), pdf.collegevoorstel(Voorbeelddocumenten.collegevoorstel(false)));
        schrijf(map.resolve("voorbeeld-concept.pdf"),
                pdf.collegevoorstel(Voorbeelddocumenten.collegevoorstel(true)));
        schrijf(map.resolve("besluitenlijst.pdf"), pdf.besluitenlijst(Voorbeelddocumenten.besluitenlijst(true)));
        schrijf(map.resolve("besluitenlijst-concept.pdf"),
                pdf.besluitenlijst(Voorbeelddocumenten.besluitenlijst(false)));
        schrijf(map.resolve("ondertekende-afspraken.pdf"),
                pdf.ondertekendeAfspraken(OndertekendeAfsprakenVoorbeeld.document()));
    }

    private static void schrijf(Path bestand, byte[] inhoud) throws IOException {
        Files.write(bestand, inhoud);
        assertThat(bestand).isNotEmptyFile();
    }
}
