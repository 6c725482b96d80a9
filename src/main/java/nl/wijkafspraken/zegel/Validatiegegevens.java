package nl.wijkafspraken.zegel;

import java.security.cert.X509Certificate;
import java.util.List;

/**
 * What a validator needs to check a seal years later without asking anyone (PAdES B-LT): the certificates of the
 * seal and of its timestamp with their issuers, and the revocation data (OCSP answers, CRLs) fetched at sealing time.
 *
 * @param certificaten the certificates, each once
 * @param ocsps        DER-encoded OCSP responses (OCSPResponse, RFC 6960)
 * @param crls         DER-encoded CRLs
 */
record Validatiegegevens(List<X509Certificate> certificaten, List<byte[]> ocsps, List<byte[]> crls) {

    Validatiegegevens {
        certificaten = List.copyOf(certificaten);
        ocsps = List.copyOf(ocsps);
        crls = List.copyOf(crls);
    }

    /** Whether there is revocation data: with it the seal is B-LT, without it the certificates alone. */
    boolean metIntrekkingsstatus() {
        return !ocsps.isEmpty() || !crls.isEmpty();
    }
}
