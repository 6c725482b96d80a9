package nl.wijkafspraken.tweedefactor;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Encrypts the TOTP secrets in the database with AES-256-GCM, so that a copy of the database (a backup, a
 * read-only account) does not hand out everybody's second factor. The key is
 * {@code wijkafspraken.tweede-factor.sleutel} (32 bytes, base64), kept outside the database. Without it, a key is
 * made for this run only, and only on the embedded database (demo, tests): secrets enrolled then do not survive a
 * restart. On a configured database the app does not start without it (README).
 */
@Component
class Versleuteling {

    private static final Log log = LogFactory.getLog(Versleuteling.class);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int IV = 12;

    private final SecretKeySpec sleutel;

    Versleuteling(@Value("${wijkafspraken.tweede-factor.sleutel:}") String sleutel,
            @Value("${wijkafspraken.embedded-postgres.actief:false}") boolean embedded) {
        byte[] bytes;
        if (StringUtils.hasText(sleutel)) {
            bytes = Base64.getDecoder().decode(sleutel.trim());
            if (bytes.length != 32) {
                throw new IllegalStateException("wijkafspraken.tweede-factor.sleutel moet 32 bytes zijn (base64)");
            }
        } else if (!embedded) {
            throw new IllegalStateException("Zet wijkafspraken.tweede-factor.sleutel (32 bytes, base64) om de "
                    + "TOTP-sleutels in de database te versleutelen");
        } else {
            bytes = new byte[32];
            RANDOM.nextBytes(bytes);
            log.warn("wijkafspraken.tweede-factor.sleutel is niet gezet: TOTP-sleutels gelden alleen tot de "
                    + "volgende start");
        }
        this.sleutel = new SecretKeySpec(bytes, "AES");
    }

    String versleutel(String tekst) {
        try {
            var iv = new byte[IV];
            RANDOM.nextBytes(iv);
            var cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, sleutel, new GCMParameterSpec(128, iv));
            var versleuteld = cipher.doFinal(tekst.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(ByteBuffer.allocate(IV + versleuteld.length).put(iv)
                    .put(versleuteld).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    String ontsleutel(String opgeslagen) {
        try {
            var bytes = Base64.getDecoder().decode(opgeslagen);
            var cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, sleutel, new GCMParameterSpec(128, bytes, 0, IV));
            return new String(cipher.doFinal(bytes, IV, bytes.length - IV), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("TOTP-sleutel kon niet worden ontsleuteld", e);
        }
    }
}
