package nl.wijkafspraken.zegel;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.bouncycastle.asn1.ASN1IA5String;
import org.bouncycastle.asn1.x509.AccessDescription;
import org.bouncycastle.asn1.x509.AuthorityInformationAccess;
import org.bouncycastle.asn1.x509.CRLDistPoint;
import org.bouncycastle.asn1.x509.DistributionPointName;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.cert.CertException;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cert.ocsp.BasicOCSPResp;
import org.bouncycastle.cert.ocsp.CertificateID;
import org.bouncycastle.cert.ocsp.CertificateStatus;
import org.bouncycastle.cert.ocsp.OCSPException;
import org.bouncycastle.cert.ocsp.OCSPReqBuilder;
import org.bouncycastle.cert.ocsp.OCSPResp;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * Gathers the validation data of a seal at the moment it is made: for every certificate that is not its own issuer
 * (a root is trusted as it is), the OCSP answer from the address in its Authority Information Access and the CRL from
 * its CRL Distribution Points, over HTTP with a timeout. Only answers that hold are kept: an OCSP answer must be
 * successful, signed by the issuer (or by a responder certificate the issuer signed) and say "good"; a CRL must be
 * signed by the issuer. What cannot be fetched is logged and left out: the seal is then still valid, just without
 * long-term validation data for that certificate ("when available", issue #13).
 */
class Validatiebron {

    private static final Log LOG = LogFactory.getLog(Validatiebron.class);

    private final HttpClient http;
    private final Duration timeout;

    Validatiebron(Duration timeout) {
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NORMAL)
                .build();
    }

    /** The certificates (each once, in the given order) with the revocation data that could be fetched. */
    Validatiegegevens verzamel(List<X509Certificate> certificaten) {
        var uniek = new LinkedHashMap<String, X509Certificate>();
        for (var certificaat : certificaten) {
            uniek.putIfAbsent(certificaat.getSubjectX500Principal().getName() + "#" + certificaat.getSerialNumber(),
                    certificaat);
        }
        var alle = List.copyOf(uniek.values());
        var ocsps = new ArrayList<byte[]>();
        var crls = new ArrayList<byte[]>();
        for (var certificaat : alle) {
            var uitgever = uitgever(certificaat, alle);
            if (uitgever.isEmpty() || uitgever.get() == certificaat) {
                continue;
            }
            for (var adres : adressen(certificaat, true)) {
                ocsp(certificaat, uitgever.get(), adres).ifPresent(ocsps::add);
            }
            for (var adres : adressen(certificaat, false)) {
                crl(uitgever.get(), adres).ifPresent(crls::add);
            }
        }
        return new Validatiegegevens(alle, ocsps, crls);
    }

    /** The certificate among these whose key signed this one (itself for a self-signed root). */
    private static Optional<X509Certificate> uitgever(X509Certificate certificaat, List<X509Certificate> alle) {
        return alle.stream()
                .filter(kandidaat -> kandidaat.getSubjectX500Principal().equals(certificaat.getIssuerX500Principal()))
                .filter(kandidaat -> {
                    try {
                        certificaat.verify(kandidaat.getPublicKey());
                        return true;
                    } catch (GeneralSecurityException e) {
                        return false;
                    }
                })
                .findFirst();
    }

    /** The http(s) addresses of the OCSP responders ({@code ocsp}) or of the CRLs named in the certificate. */
    static List<URI> adressen(X509Certificate certificaat, boolean ocsp) {
        var adressen = new ArrayList<URI>();
        try {
            var houder = new JcaX509CertificateHolder(certificaat);
            if (ocsp) {
                var aia = AuthorityInformationAccess.fromExtensions(houder.getExtensions());
                if (aia != null) {
                    for (AccessDescription toegang : aia.getAccessDescriptions()) {
                        if (AccessDescription.id_ad_ocsp.equals(toegang.getAccessMethod())) {
                            uri(toegang.getAccessLocation()).ifPresent(adressen::add);
                        }
                    }
                }
            } else {
                var cdp = CRLDistPoint.fromExtensions(houder.getExtensions());
                if (cdp != null) {
                    for (var punt : cdp.getDistributionPoints()) {
                        var naam = punt.getDistributionPoint();
                        if (naam != null && naam.getType() == DistributionPointName.FULL_NAME) {
                            for (var algemeen : GeneralNames.getInstance(naam.getName()).getNames()) {
                                uri(algemeen).ifPresent(adressen::add);
                            }
                        }
                    }
                }
            }
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            LOG.warn("Adressen voor intrekkingsgegevens onleesbaar in " + certificaat.getSubjectX500Principal()
                    + ": " + e.getMessage());
        }
        return adressen;
    }

    private static Optional<URI> uri(GeneralName naam) {
        if (naam.getTagNo() != GeneralName.uniformResourceIdentifier) {
            return Optional.empty();
        }
        var tekst = ASN1IA5String.getInstance(naam.getName()).getString();
        return tekst.startsWith("http://") || tekst.startsWith("https://") ? Optional.of(URI.create(tekst))
                : Optional.empty();
    }

    private Optional<byte[]> ocsp(X509Certificate certificaat, X509Certificate uitgever, URI adres) {
        try {
            var id = new CertificateID(new JcaDigestCalculatorProviderBuilder().build().get(CertificateID.HASH_SHA1),
                    new JcaX509CertificateHolder(uitgever), certificaat.getSerialNumber());
            var vraag = new OCSPReqBuilder().addRequest(id).build();
            var antwoord = new OCSPResp(haal(HttpRequest.newBuilder(adres).timeout(timeout)
                    .header("Content-Type", "application/ocsp-request")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(vraag.getEncoded())), adres));
            if (antwoord.getStatus() != OCSPResp.SUCCESSFUL
                    || !(antwoord.getResponseObject() instanceof BasicOCSPResp basis)) {
                LOG.warn("OCSP-antwoord van " + adres + " niet bruikbaar (status " + antwoord.getStatus() + ")");
                return Optional.empty();
            }
            if (!ondertekendDoorUitgever(basis, uitgever)) {
                LOG.warn("OCSP-antwoord van " + adres + " is niet ondertekend door de uitgever van het certificaat");
                return Optional.empty();
            }
            var status = Arrays.stream(basis.getResponses())
                    .filter(enkel -> enkel.getCertID().equals(id)).findFirst();
            if (status.isEmpty() || status.get().getCertStatus() != CertificateStatus.GOOD) {
                LOG.warn("OCSP-antwoord van " + adres + " noemt " + certificaat.getSubjectX500Principal()
                        + " niet als geldig");
                return Optional.empty();
            }
            return Optional.of(antwoord.getEncoded());
        } catch (IOException | GeneralSecurityException | OCSPException | OperatorCreationException
                 | CertException e) {
            LOG.warn("OCSP-antwoord van " + adres + " niet opgehaald: " + e.getMessage());
            return Optional.empty();
        }
    }

    /** Signed by the issuer itself, or by a responder certificate in the answer that the issuer signed. */
    private static boolean ondertekendDoorUitgever(BasicOCSPResp basis, X509Certificate uitgever)
            throws OperatorCreationException, OCSPException, CertException, GeneralSecurityException {
        var verifier = new JcaContentVerifierProviderBuilder();
        if (basis.isSignatureValid(verifier.build(uitgever.getPublicKey()))) {
            return true;
        }
        for (X509CertificateHolder responder : basis.getCerts()) {
            var gedelegeerd = responder.isSignatureValid(verifier.build(uitgever.getPublicKey()));
            if (gedelegeerd && basis.isSignatureValid(verifier.build(responder))) {
                return true;
            }
        }
        return false;
    }

    private Optional<byte[]> crl(X509Certificate uitgever, URI adres) {
        try {
            var bytes = haal(HttpRequest.newBuilder(adres).timeout(timeout).GET(), adres);
            var crl = (X509CRL) CertificateFactory.getInstance("X.509")
                    .generateCRL(new ByteArrayInputStream(bytes));
            crl.verify(uitgever.getPublicKey());
            return Optional.of(crl.getEncoded());
        } catch (IOException | GeneralSecurityException e) {
            LOG.warn("CRL van " + adres + " niet opgehaald of niet door de uitgever ondertekend: " + e.getMessage());
            return Optional.empty();
        }
    }

    private byte[] haal(HttpRequest.Builder verzoek, URI adres) throws IOException {
        try {
            var antwoord = http.send(verzoek.build(), HttpResponse.BodyHandlers.ofByteArray());
            if (antwoord.statusCode() != 200) {
                throw new IOException("HTTP " + antwoord.statusCode() + " van " + adres);
            }
            return antwoord.body();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Onderbroken", e);
        }
    }
}
