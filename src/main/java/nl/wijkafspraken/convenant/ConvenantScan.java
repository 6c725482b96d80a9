package nl.wijkafspraken.convenant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import nl.wijkafspraken.gedeeld.DomeinregelException;

/**
 * The scanned PDF of a convenant, in a table of its own so that lists never load it. Checked on content, not on
 * the name or type the browser sends: it must start with the PDF signature {@code %PDF-} and be at most 10 MB.
 */
@Entity
@Table(name = "convenant_scan")
class ConvenantScan {

    static final int MAX_GROOTTE = 10 * 1024 * 1024;
    private static final byte[] PDF = "%PDF-".getBytes(StandardCharsets.US_ASCII);

    @Id
    private Long convenantId;
    private byte[] inhoud;
    private int grootte;
    private String sha256;

    protected ConvenantScan() {
    }

    ConvenantScan(long convenantId, byte[] inhoud) {
        this.convenantId = convenantId;
        vervang(inhoud);
    }

    void vervang(byte[] nieuw) {
        controleer(nieuw);
        this.inhoud = nieuw.clone();
        this.grootte = nieuw.length;
        this.sha256 = sha256(nieuw);
    }

    static void controleer(byte[] inhoud) {
        if (inhoud.length > MAX_GROOTTE) {
            throw DomeinregelException.voorVeld("scan", "convenant.scan.teGroot");
        }
        if (inhoud.length < PDF.length || !Arrays.equals(inhoud, 0, PDF.length, PDF, 0, PDF.length)) {
            throw DomeinregelException.voorVeld("scan", "convenant.scan.geenPdf");
        }
    }

    private static String sha256(byte[] inhoud) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(inhoud));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    byte[] getInhoud() {
        return inhoud.clone();
    }

    int getGrootte() {
        return grootte;
    }

    String getSha256() {
        return sha256;
    }
}
