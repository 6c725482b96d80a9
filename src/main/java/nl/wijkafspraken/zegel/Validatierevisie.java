package nl.wijkafspraken.zegel;

import java.io.IOException;
import java.util.Arrays;
import java.util.Set;
import org.openpdf.text.pdf.PRStream;
import org.openpdf.text.pdf.PdfArray;
import org.openpdf.text.pdf.PdfDictionary;
import org.openpdf.text.pdf.PdfIndirectReference;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfObject;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.PdfString;

/**
 * Tells whether what follows the sealed revision of a PDF is only long-term validation data (a Document Security
 * Store, {@link DssToevoeging}) and nothing a reader would see. That is so when every object of the sealed revision is
 * unchanged in the whole file, except that the catalog has gained (or changed) its {@code /DSS} and the info
 * dictionary may have a new modification date or producer, as any PDF library writes them; new objects can then only
 * hang under the DSS. An annotation, a form value, a new
 * page or a changed text all rewrite an existing object, so they count as an addition after sealing.
 */
final class Validatierevisie {

    private static final Set<PdfName> INFO_VRIJ = Set.of(PdfName.MODDATE, PdfName.PRODUCER);

    private Validatierevisie() {
    }

    /**
     * @param revisie the sealed revision: the file up to the end of what the seal covers
     * @param geheel  the whole file, which starts with {@code revisie}
     */
    static boolean alleenValidatiegegevens(byte[] revisie, byte[] geheel) {
        PdfReader oud = null;
        PdfReader nieuw = null;
        try {
            oud = new PdfReader(revisie);
            nieuw = new PdfReader(geheel);
            if (nieuw.getTrailer().get(PdfName.ENCRYPT) != null
                    || !gelijk(oud.getTrailer().get(PdfName.ROOT), nieuw.getTrailer().get(PdfName.ROOT))) {
                return false;
            }
            var info = oud.getTrailer().get(PdfName.INFO);
            if (info != null && !gelijk(info, nieuw.getTrailer().get(PdfName.INFO))) {
                return false;
            }
            // Validation data means a DSS that this update added or replaced; bytes that change nothing are no DSS.
            if (nieuw.getCatalog().get(DssToevoeging.DSS) == null
                    || gelijk(oud.getCatalog().get(DssToevoeging.DSS), nieuw.getCatalog().get(DssToevoeging.DSS))) {
                return false;
            }
            int catalogus = ((PdfIndirectReference) oud.getTrailer().get(PdfName.ROOT)).getNumber();
            int infoNummer = info instanceof PdfIndirectReference ref ? ref.getNumber() : -1;
            for (int nummer = 1; nummer < oud.getXrefSize(); nummer++) {
                var voor = oud.getPdfObjectRelease(nummer);
                var na = nieuw.getPdfObjectRelease(nummer);
                if (nummer == catalogus) {
                    voor = zonder(voor, Set.of(DssToevoeging.DSS));
                    na = zonder(na, Set.of(DssToevoeging.DSS));
                } else if (nummer == infoNummer) {
                    voor = zonder(voor, INFO_VRIJ);
                    na = zonder(na, INFO_VRIJ);
                }
                if (!gelijk(voor, na)) {
                    return false;
                }
            }
            return true;
        } catch (IOException | RuntimeException e) {
            // Whatever cannot be read is no validation data we can vouch for.
            return false;
        } finally {
            if (oud != null) {
                oud.close();
            }
            if (nieuw != null) {
                nieuw.close();
            }
        }
    }

    private static PdfObject zonder(PdfObject object, Set<PdfName> sleutels) {
        if (!(object instanceof PdfDictionary woordenboek) || object instanceof PRStream) {
            return object;
        }
        var kopie = new PdfDictionary();
        kopie.merge(woordenboek);
        sleutels.forEach(kopie::remove);
        return kopie;
    }

    private static boolean gelijk(PdfObject a, PdfObject b) throws IOException {
        if (a == null || b == null) {
            return a == b;
        }
        if (a.type() != b.type()) {
            return false;
        }
        if (a instanceof PdfIndirectReference ra && b instanceof PdfIndirectReference rb) {
            return ra.getNumber() == rb.getNumber() && ra.getGeneration() == rb.getGeneration();
        }
        if (a instanceof PRStream sa && b instanceof PRStream sb) {
            return woordenboekGelijk(sa, sb)
                    && Arrays.equals(PdfReader.getStreamBytesRaw(sa), PdfReader.getStreamBytesRaw(sb));
        }
        if (a instanceof PdfDictionary da && b instanceof PdfDictionary db) {
            return !(a instanceof PRStream) && !(b instanceof PRStream) && woordenboekGelijk(da, db);
        }
        if (a instanceof PdfArray la && b instanceof PdfArray lb) {
            if (la.size() != lb.size()) {
                return false;
            }
            for (int i = 0; i < la.size(); i++) {
                if (!gelijk(la.getPdfObject(i), lb.getPdfObject(i))) {
                    return false;
                }
            }
            return true;
        }
        if (a instanceof PdfString sa && b instanceof PdfString sb) {
            return Arrays.equals(sa.getBytes(), sb.getBytes());
        }
        return a.toString().equals(b.toString());
    }

    private static boolean woordenboekGelijk(PdfDictionary a, PdfDictionary b) throws IOException {
        if (!a.getKeys().equals(b.getKeys())) {
            return false;
        }
        for (var sleutel : a.getKeys()) {
            if (!gelijk(a.get(sleutel), b.get(sleutel))) {
                return false;
            }
        }
        return true;
    }
}
