package nl.wijkafspraken.opmaak;

import java.util.ArrayList;
import java.util.List;

import org.openpdf.text.Document;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfAction;
import org.openpdf.text.pdf.PdfAnnotation;
import org.openpdf.text.pdf.PdfDictionary;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfNumber;
import org.openpdf.text.pdf.PdfObject;
import org.openpdf.text.pdf.PdfPageEventHelper;
import org.openpdf.text.pdf.PdfString;
import org.openpdf.text.pdf.PdfStructureElement;
import org.openpdf.text.pdf.PdfWriter;

/**
 * Makes the link annotations of a tagged document. PDF/UA wants each link annotation inside a Link element (as an
 * object reference, with the element in the annotation's StructParent) and a description in its Contents; OpenPDF's
 * {@code Anchor} makes a bare annotation. The link text therefore carries a generic tag, and this page event makes
 * the annotation over the place OpenPDF reports for it, one per line the link covers.
 */
final class Koppelingen extends PdfPageEventHelper {

    private final Structuur structuur;
    private final List<PdfDictionary> wachtend = new ArrayList<>();
    private PdfStructureElement koppeling;
    private String adres;
    private String beschrijving;

    Koppelingen(Structuur structuur) {
        this.structuur = structuur;
    }

    Structuur structuur() {
        return structuur;
    }

    /** The next generic tag {@code adres} belongs to this Link element; {@code beschrijving} says where it leads. */
    void begin(PdfStructureElement koppeling, String adres, String beschrijving) {
        this.koppeling = koppeling;
        this.adres = adres;
        this.beschrijving = beschrijving;
    }

    @Override
    public void onGenericTag(PdfWriter writer, Document document, Rectangle plek, String tag) {
        if (koppeling == null || !tag.equals(adres)) {
            return;
        }
        var annotatie = new PdfAnnotation(writer, plek.getLeft(), plek.getBottom(), plek.getRight(), plek.getTop(),
                new PdfAction(adres));
        annotatie.setFlags(PdfAnnotation.FLAGS_PRINT);
        annotatie.put(PdfName.CONTENTS, new PdfString(beschrijving, PdfObject.TEXT_UNICODE));
        int sleutel = writer.getStructureTreeRoot().addExistingObject(koppeling.getReference());
        annotatie.put(PdfName.STRUCTPARENT, new PdfNumber(sleutel));
        writer.addAnnotation(annotatie);
        var verwijzing = new PdfDictionary(PdfName.OBJR);
        verwijzing.put(PdfName.OBJ, annotatie.getIndirectReference());
        verwijzing.put(PdfName.PG, writer.getCurrentPage());
        wachtend.add(verwijzing);
    }

    /**
     * Called after the link text's marked content is written: the object references follow it, since OpenPDF
     * wants an element's marked content first.
     */
    void na() {
        if (koppeling != null) {
            wachtend.forEach(verwijzing -> structuur.voegObjectToe(koppeling, verwijzing));
        }
        wachtend.clear();
    }
}
