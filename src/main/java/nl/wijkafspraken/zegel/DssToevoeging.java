package nl.wijkafspraken.zegel;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.openpdf.text.DocumentException;
import org.openpdf.text.pdf.PdfArray;
import org.openpdf.text.pdf.PdfDictionary;
import org.openpdf.text.pdf.PdfIndirectReference;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.PdfStamper;
import org.openpdf.text.pdf.PdfStream;
import org.openpdf.text.pdf.PdfWriter;

/**
 * Adds the Document Security Store (ISO 32000-2 §12.8.4.3, ETSI EN 319 142-1 PAdES B-LT) to a sealed PDF as an
 * incremental update after the seal: {@code /DSS} in the catalog with {@code /Certs}, {@code /OCSPs}, {@code /CRLs}
 * and a {@code /VRI} entry for the seal (keyed by the SHA-1 of its {@code /Contents}, as the standard says). The
 * sealed revision stays byte for byte as signed; the update touches nothing else (the XMP is left as it is, the info
 * dictionary only gets its modification date), so {@link Validatierevisie} can tell it apart from a later change.
 */
final class DssToevoeging {

    static final PdfName DSS = new PdfName("DSS");
    private static final PdfName CERTS = new PdfName("Certs");
    private static final PdfName OCSPS = new PdfName("OCSPs");
    private static final PdfName CRLS = new PdfName("CRLs");
    private static final PdfName VRI = new PdfName("VRI");
    private static final PdfName CERT = new PdfName("Cert");
    private static final PdfName OCSP = new PdfName("OCSP");
    private static final PdfName CRL = new PdfName("CRL");

    private DssToevoeging() {
    }

    /**
     * @param verzegeld the sealed PDF
     * @param inhoud    the bytes of the seal's {@code /Contents} as written (the CMS padded with zeros)
     * @param gegevens  what to store
     * @return the PDF with the DSS appended
     */
    static byte[] voegToe(byte[] verzegeld, byte[] inhoud, Validatiegegevens gegevens)
            throws IOException, DocumentException, CertificateEncodingException {
        var reader = new PdfReader(verzegeld);
        try {
            var uit = new ByteArrayOutputStream(verzegeld.length + 16 * 1024);
            var stamper = new PdfStamper(reader, uit, null, true);
            stamper.setUpdateMetadata(false);
            var writer = stamper.getWriter();
            var certs = new PdfArray();
            for (X509Certificate certificaat : gegevens.certificaten()) {
                certs.add(stroom(writer, certificaat.getEncoded()));
            }
            var ocsps = stromen(writer, gegevens.ocsps());
            var crls = stromen(writer, gegevens.crls());

            var vri = new PdfDictionary();
            vri.put(CERT, certs);
            if (!ocsps.isEmpty()) {
                vri.put(OCSP, ocsps);
            }
            if (!crls.isEmpty()) {
                vri.put(CRL, crls);
            }
            var vris = new PdfDictionary();
            vris.put(new PdfName(sha1(inhoud)), writer.addToBody(vri, false).getIndirectReference());

            var dss = new PdfDictionary();
            dss.put(CERTS, certs);
            if (!ocsps.isEmpty()) {
                dss.put(OCSPS, ocsps);
            }
            if (!crls.isEmpty()) {
                dss.put(CRLS, crls);
            }
            dss.put(VRI, vris);
            var catalogus = reader.getCatalog();
            catalogus.put(DSS, writer.addToBody(dss, false).getIndirectReference());
            stamper.markUsed(catalogus);
            stamper.close();
            return uit.toByteArray();
        } finally {
            reader.close();
        }
    }

    private static PdfArray stromen(PdfWriter writer, List<byte[]> inhoud) throws IOException {
        var lijst = new PdfArray();
        for (var bytes : inhoud) {
            lijst.add(stroom(writer, bytes));
        }
        return lijst;
    }

    private static PdfIndirectReference stroom(PdfWriter writer, byte[] bytes)
            throws IOException {
        var stroom = new PdfStream(bytes);
        stroom.flateCompress();
        return writer.addToBody(stroom, false).getIndirectReference();
    }

    /** The VRI key: upper-case hex of the SHA-1 of the signature's /Contents bytes. */
    static String sha1(byte[] inhoud) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(inhoud))
                    .toUpperCase(Locale.ROOT);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
