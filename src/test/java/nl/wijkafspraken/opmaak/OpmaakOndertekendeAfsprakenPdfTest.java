package nl.wijkafspraken.opmaak;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;

public class OpmaakOndertekendeAfsprakenPdfTest {

    private final PdfService pdf = new PdfService();
    private final byte[] ondertekend = pdf.ondertekendeAfspraken(OndertekendeAfsprakenVoorbeeld.document());
    private final PdfTekst tekst = PdfTekst.van(ondertekend);
    /** The signature page: the last before the two evidence pages (one per party). */
    private final int ondertekeningspagina = tekst.paginas().size() - 3;

    @Test
    void deTekstVanDeVersieMetAlleArtikelenKomtVoorDeOndertekening() {
        assertThat(tekst.regels()).containsSubsequence("Gemeente Aalsmeer", "SAMENWERKINGSAFSPRAKEN",
                "Samenwerkingsafspraken Wijkoverleggen Aalsmeer", "Versie: 2",
                "Looptijd: 4 mei 2026 tot en met 3 mei 2031",
                "Vastgesteld bij besluit: B&W-besluit van 4 mei 2026, zaaknummer Z26-021435",
                "Partijen: Gemeente Aalsmeer", "Wijkoverleg Hornmeer",
                "Artikel 1. Doel", "Artikel 2. Rollen", "• haalt signalen en ideeën op bij bewoners;",
                "Artikel 3. Looptijd en verlenging", "Ondertekening");
        assertThat(tekst.geheel()).contains("De gemeente benoemt een vaste contactpersoon per wijk.",
                "‘van en voor bewoners’", "gezamenlijk wijkoverleg geëvalueerd");
    }

    @Test
    void deOndertekeningStaatOpEenEigenPaginaMetElkeOndertekenaar() {
        var laatste = tekst.paginas().get(ondertekeningspagina);
        assertThat(laatste.strip()).startsWith("Gemeente Aalsmeer · Ondertekende samenwerkingsafspraken");
        assertThat(tekst.paginas().subList(0, ondertekeningspagina))
                .noneMatch(pagina -> pagina.contains("Ondertekening\n"));
        var regels = laatste.lines().map(String::strip).toList();
        assertThat(regels).containsSubsequence("Ondertekening",
                "Naam Functie Partij Ondertekend op Methode");
        // Row by row, cell by cell: name, function, party, time (Dutch summer time), method. A cell may wrap after
        // a hyphen ("Vries-|Oosterhout").
        assertThat(PdfTekst.inSchrijfvolgorde(ondertekend).replace("- ", "-")).contains(
                "Anna de Vries-Oosterhout Voorzitter Wijkoverleg Hornmeer 4 mei 2026, 14:03 uur Persoonlijke link per "
                        + "e-mail en eenmalige code",
                "Jeroen Bakker Secretaris Wijkoverleg Hornmeer 4 mei 2026, 14:17 uur Persoonlijke link per e-mail en "
                        + "eenmalige code",
                "L.M. Visser Wethouder participatie Gemeente Aalsmeer 5 mei 2026, 09:30 uur Ingelogd in "
                        + "Wijkafspraken");
    }

    @Test
    void hetMandaatVanDeGemeenteDeHashEnDeVerificatiepaginaStaanErOp() {
        var laatste = tekst.paginas().get(ondertekeningspagina).replaceAll("\\s+", " ");
        assertThat(laatste).contains("Mandaat L.M. Visser: Mandaat ondertekening samenwerkingsafspraken, verleend "
                        + "bij B&W-besluit van 4 mei 2026 (Z26-021435)",
                "Documentkenmerk", OndertekendeAfsprakenVoorbeeld.HASH, "Echtheid controleren",
                OndertekendeAfsprakenVoorbeeld.VERIFICATIE_URL);
    }

    @Test
    void naDeOndertekeningEenBewijspaginaPerPartijMetElkeGebeurtenisInUtcTotOpDeSeconde() {
        var wijk = tekst.paginas().get(ondertekeningspagina + 1);
        var gemeente = tekst.paginas().getLast();
        assertThat(wijk.lines().map(String::strip).toList()).containsSubsequence(
                "Bewijs van ondertekening: Wijkoverleg Hornmeer", "Ondertekenronde: Ronde 17 (kenmerk "
                        + "ronde/17/wijkoverleg/4)", "Gebeurtenissen", "Tijdstip (UTC) Gebeurtenis Wie");
        assertThat(wijk).contains("SHA-256-vingerafdruk van de ondertekende tekst:", OndertekendeAfsprakenVoorbeeld.HASH);
        assertThat(PdfTekst.inSchrijfvolgorde(ondertekend).replace("- ", "-")).contains(
                "2026-05-03 12:03:00 UTC Uitgenodigd", "2026-05-04 12:01:59 UTC Link geopend",
                "2026-05-04 12:02:13 UTC Eenmalige code aanvaard", "2026-05-04 12:03:00 UTC Ondertekend",
                "Authenticatie en verklaring van Anna de Vries-Oosterhout", "Getypte naam: Anna de Vries");
        assertThat(gemeente).contains("Bewijs van ondertekening: Gemeente Aalsmeer", "2026-05-05 07:30:00 UTC",
                "Mandaat:");
    }

    @Test
    void zonderMandaatGeenKopMandaat() {
        var document = OndertekendeAfsprakenVoorbeeld.document();
        var zonder = new OndertekendeAfsprakenDocument(document.gemeenteNaam(), document.afsprakenTitel(), 1,
                document.ingangsdatum(), document.einddatum(), null, document.artikelen(), document.partijNaam(),
                document.documentHash(), document.ondertekenaars().subList(0, 1), document.verificatieUrl());

        var geheel = PdfTekst.van(pdf.ondertekendeAfspraken(zonder)).geheel();
        assertThat(geheel).doesNotContain("Mandaat", "Vastgesteld bij besluit").contains("Versie: 1");
    }

    @Test
    void deLinkWijstNaarDeVerificatiepagina() throws IOException {
        try (var document = Loader.loadPDF(ondertekend)) {
            var adressen = new ArrayList<String>();
            for (var annotatie : document.getPage(ondertekeningspagina).getAnnotations()) {
                if (annotatie instanceof PDAnnotationLink link && link.getAction() instanceof PDActionURI uri) {
                    adressen.add(uri.getURI());
                }
            }
            assertThat(adressen).containsExactly(OndertekendeAfsprakenVoorbeeld.VERIFICATIE_URL);
        }
    }

    @Test
    void deQrCodeLeidtNaarDeVerificatiepagina() throws Exception {
        assertThat(qrCodes(ondertekend)).containsExactly(OndertekendeAfsprakenVoorbeeld.VERIFICATIE_URL);

        var elders = pdf.ondertekendeAfspraken(OndertekendeAfsprakenVoorbeeld.document("Wijkoverleg Oost",
                "http://localhost:8080/verifieren"));
        assertThat(qrCodes(elders)).containsExactly("http://localhost:8080/verifieren");
    }

    @Test
    void elkePaginaDraagtPaginaXVanYEnDeVersie() {
        int aantal = tekst.paginas().size();
        assertThat(aantal).isGreaterThan(1);
        for (int pagina = 1; pagina <= aantal; pagina++) {
            assertThat(tekst.paginas().get(pagina - 1)).contains("Pagina " + pagina + " van " + aantal,
                    "Samenwerkingsafspraken Wijkoverleggen Aalsmeer, versie 2 · Wijkoverleg Hornmeer");
        }
    }

    @Test
    void documentinformatie() throws IOException {
        try (var reader = new PdfReader(ondertekend)) {
            assertThat(reader.getInfo())
                    .containsEntry("Title", "Samenwerkingsafspraken Wijkoverleggen Aalsmeer, versie 2, ondertekend "
                            + "door Wijkoverleg Hornmeer")
                    .containsEntry("Author", "Gemeente Aalsmeer")
                    .containsEntry("Creator", "Wijkafspraken");
        }
    }

    /**
     * The QR codes ZXing finds on the pages, rendered at 150 dpi, as a phone camera would see the printout; the
     * signature page is no longer the last since the evidence pages follow it.
     */
    public static List<String> qrCodes(byte[] pdf) throws Exception {
        try (var document = Loader.loadPDF(pdf)) {
            var gevonden = new ArrayList<String>();
            for (int pagina = 0; pagina < document.getNumberOfPages(); pagina++) {
                BufferedImage beeld = new PDFRenderer(document).renderImageWithDPI(pagina, 150);
                int[] pixels = beeld.getRGB(0, 0, beeld.getWidth(), beeld.getHeight(), null, 0, beeld.getWidth());
                var bron = new RGBLuminanceSource(beeld.getWidth(), beeld.getHeight(), pixels);
                try {
                    gevonden.add(new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(bron)),
                            Map.of(DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.QR_CODE),
                                    DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText());
                } catch (NotFoundException geenCode) {
                    // this page has none
                }
            }
            return gevonden;
        }
    }
}
