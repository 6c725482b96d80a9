package nl.wijkafspraken.zegel;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * The self-signed RSA-3072 test certificate for the seal, for the default run and the tests: made once, with a
 * random password in a file beside the keystore. Never committed ({@code data/} is ignored by git).
 */
final class Testcertificaat {

    static final String NAAM = "CN=Wijkafspraken zegel (test), O=Wijkafspraken (niet voor echte documenten), C=NL";
    private static final int SLEUTELLENGTE = 3072;
    private static final Duration GELDIGHEID = Duration.ofDays(3653);
    private static final Log log = LogFactory.getLog(Testcertificaat.class);

    private Testcertificaat() {
    }

    /**
     * Generates the self-signed test certificate with its random password. Both files are readable by the owner
     * only, written under a temporary name and then moved in place, so a crash never leaves half a keystore.
     */
    static void maak(Path map) {
        try {
            Files.createDirectories(map);
            var random = new SecureRandom();
            var wachtwoordBytes = new byte[32];
            random.nextBytes(wachtwoordBytes);
            var wachtwoord = Base64.getUrlEncoder().withoutPadding().encodeToString(wachtwoordBytes);

            var generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(SLEUTELLENGTE, random);
            var paar = generator.generateKeyPair();
            var naam = new X500Name(NAAM);
            var nu = Instant.now();
            var bouwer = new JcaX509v3CertificateBuilder(naam, new BigInteger(127, random).add(BigInteger.ONE),
                    Date.from(nu.minus(Duration.ofDays(1))), Date.from(nu.plus(GELDIGHEID)), naam, paar.getPublic())
                    .addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
                    .addExtension(Extension.keyUsage, true,
                            new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation))
                    .addExtension(Extension.subjectKeyIdentifier, false,
                            new JcaX509ExtensionUtils().createSubjectKeyIdentifier(paar.getPublic()));
            var certificaat = new JcaX509CertificateConverter().getCertificate(
                    bouwer.build(new JcaContentSignerBuilder("SHA256withRSA").build(paar.getPrivate())));

            var keystore = KeyStore.getInstance("PKCS12");
            keystore.load(null, null);
            keystore.setKeyEntry(Zegelsleutels.ALIAS, paar.getPrivate(), wachtwoord.toCharArray(), new Certificate[] {certificaat});

            var tijdelijkWachtwoord = alleenVoorEigenaar(map.resolve(Zegelsleutels.WACHTWOORDBESTAND + ".nieuw"));
            Files.writeString(tijdelijkWachtwoord, wachtwoord + "\n", StandardCharsets.UTF_8);
            var tijdelijkeKeystore = alleenVoorEigenaar(map.resolve(Zegelsleutels.KEYSTORE + ".nieuw"));
            try (OutputStream uit = Files.newOutputStream(tijdelijkeKeystore)) {
                keystore.store(uit, wachtwoord.toCharArray());
            }
            Files.move(tijdelijkWachtwoord, map.resolve(Zegelsleutels.WACHTWOORDBESTAND), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
            Files.move(tijdelijkeKeystore, map.resolve(Zegelsleutels.KEYSTORE), StandardCopyOption.ATOMIC_MOVE);
            log.info("Zelfondertekend testcertificaat voor het zegel gemaakt in " + map.resolve(Zegelsleutels.KEYSTORE));
        } catch (IOException e) {
            throw new UncheckedIOException("Testcertificaat voor het zegel maken in " + map + " mislukt", e);
        } catch (GeneralSecurityException | OperatorCreationException e) {
            throw new IllegalStateException("Testcertificaat voor het zegel maken mislukt", e);
        }
    }

    /** A new, empty file that only its owner may read and write (where the file system knows permissions). */
    private static Path alleenVoorEigenaar(Path bestand) throws IOException {
        Files.deleteIfExists(bestand);
        try {
            return Files.createFile(bestand,
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException e) {
            return Files.createFile(bestand);
        }
    }

}
