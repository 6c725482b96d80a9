package nl.wijkafspraken.zegel;

import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.RSAPrivateKey;
import java.util.List;

/**
 * The key that seals with its certificate chain (own certificate first), and the certificates whose seals count as
 * ours: every certificate with a key in the keystore and every trusted certificate in it, so that a renewed
 * certificate does not orphan the documents sealed with the old one (keep the old one in the keystore).
 */
record Zegelsleutel(PrivateKey sleutel, List<X509Certificate> keten, List<X509Certificate> vertrouwd) {

    Zegelsleutel {
        keten = List.copyOf(keten);
        vertrouwd = List.copyOf(vertrouwd);
        if (keten.isEmpty()) {
            throw new IllegalArgumentException("Het zegel heeft een certificaat nodig");
        }
        handtekeningalgoritme(sleutel);
    }

    X509Certificate certificaat() {
        return keten.getFirst();
    }

    /** SHA-256 with the key's own algorithm: RSA (the generated test key) or ECDSA. */
    String handtekeningalgoritme() {
        return handtekeningalgoritme(sleutel);
    }

    private static String handtekeningalgoritme(PrivateKey sleutel) {
        return switch (sleutel) {
            case RSAPrivateKey rsa -> "SHA256withRSA";
            case ECPrivateKey ec -> "SHA256withECDSA";
            default -> throw new IllegalArgumentException("Het zegel kan alleen met een RSA- of EC-sleutel, niet met "
                    + sleutel.getAlgorithm());
        };
    }

    /** Never the key. */
    @Override
    public String toString() {
        return "Zegelsleutel[" + certificaat().getSubjectX500Principal().getName() + "]";
    }
}
