package nl.wijkafspraken.opmaak;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.junit.jupiter.api.Test;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * The structure tree says what the layout shows: headings, lists, tables, the QR code and the link, read back with
 * PDFBox; page headers and footers are not in it (they are artifacts).
 */
class OpmaakPdfStructuurTest {

    private final PdfService pdf = new PdfService();
    private final byte[] voorstel = pdf.collegevoorstel(Voorbeelddocumenten.collegevoorstel(false));
    private final Tag voorstelTags = Tag.van(voorstel);

    @Test
    void hetCollegevoorstelHeeftEenTitelSectiekoppenEnMarkdownkoppen() {
        assertThat(voorstelTags.kinderen()).extracting(Tag::type).containsExactly("Document");
        assertThat(voorstelTags.alle("H1").map(Tag::geheleTekst)).containsExactly("COLLEGEVOORSTEL");
        assertThat(voorstelTags.alle("H2").map(Tag::geheleTekst)).startsWith("Onderwerp", "Besluit", "Samenvatting",
                "Doel").contains("Financiën", "Vervolgstappen", "Bijlagen").doesNotContain("Communicatie");
        assertThat(voorstelTags.alle("H3").map(Tag::geheleTekst)).containsExactly("Uitvoering en procesplanning");
    }

    @Test
    void eenMarkdowntabelIsEenTabelMetKolomkoppen() {
        var tabel = voorstelTags.alle("Table")
                .filter(t -> t.geheleTekst().contains("Subsidie wijkoverleggen")).findFirst().orElseThrow();
        var rijen = tabel.kinderen("TR");
        assertThat(rijen).hasSize(4);
        assertThat(rijen.getFirst().kinderen()).extracting(Tag::type).containsOnly("TH");
        assertThat(rijen.getFirst().kinderen()).extracting(Tag::geheleTekst)
                .containsExactly("Post", "2026", "2027", "2028", "2029");
        assertThat(rijen.getFirst().kinderen()).extracting(Tag::bereik).containsOnly("Column");
        assertThat(rijen.get(1).kinderen()).extracting(Tag::type).containsOnly("TD");
        assertThat(rijen.get(1).kinderen()).extracting(Tag::geheleTekst)
                .containsExactly("Subsidie wijkoverleggen", "€ 42.500", "€ 43.350", "€ 44.217", "€ 45.101");
    }

    @Test
    void hetGegevensblokHeeftRijkoppen() {
        var eersteRij = voorstelTags.alle("Table").findFirst().orElseThrow().kinderen("TR").getFirst();
        assertThat(eersteRij.kinderen()).extracting(Tag::type).containsExactly("TH", "TD");
        assertThat(eersteRij.kinderen()).extracting(Tag::geheleTekst).containsExactly("Zaaknummer:", "Z26-021435");
        assertThat(eersteRij.kinderen().getFirst().bereik()).isEqualTo("Row");
    }

    @Test
    void eenMarkdownlijstIsEenLijstMetLabelsEnEenGenesteLijstInHetItem() {
        var lijst = voorstelTags.alle("L")
                .filter(l -> l.geheleTekst().contains("werksessies per wijk")).findFirst().orElseThrow();
        var items = lijst.kinderen("LI");
        assertThat(items).hasSize(3);
        assertThat(items).allSatisfy(item -> assertThat(item.kinderen()).extracting(Tag::type)
                .startsWith("Lbl", "LBody"));
        assertThat(items).extracting(item -> item.kinderen("Lbl").getFirst().geheleTekst()).containsOnly("•");
        var tweede = items.get(1).kinderen("LBody").getFirst();
        assertThat(tweede.kinderen("P").getFirst().geheleTekst()).isEqualTo("werksessies per wijk, onder meer in:");
        var genest = tweede.kinderen("L").getFirst().kinderen("LI");
        assertThat(genest).extracting(item -> item.kinderen("Lbl").getFirst().geheleTekst()).containsOnly("–");
        assertThat(genest).extracting(item -> item.kinderen("LBody").getFirst().geheleTekst())
                .containsExactly("Oosteinde;", "Kudelstaart;");
    }

    @Test
    void deBesluitpuntenZijnEenGenummerdeLijst() {
        var punten = voorstelTags.alle("L").findFirst().orElseThrow().kinderen("LI");
        assertThat(punten).extracting(item -> item.kinderen("Lbl").getFirst().geheleTekst())
                .containsExactly("1.", "2.", "3.");
        assertThat(punten.getFirst().kinderen("LBody").getFirst().geheleTekst())
                .isEqualTo("de Samenwerkingsafspraken Wijkoverleggen Aalsmeer vast te stellen;");
    }

    @Test
    void kopEnVoetVanDePaginaZijnGeenInhoud() {
        var tekst = voorstelTags.geheleTekst();
        assertThat(tekst).contains("Gemeente Aalsmeer", "Samenwerkingsafspraken Wijkoverleggen Aalsmeer")
                .doesNotContain("Pagina 1 van 3", "Gemeente Aalsmeer · Collegevoorstel");
    }

    @Test
    void deBesluitenlijstIsEenTabelMetKolomkoppen() {
        var tags = Tag.van(pdf.besluitenlijst(Voorbeelddocumenten.besluitenlijst(true)));
        assertThat(tags.alle("H1").map(Tag::geheleTekst)).containsExactly("BESLUITENLIJST");
        var rijen = tags.alle("Table").findFirst().orElseThrow().kinderen("TR");
        assertThat(rijen).hasSize(5);
        assertThat(rijen.getFirst().kinderen()).extracting(Tag::geheleTekst)
                .containsExactly("Nr.", "Zaaknummer", "Onderwerp", "Besluit");
        assertThat(rijen.get(2).kinderen()).extracting(Tag::geheleTekst).containsExactly("9", "Z26-021002",
                "Beantwoording schriftelijke vragen over de Uiterweg Antwoord op vraag 3 aangevuld met de planning "
                        + "van de herinrichting.", "Gewijzigd");
    }

    @Test
    void deQrCodeIsEenFiguurMetAlternatieveTekstEnDeLinkIsGetagd() {
        var tags = Tag.van(pdf.ondertekendeAfspraken(OndertekendeAfsprakenVoorbeeld.document()));
        assertThat(tags.alle("H1").map(Tag::geheleTekst)).containsExactly("Samenwerkingsafspraken Wijkoverleggen "
                + "Aalsmeer");
        assertThat(tags.alle("H3").map(Tag::geheleTekst))
                .containsExactly("Mandaat", "Documentkenmerk", "Echtheid controleren", "Gebeurtenissen",
                        "Authenticatie en verklaring van Anna de Vries-Oosterhout", "Gebeurtenissen",
                        "Authenticatie en verklaring van L.M. Visser");
        assertThat(tags.alle("H2").map(Tag::geheleTekst)).endsWith("Ondertekening",
                "Bewijs van ondertekening: Wijkoverleg Hornmeer", "Bewijs van ondertekening: Gemeente Aalsmeer");
        assertThat(tags.alle("Figure")).singleElement()
                .extracting(Tag::alt).isEqualTo("QR-code met de link naar de controlepagina");

        var link = tags.alle("Link").toList();
        assertThat(link).singleElement().extracting(Tag::geheleTekst)
                .isEqualTo(OndertekendeAfsprakenVoorbeeld.VERIFICATIE_URL);
        var annotatie = link.getFirst().annotaties();
        assertThat(annotatie).singleElement().isInstanceOfSatisfying(PDAnnotationLink.class, a -> {
            assertThat(((PDActionURI) a.getAction()).getURI()).isEqualTo(OndertekendeAfsprakenVoorbeeld.VERIFICATIE_URL);
            assertThat(a.getContents()).startsWith("Link naar de controlepagina");
        });
    }

    @Test
    void taalTitelEnPdfUaStaanInDeCatalogusEnDeMetadata() throws Exception {
        for (byte[] document : List.of(voorstel, pdf.besluitenlijst(Voorbeelddocumenten.besluitenlijst(true)),
                pdf.ondertekendeAfspraken(OndertekendeAfsprakenVoorbeeld.document()))) {
            try (var pdfDocument = Loader.loadPDF(document)) {
                var catalogus = pdfDocument.getDocumentCatalog();
                assertThat(catalogus.getLanguage()).isEqualTo("nl");
                assertThat(catalogus.getMarkInfo().isMarked()).isTrue();
                assertThat(catalogus.getViewerPreferences().displayDocTitle()).isTrue();
                var factory = DocumentBuilderFactory.newInstance();
                factory.setNamespaceAware(true);
                var xmp = factory.newDocumentBuilder().parse(catalogus.getMetadata().exportXMPMetadata());
                assertThat(xmp.getElementsByTagNameNS("http://purl.org/dc/elements/1.1/", "title").item(0)
                        .getTextContent().strip()).isEqualTo(pdfDocument.getDocumentInformation().getTitle());
                assertThat(xmp.getElementsByTagNameNS("http://www.aiim.org/pdfua/ns/id/", "part").item(0)
                        .getTextContent()).isEqualTo("1");
            }
        }
    }

    @Test
    void eenTabelOverMeerderePaginasHeeftEenKoprijEnHerhaaltDieAlsArtefact() throws Exception {
        var markdown = new StringBuilder("| Wijk | Bedrag |\n|:--|--:|\n");
        for (int i = 1; i <= 90; i++) {
            markdown.append("| Wijk ").append(i).append(" | € ").append(i * 100).append(" |\n");
        }
        var document = pdf.collegevoorstel(Voorbeelddocumenten.metSecties(
                List.of(new CollegevoorstelDocument.Sectie("Financiën", markdown.toString()))));

        assertThat(PdfTekst.van(document).paginas().get(2)).contains("Wijk Bedrag");
        var rijen = Tag.van(document).alle("Table").toList().getLast().kinderen("TR");
        assertThat(rijen).hasSize(91);
        assertThat(rijen.stream().filter(rij -> rij.kinderen().getFirst().type().equals("TH"))).hasSize(1);
        assertThat(rijen.getLast().geheleTekst()).isEqualTo("Wijk 90€ 9000");
        assertThat(VeraPdf.overtredingen(document, PDFAFlavour.PDFUA_1)).isEmpty();
    }

    @Test
    void eenRijHogerDanEenPaginaWordtGesplitstEnBlijftEenRij() throws Exception {
        var lang = "Een toelichting die zo lang is dat de rij niet op een pagina past. ".repeat(60);
        var lijst = new BesluitenlijstDocument("Aalsmeer", java.time.LocalDate.of(2026, 5, 4), true, List.of(
                new BesluitenlijstDocument.Agendaregel(1, "Z26-000001", "Lang onderwerp", "Conform advies", lang)));
        var document = pdf.besluitenlijst(lijst);

        assertThat(PdfTekst.van(document).paginas()).hasSizeGreaterThan(1);
        var rijen = Tag.van(document).alle("Table").findFirst().orElseThrow().kinderen("TR");
        assertThat(rijen).hasSize(2);
        assertThat(rijen.get(1).geheleTekst().replaceAll("\\s+", " ")).contains(lang.strip());
        assertThat(VeraPdf.overtredingen(document, PDFAFlavour.PDFUA_1)).isEmpty();
    }
}
