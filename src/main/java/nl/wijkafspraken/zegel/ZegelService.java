package nl.wijkafspraken.zegel;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.GregorianCalendar;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.IssuerSerial;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cms.CMSAttributeTableGenerator;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.SignerInformationStore;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampToken;
import org.openpdf.text.DocumentException;
import org.openpdf.text.pdf.PdfDate;
import org.openpdf.text.pdf.PdfDictionary;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.PdfSignature;
import org.openpdf.text.pdf.PdfStamper;
import org.openpdf.text.pdf.PdfString;
import org.springframework.stereotype.Service;

/**
 * Seals PDFs with the gemeente's certificate and checks seals. The seal is a PAdES-style signature
 * ({@code /SubFilter /ETSI.CAdES.detached}): a detached CMS over the whole file except the signature itself
 * (SHA-256, signed attributes content-type, message-digest and signing-certificate-v2; the time is the dictionary's
 * {@code /M}, not a CMS signing-time, as PAdES asks), which any PDF reader and {@code pdfsig} can check. With a
 * TSA configured, the signature value gets an RFC 3161 timestamp (PAdES B-T), so the time of the seal no longer
 * rests on the app's own clock and the seal can still be dated after the certificate has expired. After the seal, an
 * incremental update adds a Document Security Store with the certificates of seal and timestamp and their OCSP
 * answers and CRLs (PAdES B-LT), when the certificates name where to get them (a self-signed test certificate does
 * not): a validator then needs nothing else later.
 */
@Service
public class ZegelService {

    /**
     * Room for the CMS in /Contents: certificate, signature and attributes take 2-3 KB with RSA-3072, a timestamp
     * token with its TSA certificate another 2-6 KB; the rest leaves room for a longer certificate chain.
     */
    static final int RUIMTE = 32 * 1024;
    private static final PdfName CADES_DETACHED = new PdfName("ETSI.CAdES.detached");

    private final Zegelsleutel zegelsleutel;
    private final Tijdstempeldienst tsa;
    private final Validatiebron validatiebron;
    private final Zegelcontroleur controleur;
    private final Clock clock;

    ZegelService(Zegelsleutel zegelsleutel, Tijdstempeldienst tsa, Validatiebron validatiebron, Clock clock) {
        this.zegelsleutel = zegelsleutel;
        this.tsa = tsa;
        this.validatiebron = validatiebron;
        this.controleur = new Zegelcontroleur(zegelsleutel.vertrouwd());
        this.clock = clock;
    }

    /** Whether seals get a trusted time: a TSA is configured ({@code wijkafspraken.zegel.tsa-url}). */
    public boolean metTijdstempel() {
        return tsa.ingesteld();
    }

    /**
     * Seals a PDF: an invisible signature over the whole document, with the reason and place shown by PDF readers.
     *
     * @param pdf     the document; must not be signed already (its signatures would no longer hold)
     * @param reden   why it is sealed, e.g. "Ondertekende samenwerkingsafspraken"
     * @param locatie where, e.g. the gemeente's name
     * @return the sealed PDF
     * @throws IllegalArgumentException    when the bytes are no readable PDF
     * @throws TijdstempelMisluktException when a TSA is configured and gives no valid timestamp: nothing is sealed
     */
    public byte[] verzegel(byte[] pdf, String reden, String locatie) {
        Objects.requireNonNull(reden, "reden");
        Objects.requireNonNull(locatie, "locatie");
        PdfReader reader;
        try {
            reader = new PdfReader(pdf);
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("Geen leesbare PDF", e);
        }
        try {
            var uit = new ByteArrayOutputStream(pdf.length + 2 * RUIMTE + 4096);
            var stamper = PdfStamper.createSignature(reader, uit, null);
            var weergave = stamper.getSignatureAppearance();
            var tijdstip = GregorianCalendar.from(ZonedDateTime.now(clock));
            weergave.setSignDate(tijdstip);
            weergave.setReason(reden);
            weergave.setLocation(locatie);

            var handtekening = new PdfSignature(PdfName.ADOBE_PPKLITE, CADES_DETACHED);
            handtekening.setReason(reden);
            handtekening.setLocation(locatie);
            handtekening.setDate(new PdfDate(tijdstip));
            handtekening.setName(new JcaX509CertificateHolder(zegelsleutel.certificaat()).getSubject().toString());
            weergave.setCryptoDictionary(handtekening);
            weergave.preClose(new HashMap<>(Map.of(PdfName.CONTENTS, RUIMTE * 2 + 2)));

            var ondertekend = metTijdstempel(cms(weergave.getRangeStream().readAllBytes()));
            var cms = ondertekend.getEncoded();
            if (cms.length > RUIMTE) {
                throw new IllegalStateException("Zegel van " + cms.length + " bytes past niet in " + RUIMTE);
            }
            var contents = Arrays.copyOf(cms, RUIMTE);
            var inhoud = new PdfDictionary();
            inhoud.put(PdfName.CONTENTS, new PdfString(contents).setHexWriting(true));
            weergave.close(inhoud);
            // PAdES B-LT: the certificates of seal and timestamp with their revocation data, when it can be had.
            // Without revocation data a DSS would only repeat the certificates the CMS and the token carry already.
            var certificaten = new ArrayList<X509Certificate>(zegelsleutel.keten());
            certificaten.addAll(tijdstempelcertificaten(ondertekend));
            var gegevens = validatiebron.verzamel(certificaten);
            return gegevens.metIntrekkingsstatus() ? DssToevoeging.voegToe(uit.toByteArray(), contents, gegevens)
                    : uit.toByteArray();
        } catch (IOException | DocumentException | GeneralSecurityException | OperatorCreationException
                 | CMSException | TSPException e) {
            throw new IllegalStateException("Verzegelen mislukt", e);
        } finally {
            reader.close();
        }
    }

    /** The SHA-256 of the bytes, in lower-case hex: how the app names a sealed document. */
    public String sha256(byte[] inhoud) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(inhoud));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Checks whether the PDF carries a seal made with one of our certificates and whether it still covers the whole
     * file unchanged: the CMS is verified again over the signed byte range.
     */
    public Zegelcontrole controleer(byte[] pdf) {
        return controleur.controleer(pdf, sha256(pdf));
    }

    /**
     * PAdES B-T: the TSA's token over the signature value, as the unsigned attribute signature-time-stamp (RFC 3161
     * appendix A, ETSI EN 319 122-1). Outside the signed attributes, so it can only be added after signing.
     */
    private CMSSignedData metTijdstempel(CMSSignedData cms) throws IOException {
        if (!tsa.ingesteld()) {
            return cms;
        }
        var ondertekenaar = cms.getSignerInfos().getSigners().iterator().next();
        var token = tsa.stempel(ondertekenaar.getSignature());
        var attribuut = new Attribute(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken,
                new DERSet(ASN1Primitive.fromByteArray(token.getEncoded())));
        var gestempeld = SignerInformation.replaceUnsignedAttributes(ondertekenaar,
                new AttributeTable(attribuut));
        return CMSSignedData.replaceSigners(cms, new SignerInformationStore(gestempeld));
    }

    /** The certificates the TSA put in the timestamp token of the seal, if it has one. */
    private static List<X509Certificate> tijdstempelcertificaten(CMSSignedData cms)
            throws IOException, TSPException, CMSException, GeneralSecurityException {
        var attributen = cms.getSignerInfos().getSigners().iterator().next().getUnsignedAttributes();
        var attribuut = attributen == null ? null
                : attributen.get(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken);
        if (attribuut == null) {
            return List.of();
        }
        var token = new TimeStampToken(ContentInfo.getInstance(attribuut.getAttrValues().getObjectAt(0)));
        var omzetter = new JcaX509CertificateConverter();
        var certificaten = new ArrayList<X509Certificate>();
        for (var houder : token.getCertificates().getMatches(null)) {
            certificaten.add(omzetter.getCertificate(houder));
        }
        return certificaten;
    }

    /** The detached CMS (CAdES-BES as PAdES B-B wants it) over the bytes of the signed range. */
    private CMSSignedData cms(byte[] ondertekend) throws GeneralSecurityException, OperatorCreationException,
            CMSException, IOException {
        var certificaat = zegelsleutel.certificaat();
        var houder = new JcaX509CertificateHolder(certificaat);
        var certHash = MessageDigest.getInstance("SHA-256").digest(certificaat.getEncoded());
        var certId = new ESSCertIDv2(certHash,
                new IssuerSerial(new GeneralNames(new GeneralName(houder.getIssuer())), houder.getSerialNumber()));
        var extra = new ASN1EncodableVector();
        extra.add(new Attribute(PKCSObjectIdentifiers.id_aa_signingCertificateV2,
                new DERSet(new SigningCertificateV2(new ESSCertIDv2[] {certId}))));
        CMSAttributeTableGenerator attributen = new DefaultSignedAttributeTableGenerator(new AttributeTable(extra)) {
            @Override
            public AttributeTable getAttributes(@SuppressWarnings("rawtypes") Map parameters) {
                return super.getAttributes(parameters).remove(CMSAttributes.signingTime);
            }
        };
        var generator = new CMSSignedDataGenerator();
        generator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder()
                .build())
                .setSignedAttributeGenerator(attributen)
                .build(new JcaContentSignerBuilder(zegelsleutel.handtekeningalgoritme()).build(zegelsleutel.sleutel()),
                        certificaat));
        generator.addCertificates(new JcaCertStore(List.copyOf(zegelsleutel.keten())));
        return generator.generate(new CMSProcessableByteArray(ondertekend), false);
    }
}
