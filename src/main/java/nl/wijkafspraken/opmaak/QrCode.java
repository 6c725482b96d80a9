package nl.wijkafspraken.opmaak;

import java.util.Map;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import org.openpdf.text.BadElementException;
import org.openpdf.text.Image;
import org.openpdf.text.pdf.PdfTemplate;
import org.openpdf.text.pdf.PdfWriter;

/**
 * A QR code (ZXing) drawn as vector squares in a form XObject, so that it stays sharp at any zoom and in print and
 * needs no image compression. Error correction M (15 %) and the standard quiet zone of four modules around it.
 */
final class QrCode {

    private static final int STILLE_ZONE = 4;

    private QrCode() {
    }

    /** The QR code of the text as an image of {@code grootte} by {@code grootte} points, quiet zone included. */
    static Image van(PdfWriter writer, String tekst, float grootte) {
        BitMatrix modules = modules(tekst);
        int aantal = modules.getWidth();
        float module = grootte / aantal;
        PdfTemplate vlak = writer.getDirectContent().createTemplate(grootte, grootte);
        vlak.setColorFill(PdfOpmaak.TEKST);
        for (int y = 0; y < aantal; y++) {
            // One rectangle per run of dark modules in a row; PDF's y axis points up.
            int x = 0;
            while (x < aantal) {
                if (!modules.get(x, y)) {
                    x++;
                    continue;
                }
                int begin = x;
                while (x < aantal && modules.get(x, y)) {
                    x++;
                }
                vlak.rectangle(begin * module, grootte - (y + 1) * module, (x - begin) * module, module);
            }
        }
        vlak.fill();
        try {
            return Image.getInstance(vlak);
        } catch (BadElementException e) {
            throw new IllegalStateException("QR-code kon niet worden geplaatst", e);
        }
    }

    static BitMatrix modules(String tekst) {
        try {
            return new QRCodeWriter().encode(tekst, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
                            EncodeHintType.MARGIN, STILLE_ZONE,
                            EncodeHintType.CHARACTER_SET, "UTF-8"));
        } catch (WriterException e) {
            throw new IllegalArgumentException("Geen QR-code mogelijk voor deze tekst", e);
        }
    }
}
