package nl.wijkafspraken.opmaak;

import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfStructureElement;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;

/**
 * Puts the blocks of a document on the pages and tags each one (PDF/UA-1): every document goes through this one
 * class instead of {@code Document.add}.
 * <p>
 * OpenPDF's own page layout ({@code Document.add}) writes into buffers of its own and knows no structure tree. Here
 * each block is set with a {@link ColumnText} into a scratch copy of the page's content and appended as the marked
 * content of its structure element (P, H1–H3, Link); a block that runs on gets the same element on the next page.
 * Lists and tables are set by {@link LijstZetter} and {@link TabelZetter}, which need to tag their parts. The
 * layout rules are those of {@code Document.add}: no space before a block at the top of a page, a new page when
 * the first line does not fit.
 */
final class Zetter {

    private final Document document;
    private final Structuur structuur;
    private final Koppelingen koppelingen;
    private final PdfContentByte pagina;
    private float y;
    private boolean bovenaan = true;

    Zetter(Document document, PdfWriter writer, Koppelingen koppelingen) {
        this.document = document;
        this.structuur = koppelingen.structuur();
        this.koppelingen = koppelingen;
        this.pagina = writer.getDirectContent();
        this.y = document.top();
    }

    Structuur structuur() {
        return structuur;
    }

    PdfStructureElement document() {
        return structuur.document();
    }

    void alinea(Paragraph alinea) {
        alinea(document(), alinea);
    }

    void alinea(PdfStructureElement ouder, Paragraph alinea) {
        zet(structuur.element(ouder, PdfName.P), alinea, links(), rechts(), null);
    }

    /** A heading of level 1 to 3: the document's title, a section, a heading inside a section's text. */
    void kop(int niveau, Paragraph kop) {
        kop(document(), niveau, kop);
    }

    void kop(PdfStructureElement ouder, int niveau, Paragraph kop) {
        var rol = switch (niveau) {
            case 1 -> PdfName.H1;
            case 2 -> PdfName.H2;
            default -> PdfName.H3;
        };
        zet(structuur.element(ouder, rol), kop, links(), rechts(), null);
    }

    void lijst(PdfStructureElement ouder, org.openpdf.text.List lijst) {
        new LijstZetter(this).zet(ouder, lijst);
    }

    void lijst(org.openpdf.text.List lijst) {
        lijst(document(), lijst);
    }

    /** A data table: its header rows become TH (column headers), with {@code rijkoppen} the first column too. */
    void tabel(PdfStructureElement ouder, PdfPTable tabel, boolean rijkoppen) {
        new TabelZetter(this, structuur.element(ouder, PdfName.TABLE), tabel, rijkoppen).zet();
    }

    void tabel(PdfPTable tabel, boolean rijkoppen) {
        tabel(document(), tabel, rijkoppen);
    }

    /** A thin grey rule over the text width, as an artifact: it only separates. */
    void streep(float ruimteVoor) {
        float na = 8f;
        if (!bovenaan) {
            y -= ruimteVoor;
        }
        if (y - 1 < document.bottom()) {
            nieuwePagina();
        }
        var lijn = pagina.getDuplicate();
        lijn.saveState();
        lijn.setColorStroke(PdfOpmaak.LIJN);
        lijn.setLineWidth(0.5f);
        lijn.moveTo(links(), y - 1);
        lijn.lineTo(rechts(), y - 1);
        lijn.stroke();
        lijn.restoreState();
        Structuur.artefact(pagina, lijn);
        y -= 1 + na;
        bovenaan = false;
    }

    /**
     * A paragraph that is one link (e.g. to the verification page): P with a Link element holding its text and its
     * annotation, which {@link Koppelingen} makes from the generic tag {@code adres} on the text.
     */
    void link(PdfStructureElement ouder, Paragraph tekst, String adres, String beschrijving, float links,
            float rechts) {
        var koppeling = structuur.element(structuur.element(ouder, PdfName.P), PdfName.LINK);
        koppelingen.begin(koppeling, adres, beschrijving);
        zet(koppeling, tekst, links, rechts, null);
    }

    /**
     * Sets a paragraph between {@code links} and {@code rechts} from the current height down, on as many pages as it
     * needs, as marked content of {@code element}. {@code eersteRegel}, if given, hears the baseline of the first
     * line while that line's page is still open (for a list label).
     */
    void zet(PdfStructureElement element, Paragraph alinea, float links, float rechts, EersteRegel eersteRegel) {
        var kolom = new ColumnText(pagina);
        kolom.addElement(alinea);
        kolom.setAdjustFirstLine(bovenaan);
        boolean eerste = true;
        while (true) {
            float begin = bovenaan ? y : y - alinea.getSpacingBefore();
            var stuk = pagina.getDuplicate();
            kolom.setCanvas(stuk);
            kolom.setSimpleColumn(links, document.bottom(), rechts, y);
            int status;
            try {
                status = kolom.go();
            } catch (DocumentException e) {
                throw new IllegalStateException("Tekst kon niet worden geplaatst", e);
            }
            boolean leeg = Structuur.isLeeg(stuk);
            if (!leeg) {
                Structuur.markeer(pagina, element, stuk);
                koppelingen.na();
                if (eerste && eersteRegel != null) {
                    eersteRegel.op(begin - alinea.getTotalLeading());
                }
                eerste = false;
                bovenaan = false;
            }
            y = kolom.getYLine();
            if (!ColumnText.hasMoreText(status)) {
                return;
            }
            if (leeg && bovenaan) {
                throw new IllegalStateException("Een regel is hoger dan een pagina");
            }
            nieuwePagina();
            kolom.setAdjustFirstLine(true);
        }
    }

    /** Hears where the first line of a paragraph went. */
    @FunctionalInterface
    interface EersteRegel {
        void op(float basislijn);
    }

    float ruimte() {
        return y - document.bottom();
    }

    void nieuwePagina() {
        document.newPage();
        y = document.top();
        bovenaan = true;
    }

    float y() {
        return y;
    }

    void omlaag(float afstand) {
        y -= afstand;
        bovenaan = false;
    }

    /** Moves down to {@code hoogte} if that is lower than where the next block would go. */
    void tot(float hoogte) {
        y = Math.min(y, hoogte);
        bovenaan = false;
    }

    boolean bovenaan() {
        return bovenaan;
    }

    PdfContentByte pagina() {
        return pagina;
    }

    float links() {
        return document.left();
    }

    float rechts() {
        return document.right();
    }
}
