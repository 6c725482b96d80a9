package nl.wijkafspraken.zegel;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AccessDescription;
import org.bouncycastle.asn1.x509.AuthorityInformationAccess;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.CRLDistPoint;
import org.bouncycastle.asn1.x509.DistributionPoint;
import org.bouncycastle.asn1.x509.DistributionPointName;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v2CRLBuilder;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CRLConverter;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.cert.ocsp.BasicOCSPRespBuilder;
import org.bouncycastle.cert.ocsp.CertificateStatus;
import org.bouncycastle.cert.ocsp.OCSPReq;
import org.bouncycastle.cert.ocsp.OCSPRespBuilder;
import org.bouncycastle.cert.ocsp.RespID;
import org.bouncycastle.cert.ocsp.RevokedStatus;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A small certificate authority inside the test JVM, as a real gemeente's seal would have one: a root, a seal
 * certificate it issued that names an OCSP responder and a CRL, and both served over HTTP by the JDK's server. So
 * the long-term validation data is fetched through the app's real HTTP code. {@link #stand} makes the responder lie
 * (signed by a stranger), say "revoked", or fail.
 */
final class TestPki implements AutoCloseable {

    enum Stand { GOED, INGETROKKEN, VREEMDE_ONDERTEKENAAR, STORING }

    private final KeyPair ca = sleutel();
    private final KeyPair vreemd = sleutel();
    private final KeyPair zegel = sleutel();
    private final X509Certificate caCertificaat;
    private final X509Certificate zegelCertificaat;
    private final HttpServer server;
    volatile Stand stand = Stand.GOED;

    TestPki() throws Exception {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/ocsp", this::ocsp);
        server.createContext("/ca.crl", this::crl);
        server.start();
        var basis = "http://127.0.0.1:" + server.getAddress().getPort();
        var caNaam = new X500Name("CN=Test-CA Wijkafspraken, O=Wijkafspraken (test), C=NL");
        var nu = Instant.now();
        caCertificaat = certificaat(new JcaX509v3CertificateBuilder(caNaam, BigInteger.ONE,
                Date.from(nu.minus(Duration.ofDays(1))), Date.from(nu.plus(Duration.ofDays(3650))), caNaam,
                ca.getPublic())
                .addExtension(Extension.basicConstraints, true, new BasicConstraints(true))
                .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign)));
        zegelCertificaat = certificaat(new JcaX509v3CertificateBuilder(caNaam, BigInteger.TWO,
                Date.from(nu.minus(Duration.ofDays(1))), Date.from(nu.plus(Duration.ofDays(365))),
                new X500Name("CN=Gemeente Testdorp zegel, O=Gemeente Testdorp, C=NL"), zegel.getPublic())
                .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature
                        | KeyUsage.nonRepudiation))
                .addExtension(Extension.authorityInfoAccess, false, new AuthorityInformationAccess(
                        AccessDescription.id_ad_ocsp,
                        new GeneralName(GeneralName.uniformResourceIdentifier, basis + "/ocsp")))
                .addExtension(Extension.cRLDistributionPoints, false, new CRLDistPoint(new DistributionPoint[] {
                        new DistributionPoint(new DistributionPointName(new GeneralNames(new GeneralName(
                                GeneralName.uniformResourceIdentifier, basis + "/ca.crl"))), null, null)})));
    }

    /** The seal's key with its chain (own certificate first), as a keystore would give it. */
    Zegelsleutel zegelsleutel() {
        return new Zegelsleutel(zegel.getPrivate(), List.of(zegelCertificaat, caCertificaat),
                List.of(zegelCertificaat));
    }

    X509Certificate ca() {
        return caCertificaat;
    }

    X509Certificate zegel() {
        return zegelCertificaat;
    }

    private void ocsp(HttpExchange uitwisseling) throws IOException {
        try (uitwisseling) {
            if (stand == Stand.STORING) {
                uitwisseling.sendResponseHeaders(503, -1);
                return;
            }
            var vraag = new OCSPReq(uitwisseling.getRequestBody().readAllBytes());
            var ondertekenaar = stand == Stand.VREEMDE_ONDERTEKENAAR ? vreemd : ca;
            var bouwer = new BasicOCSPRespBuilder(new RespID(new JcaX509CertificateHolder(caCertificaat)
                    .getSubject()));
            for (var enkel : vraag.getRequestList()) {
                bouwer.addResponse(enkel.getCertID(), stand == Stand.INGETROKKEN
                        ? new RevokedStatus(new Date(), 1) : CertificateStatus.GOOD);
            }
            var basis = bouwer.build(new JcaContentSignerBuilder("SHA256withRSA").build(ondertekenaar.getPrivate()),
                    null, new Date());
            stuur(uitwisseling, "application/ocsp-response",
                    new OCSPRespBuilder().build(OCSPRespBuilder.SUCCESSFUL, basis).getEncoded());
        } catch (Exception e) {
            uitwisseling.sendResponseHeaders(500, -1);
        }
    }

    private void crl(HttpExchange uitwisseling) throws IOException {
        try (uitwisseling) {
            if (stand == Stand.STORING) {
                uitwisseling.sendResponseHeaders(503, -1);
                return;
            }
            var nu = new Date();
            var bouwer = new X509v2CRLBuilder(new JcaX509CertificateHolder(caCertificaat).getSubject(), nu)
                    .setNextUpdate(new Date(nu.getTime() + Duration.ofDays(7).toMillis()));
            var ondertekenaar = stand == Stand.VREEMDE_ONDERTEKENAAR ? vreemd : ca;
            var crl = new JcaX509CRLConverter().getCRL(bouwer.build(
                    new JcaContentSignerBuilder("SHA256withRSA").build(ondertekenaar.getPrivate())));
            stuur(uitwisseling, "application/pkix-crl", crl.getEncoded());
        } catch (Exception e) {
            uitwisseling.sendResponseHeaders(500, -1);
        }
    }

    private static void stuur(HttpExchange uitwisseling, String soort, byte[] inhoud) throws IOException {
        uitwisseling.getResponseHeaders().set("Content-Type", soort);
        uitwisseling.sendResponseHeaders(200, inhoud.length);
        uitwisseling.getResponseBody().write(inhoud);
    }

    private X509Certificate certificaat(X509v3CertificateBuilder bouwer) throws Exception {
        return new JcaX509CertificateConverter().getCertificate(bouwer.build(
                new JcaContentSignerBuilder("SHA256withRSA").build(ca.getPrivate())));
    }

    private static KeyPair sleutel() {
        try {
            var generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
