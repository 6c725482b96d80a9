package nl.wijkafspraken.zegel;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.OperatorCreationException;

/**
 * Checks a seal by reading the bytes themselves, not the PDF structure: the last /ByteRange in the file, the CMS in
 * the /Contents between its two parts, verified again over exactly those parts with one of our certificates. So a
 * damaged file gets an answer too, and only our key can make a seal that passes.
 */
final class Zegelcontroleur {

    /** The signature dictionary's byte range: [0 before-contents after-contents rest]. */
    private static final Pattern BYTE_RANGE =
            Pattern.compile("/ByteRange\\s*\\[\\s*(\\d{1,10})\\s+(\\d{1,10})\\s+(\\d{1,10})\\s+(\\d{1,10})\\s*]");

    private final List<X509Certificate> vertrouwd;

    Zegelcontroleur(List<X509Certificate> vertrouwd) {
        this.vertrouwd = List.copyOf(vertrouwd);
    }

    /** Checks the last signature in the file; {@code hash} is the SHA-256 of the PDF, for the outcome. */
    Zegelcontrole controleer(byte[] pdf, String hash) {
        var tekst = new String(pdf, StandardCharsets.ISO_8859_1);
        if (!tekst.startsWith("%PDF-")) {
            return new Zegelcontrole(Zegelcontrole.Uitkomst.GEEN_PDF, hash, null);
        }
        var bereik = BYTE_RANGE.matcher(tekst).results().reduce((eerste, tweede) -> tweede);
        if (bereik.isEmpty()) {
            return new Zegelcontrole(Zegelcontrole.Uitkomst.GEEN_ZEGEL, hash, null);
        }
        long[] r = new long[4];
        for (int i = 0; i < 4; i++) {
            r[i] = Long.parseLong(bereik.get().group(i + 1));
        }
        // The signature must cover everything but its own /Contents <hex>, up to the end of its revision.
        long einde = r[2] + r[3];
        if (r[0] != 0 || r[1] < 1 || r[2] <= r[1] + 1 || einde > pdf.length
                || pdf[(int) r[1]] != '<' || pdf[(int) r[2] - 1] != '>') {
            return new Zegelcontrole(Zegelcontrole.Uitkomst.GEWIJZIGD, hash, null);
        }
        // Bytes after the signed revision: an incremental update (e.g. a comment added in a PDF reader) leaves the
        // sealed revision byte for byte in place, so that revision can still be checked, and named, on its own.
        boolean toegevoegd = einde < pdf.length;
        if (toegevoegd && !eindigtMetEof(pdf, (int) einde)) {
            return new Zegelcontrole(Zegelcontrole.Uitkomst.GEWIJZIGD, hash, null);
        }
        int voor = (int) r[1];
        int na = (int) r[2];
        var ondertekend = new byte[voor + (int) r[3]];
        System.arraycopy(pdf, 0, ondertekend, 0, voor);
        System.arraycopy(pdf, na, ondertekend, voor, (int) r[3]);
        try {
            // The hex is padded with zeros up to the reserved room: read the one DER object at its start.
            var cmsBytes = HexFormat.of().parseHex(tekst, voor + 1, na - 1);
            ContentInfo inhoud;
            try (var asn1 = new ASN1InputStream(cmsBytes)) {
                inhoud = ContentInfo.getInstance(asn1.readObject());
            }
            var cms = new CMSSignedData(new CMSProcessableByteArray(ondertekend), inhoud);
            var controle = controleer(cms, hash);
            if (toegevoegd && controle.geldig()) {
                // Our own long-term validation data (the DSS after the seal) changes nothing a reader sees.
                var revisie = Arrays.copyOf(pdf, (int) einde);
                var uitkomst = Validatierevisie.alleenValidatiegegevens(revisie, pdf) ? Zegelcontrole.Uitkomst.GELDIG
                        : Zegelcontrole.Uitkomst.GELDIG_MET_TOEVOEGING;
                return new Zegelcontrole(uitkomst, hash, controle.ondertekenaar(), controle.tijdstempel(),
                        HexFormat.of().formatHex(Tijdstempeldienst.sha256(revisie)));
            }
            return controle;
        } catch (IllegalArgumentException | IOException | CMSException e) {
            return new Zegelcontrole(Zegelcontrole.Uitkomst.GEWIJZIGD, hash, null);
        }
    }

    /** Whether the revision ends with its end-of-file marker (and at most a line end): where an update may begin. */
    private static boolean eindigtMetEof(byte[] pdf, int einde) {
        var staart = new String(pdf, Math.max(0, einde - 8), Math.min(8, einde), StandardCharsets.ISO_8859_1);
        return staart.stripTrailing().endsWith("%%EOF");
    }

    private Zegelcontrole controleer(CMSSignedData cms, String hash) {
        var ondertekenaars = cms.getSignerInfos().getSigners();
        if (ondertekenaars.size() != 1) {
            return new Zegelcontrole(Zegelcontrole.Uitkomst.GEWIJZIGD, hash, null);
        }
        SignerInformation ondertekenaar = ondertekenaars.iterator().next();
        @SuppressWarnings("unchecked")
        var bijgevoegd = (Collection<X509CertificateHolder>) cms.getCertificates().getMatches(ondertekenaar.getSID());
        var naam = bijgevoegd.stream().findFirst().map(X509CertificateHolder::getSubject).map(X500Name::toString)
                .orElse(null);
        for (var certificaat : vertrouwd) {
            try {
                if (!ondertekenaar.getSID().match(new JcaX509CertificateHolder(certificaat))) {
                    continue;
                }
                var geldig = ondertekenaar.verify(new JcaSimpleSignerInfoVerifierBuilder().build(certificaat));
                if (!geldig) {
                    return new Zegelcontrole(Zegelcontrole.Uitkomst.GEWIJZIGD, hash, naam);
                }
                return new Zegelcontrole(Zegelcontrole.Uitkomst.GELDIG, hash, naam,
                        Tijdstempelcontrole.van(ondertekenaar), null);
            } catch (CMSException | OperatorCreationException | GeneralSecurityException e) {
                // A digest mismatch (a changed byte) lands here as CMSSignerDigestMismatchException.
                return new Zegelcontrole(Zegelcontrole.Uitkomst.GEWIJZIGD, hash, naam);
            }
        }
        return new Zegelcontrole(Zegelcontrole.Uitkomst.ANDER_CERTIFICAAT, hash, naam);
    }
}
