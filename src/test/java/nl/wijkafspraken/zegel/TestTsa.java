package nl.wijkafspraken.zegel;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampResponseGenerator;
import org.bouncycastle.tsp.TimeStampTokenGenerator;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.annotation.Primary;
import org.springframework.stereotype.Component;

/**
 * A real RFC 3161 time-stamping authority inside the test JVM (BouncyCastle TSP behind the JDK's HTTP server,
 * answering {@code application/timestamp-query} with {@code application/timestamp-reply}), and the client the app
 * uses pointed at it. A component of the test sources, so it is part of the one shared Spring context and replaces
 * the configured {@link Tijdstempeldienst} there (as {@code TestSmtp} does for mail): every seal in the tests gets a
 * timestamp through the real HTTP client, unless a test switches the TSA off ({@link #uit}) or makes it fail
 * ({@link #stil}) for the duration of a call, then switches it back ({@link #aan}).
 */
@Primary
@Component
public class TestTsa extends Tijdstempeldienst implements DisposableBean {

    static final String NAAM = "CN=Wijkafspraken test-TSA, O=Wijkafspraken (test), C=NL";

    enum Stand { AAN, UIT, STIL, ONZIN }

    private final HttpServer server;
    private final URI adres;
    private final X509Certificate certificaat;
    private final AtomicLong volgnummer = new AtomicLong();
    private final AtomicLong vragen = new AtomicLong();
    private volatile Stand stand = Stand.AAN;
    private volatile String autorisatie;

    TestTsa() throws Exception {
        super(Optional.empty(), null, null, Duration.ofSeconds(2));
        var generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair sleutel = generator.generateKeyPair();
        this.certificaat = certificaat(sleutel);
        var tokens = new TimeStampTokenGenerator(
                new JcaSimpleSignerInfoGeneratorBuilder().build("SHA256withRSA", sleutel.getPrivate(), certificaat),
                new JcaDigestCalculatorProviderBuilder().build().get(new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256)),
                new ASN1ObjectIdentifier("1.3.6.1.4.1.99999.1"));
        tokens.addCertificates(new JcaCertStore(List.of(certificaat)));
        var antwoorden = new TimeStampResponseGenerator(tokens, TSPAlgorithms.ALLOWED);

        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/tsa", uitwisseling -> beantwoord(uitwisseling, antwoorden));
        server.start();
        adres = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/tsa");
    }

    private void beantwoord(HttpExchange uitwisseling, TimeStampResponseGenerator antwoorden) throws IOException {
        try (uitwisseling) {
            vragen.incrementAndGet();
            autorisatie = uitwisseling.getRequestHeaders().getFirst("Authorization");
            if (stand == Stand.ONZIN) {
                var onzin = "geen tijdstempel".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
                uitwisseling.getResponseHeaders().set("Content-Type", "application/timestamp-reply");
                uitwisseling.sendResponseHeaders(200, onzin.length);
                uitwisseling.getResponseBody().write(onzin);
                return;
            }
            if (stand == Stand.STIL || !"POST".equals(uitwisseling.getRequestMethod())
                    || !"application/timestamp-query".equals(uitwisseling.getRequestHeaders().getFirst("Content-Type"))) {
                uitwisseling.sendResponseHeaders(503, -1);
                return;
            }
            var vraag = new TimeStampRequest(uitwisseling.getRequestBody().readAllBytes());
            var antwoord = antwoorden.generate(vraag, BigInteger.valueOf(volgnummer.incrementAndGet()), new Date())
                    .getEncoded();
            uitwisseling.getResponseHeaders().set("Content-Type", "application/timestamp-reply");
            uitwisseling.sendResponseHeaders(200, antwoord.length);
            uitwisseling.getResponseBody().write(antwoord);
        } catch (Exception e) {
            uitwisseling.sendResponseHeaders(500, -1);
        }
    }

    @Override
    Optional<URI> adres() {
        return stand == Stand.UIT ? Optional.empty() : Optional.of(adres);
    }

    /** The default: a TSA is configured and answers. */
    public void aan() {
        stand = Stand.AAN;
    }

    /** As the demo: no TSA configured. */
    public void uit() {
        stand = Stand.UIT;
    }

    /** A TSA is configured but answers every question with 503 Service Unavailable. */
    public void stil() {
        stand = Stand.STIL;
    }

    /** The TSA answers 200 with bytes that are no timestamp response. */
    public void onzin() {
        stand = Stand.ONZIN;
    }

    /** The Authorization header of the last question, or null. */
    String autorisatie() {
        return autorisatie;
    }

    /** The server's address, also while switched off. */
    URI url() {
        return adres;
    }

    /** How many questions reached the server. */
    public long vragen() {
        return vragen.get();
    }

    X509Certificate certificaat() {
        return certificaat;
    }

    @Override
    public void destroy() {
        server.stop(0);
    }

    /** Self-signed, with the one key purpose a TSA certificate must have (critical): time stamping. */
    private static X509Certificate certificaat(KeyPair sleutel) throws Exception {
        var naam = new X500Name(NAAM);
        var nu = Instant.now();
        var bouwer = new JcaX509v3CertificateBuilder(naam, BigInteger.valueOf(nu.toEpochMilli()),
                Date.from(nu.minus(Duration.ofDays(1))), Date.from(nu.plus(Duration.ofDays(3650))), naam,
                sleutel.getPublic())
                .addExtension(Extension.extendedKeyUsage, true, new ExtendedKeyUsage(KeyPurposeId.id_kp_timeStamping))
                .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature));
        return new JcaX509CertificateConverter().getCertificate(
                bouwer.build(new JcaContentSignerBuilder("SHA256withRSA").build(sleutel.getPrivate())));
    }
}
