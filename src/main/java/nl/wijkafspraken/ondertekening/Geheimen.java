package nl.wijkafspraken.ondertekening;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The one-time secrets of signing. A link token is 256 random bits from {@link SecureRandom}, base64url without
 * padding (43 characters); a code is six random digits. Only their SHA-256 is stored, the code salted with its
 * invitation, so that the database holds nothing that opens a link or passes a code check.
 */
final class Geheimen {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int TOKEN_BYTES = 32;
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");

    private Geheimen() {
    }

    static String nieuwToken() {
        var bytes = new byte[TOKEN_BYTES];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String nieuweCode() {
        return "%06d".formatted(RANDOM.nextInt(1_000_000));
    }

    /** Whether the text can be a token at all; anything else is refused before the database is asked. */
    static boolean isToken(String tekst) {
        return tekst != null && TOKEN.matcher(tekst).matches();
    }

    static String tokenHash(String token) {
        return sha256(token);
    }

    static String codeHash(long uitnodigingId, String code) {
        return sha256("code:" + uitnodigingId + ":" + code);
    }

    /** Compares two hashes in constant time. */
    static boolean gelijk(String a, String b) {
        return a != null && b != null && MessageDigest.isEqual(a.getBytes(StandardCharsets.US_ASCII),
                b.getBytes(StandardCharsets.US_ASCII));
    }

    static String sha256(String tekst) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(tekst.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 ontbreekt in deze Java", e);
        }
    }
}
