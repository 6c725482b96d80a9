package nl.wijkafspraken.zegel;

import java.security.MessageDigest;
import java.util.Collection;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.tsp.TimeStampToken;

/**
 * Checks the signature-time-stamp of a seal (PAdES B-T): the token's message imprint must be the SHA-256 of the
 * signature value it sits beside, and the token must be signed by the TSA certificate it carries (one with the
 * time-stamping purpose, valid at the stamped time). Which TSA that is, the page names; whether it is on a trusted
 * list is not checked here.
 */
final class Tijdstempelcontrole {

    private Tijdstempelcontrole() {
    }

    /** The timestamp in the unsigned attributes of the signer, or {@link Tijdstempel#GEEN}. */
    static Tijdstempel van(SignerInformation ondertekenaar) {
        var attributen = ondertekenaar.getUnsignedAttributes();
        Attribute attribuut = attributen == null ? null
                : attributen.get(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken);
        if (attribuut == null) {
            return Tijdstempel.GEEN;
        }
        try {
            var token = new TimeStampToken(ContentInfo.getInstance(attribuut.getAttrValues().getObjectAt(0)));
            return controleer(token, ondertekenaar.getSignature());
        } catch (Exception e) {
            // Any broken structure is a timestamp that does not hold, never an error page.
            return Tijdstempel.ONGELDIG;
        }
    }

    /** The TSA as a reader knows it: its common name and organisation, e.g. "Qualified TSA (Vendor B.V.)". */
    static String naam(X500Name onderwerp) {
        var cn = waarde(onderwerp, BCStyle.CN);
        var o = waarde(onderwerp, BCStyle.O);
        if (cn == null) {
            return o == null ? onderwerp.toString() : o;
        }
        return o == null || o.equals(cn) ? cn : cn + " (" + o + ")";
    }

    private static String waarde(X500Name naam, ASN1ObjectIdentifier soort) {
        var rdns = naam.getRDNs(soort);
        return rdns.length == 0 ? null : IETFUtils.valueToString(rdns[0].getFirst().getValue());
    }

    /** Checks the token against the bytes it should stamp. */
    static Tijdstempel controleer(TimeStampToken token, byte[] gestempeld) {
        try {
            var info = token.getTimeStampInfo();
            if (!NISTObjectIdentifiers.id_sha256.equals(info.getMessageImprintAlgOID())
                    || !MessageDigest.isEqual(info.getMessageImprintDigest(), Tijdstempeldienst.sha256(gestempeld))) {
                return Tijdstempel.ONGELDIG;
            }
            @SuppressWarnings("unchecked")
            var certificaten = (Collection<X509CertificateHolder>) token.getCertificates().getMatches(token.getSID());
            for (var certificaat : certificaten) {
                // Checks the signature, the ESS certificate id, the time-stamping key purpose and the validity.
                token.validate(new JcaSimpleSignerInfoVerifierBuilder().build(certificaat));
                return new Tijdstempel(Tijdstempel.Status.GELDIG, info.getGenTime().toInstant(),
                        naam(certificaat.getSubject()));
            }
            return Tijdstempel.ONGELDIG;
        } catch (Exception e) {
            return Tijdstempel.ONGELDIG;
        }
    }
}
