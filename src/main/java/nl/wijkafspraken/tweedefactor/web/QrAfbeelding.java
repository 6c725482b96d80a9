package nl.wijkafspraken.tweedefactor.web;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * The otpauth URI as a PNG data URI for an {@code <img>} (the CSP allows {@code img-src data:}), drawn with ZXing;
 * never stored or cached anywhere, since it holds the secret.
 */
final class QrAfbeelding {

    private static final int PIXELS_PER_MODULE = 6;

    private QrAfbeelding() {
    }

    static String dataUri(String tekst) {
        try {
            var modules = new QRCodeWriter().encode(tekst, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 4));
            int breedte = modules.getWidth() * PIXELS_PER_MODULE;
            var beeld = new BufferedImage(breedte, breedte, BufferedImage.TYPE_BYTE_BINARY);
            for (int y = 0; y < breedte; y++) {
                for (int x = 0; x < breedte; x++) {
                    beeld.setRGB(x, y, modules.get(x / PIXELS_PER_MODULE, y / PIXELS_PER_MODULE) ? 0x000000 : 0xFFFFFF);
                }
            }
            var png = new ByteArrayOutputStream();
            ImageIO.write(beeld, "png", png);
            return "data:image/png;base64," + Base64.getEncoder().encodeToString(png.toByteArray());
        } catch (WriterException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
