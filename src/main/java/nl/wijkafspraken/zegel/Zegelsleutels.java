package nl.wijkafspraken.zegel;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collections;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.util.StringUtils;

/** Loads the seal's key from the configured PKCS#12 keystore, or generates and loads the self-signed test one. */
final class Zegelsleutels {

    static final String KEYSTORE = "zegel.p12";
    static final String WACHTWOORDBESTAND = "zegel.p12.wachtwoord";
    static final String ALIAS = "zegel";
    private static final Log log = LogFactory.getLog(Zegelsleutels.class);

    private Zegelsleutels() {
    }

    static Zegelsleutel laad(ZegelEigenschappen eigenschappen) {
        if (StringUtils.hasText(eigenschappen.keystore())) {
            if (eigenschappen.wachtwoord() == null) {
                throw new IllegalStateException("wijkafspraken.zegel.keystore is ingesteld, maar "
                        + "wijkafspraken.zegel.wachtwoord niet");
            }
            return uitPkcs12(Path.of(eigenschappen.keystore()), eigenschappen.wachtwoord().toCharArray(),
                    eigenschappen.alias());
        }
        if (!eigenschappen.zelfondertekendToestaan()) {
            throw new ZegelNietIngesteldException("Een installatie met een eigen database zegelt PDF's met het "
                    + "certificaat van de gemeente: stel "
                    + "wijkafspraken.zegel.keystore (een PKCS#12-bestand), wijkafspraken.zegel.wachtwoord en "
                    + "wijkafspraken.zegel.alias in. Alleen om de app uit te proberen: "
                    + "wijkafspraken.zegel.zelfondertekend-toestaan=true maakt een zelfondertekend testcertificaat aan.");
        }
        var map = testmap(eigenschappen.map());
        var keystore = map.resolve(KEYSTORE);
        synchronized (Zegelsleutels.class) {
            if (!Files.exists(keystore)) {
                Testcertificaat.maak(map);
            }
        }
        var wachtwoordbestand = map.resolve(WACHTWOORDBESTAND);
        if (!Files.isReadable(wachtwoordbestand)) {
            throw new IllegalStateException(keystore + " bestaat, maar het wachtwoord ernaast (" + wachtwoordbestand
                    + ") niet: verwijder " + keystore + " om een nieuw testcertificaat te laten maken");
        }
        var zegelsleutel = uitPkcs12(keystore, lees(wachtwoordbestand).strip().toCharArray(), ALIAS);
        log.warn("Het zegel op PDF's gebruikt een ZELFONDERTEKEND TESTCERTIFICAAT (" + keystore + "): PDF-lezers "
                + "tonen de ondertekenaar als onbekend. Een echte installatie stelt het certificaat van de gemeente in "
                + "met wijkafspraken.zegel.keystore, .wachtwoord en .alias.");
        return zegelsleutel;
    }

    static Zegelsleutel uitPkcs12(Path bestand, char[] wachtwoord, String alias) {
        try (InputStream in = Files.newInputStream(bestand)) {
            var keystore = KeyStore.getInstance("PKCS12");
            keystore.load(in, wachtwoord);
            var sleutelAlias = StringUtils.hasText(alias) ? alias : enigeSleutel(keystore, bestand);
            if (!keystore.isKeyEntry(sleutelAlias)) {
                throw new IllegalStateException(bestand + " bevat geen sleutel met alias '" + sleutelAlias + "'");
            }
            var sleutel = (PrivateKey) keystore.getKey(sleutelAlias, wachtwoord);
            var keten = new ArrayList<X509Certificate>();
            for (Certificate certificaat : keystore.getCertificateChain(sleutelAlias)) {
                keten.add((X509Certificate) certificaat);
            }
            var vertrouwd = new ArrayList<X509Certificate>();
            for (var naam : Collections.list(keystore.aliases())) {
                if (keystore.getCertificate(naam) instanceof X509Certificate certificaat) {
                    vertrouwd.add(certificaat);
                }
            }
            return new Zegelsleutel(sleutel, keten, vertrouwd);
        } catch (IOException | GeneralSecurityException | ClassCastException e) {
            throw new IllegalStateException("Het certificaat voor het zegel kon niet worden geladen uit " + bestand
                    + " (klopt het wachtwoord, is het een PKCS#12-bestand?): " + e.getMessage(), e);
        }
    }

    /** The configured folder, or a throw-away one (the tests) that is removed when the JVM stops. */
    private static Path testmap(String map) {
        if (StringUtils.hasText(map)) {
            return Path.of(map).toAbsolutePath().normalize();
        }
        try {
            var tijdelijk = Files.createTempDirectory("wijkafspraken-zegel");
            tijdelijk.toFile().deleteOnExit();
            tijdelijk.resolve(KEYSTORE).toFile().deleteOnExit();
            tijdelijk.resolve(WACHTWOORDBESTAND).toFile().deleteOnExit();
            return tijdelijk;
        } catch (IOException e) {
            throw new UncheckedIOException("Geen tijdelijke map voor het testcertificaat", e);
        }
    }

    private static String enigeSleutel(KeyStore keystore, Path bestand) throws GeneralSecurityException {
        var sleutels = new ArrayList<String>();
        for (var naam : Collections.list(keystore.aliases())) {
            if (keystore.isKeyEntry(naam)) {
                sleutels.add(naam);
            }
        }
        if (sleutels.size() != 1) {
            throw new IllegalStateException(bestand + " bevat " + sleutels.size() + " sleutels: stel "
                    + "wijkafspraken.zegel.alias in");
        }
        return sleutels.getFirst();
    }

    private static String lees(Path bestand) {
        try {
            return Files.readString(bestand, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
