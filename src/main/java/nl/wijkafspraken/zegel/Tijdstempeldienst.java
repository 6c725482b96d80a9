package nl.wijkafspraken.zegel;

import java.io.IOException;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampRequestGenerator;
import org.bouncycastle.tsp.TimeStampResponse;
import org.bouncycastle.tsp.TimeStampToken;
import org.springframework.util.StringUtils;

/**
 * The client of an RFC 3161 time-stamping authority (TSA): asks for a timestamp token over the SHA-256 of some bytes
 * (for the seal: its signature value, PAdES B-T) and checks that the answer is one for exactly that question (status
 * granted, same imprint, same nonce, signed by the certificate it carries). Without a configured URL there is no
 * trusted time, and {@link #stempel} is never called.
 */
class Tijdstempeldienst {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Optional<URI> adres;
    private final String gebruiker;
    private final String wachtwoord;
    private final Duration timeout;
    private final HttpClient http;

    Tijdstempeldienst(ZegelEigenschappen eigenschappen) {
        this(StringUtils.hasText(eigenschappen.tsaUrl()) ? Optional.of(URI.create(eigenschappen.tsaUrl().strip()))
                        : Optional.empty(), eigenschappen.tsaGebruiker(), eigenschappen.tsaWachtwoord(),
                eigenschappen.tsaTimeout() == null ? Duration.ofSeconds(10) : eigenschappen.tsaTimeout());
    }

    Tijdstempeldienst(Optional<URI> adres, String gebruiker, String wachtwoord, Duration timeout) {
        this.adres = adres;
        this.gebruiker = gebruiker;
        this.wachtwoord = wachtwoord;
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** No TSA: seals carry no trusted time (the demo, unit tests). */
    static Tijdstempeldienst geen() {
        return new Tijdstempeldienst(Optional.empty(), null, null, Duration.ofSeconds(10));
    }

    /** The TSA's address, if one is configured. */
    Optional<URI> adres() {
        return adres;
    }

    boolean ingesteld() {
        return adres().isPresent();
    }

    /**
     * A timestamp token over the SHA-256 of the bytes, from the configured TSA.
     *
     * @throws TijdstempelMisluktException when no TSA is configured, it does not answer in time, or its answer is
     *                                     not a valid token for this question
     */
    TimeStampToken stempel(byte[] gegevens) {
        var url = adres().orElseThrow(() -> new TijdstempelMisluktException("Geen tijdstempeldienst ingesteld"));
        var imprint = sha256(gegevens);
        var nonce = new BigInteger(64, RANDOM);
        var generator = new TimeStampRequestGenerator();
        generator.setCertReq(true);
        try {
            var vraag = generator.generate(TSPAlgorithms.SHA256, imprint, nonce);
            var verzoek = HttpRequest.newBuilder(url).timeout(timeout)
                    .header("Content-Type", "application/timestamp-query")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(vraag.getEncoded()));
            if (StringUtils.hasText(gebruiker)) {
                verzoek.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (gebruiker + ":" + (wachtwoord == null ? "" : wachtwoord)).getBytes(StandardCharsets.UTF_8)));
            }
            var antwoord = http.send(verzoek.build(), HttpResponse.BodyHandlers.ofByteArray());
            if (antwoord.statusCode() != 200) {
                throw new TijdstempelMisluktException("De tijdstempeldienst " + url + " antwoordde met HTTP "
                        + antwoord.statusCode());
            }
            var reactie = new TimeStampResponse(antwoord.body());
            // Checks status granted, the imprint, the nonce and that a token was asked with certificate.
            reactie.validate(vraag);
            var token = reactie.getTimeStampToken();
            if (token == null) {
                throw new TijdstempelMisluktException("De tijdstempeldienst " + url + " gaf geen tijdstempel: "
                        + reactie.getStatusString());
            }
            if (Tijdstempelcontrole.controleer(token, gegevens).status() != Tijdstempel.Status.GELDIG) {
                throw new TijdstempelMisluktException("De tijdstempel van " + url + " is niet geldig ondertekend");
            }
            return token;
        } catch (IOException e) {
            throw new TijdstempelMisluktException("De tijdstempeldienst " + url + " antwoordde niet: " + e, e);
        } catch (TSPException e) {
            throw new TijdstempelMisluktException("De tijdstempeldienst " + url + " gaf een ongeldig antwoord: "
                    + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TijdstempelMisluktException("Wachten op de tijdstempeldienst " + url + " onderbroken", e);
        }
    }

    static byte[] sha256(byte[] gegevens) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(gegevens);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
