package nl.wijkafspraken.tweedefactor;

import dev.samstevens.totp.code.CodeGenerator;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import dev.samstevens.totp.qr.QrData;
import dev.samstevens.totp.secret.DefaultSecretGenerator;
import dev.samstevens.totp.time.TimeProvider;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.OptionalLong;
import java.util.regex.Pattern;

/**
 * TOTP after RFC 6238 with the parameters every authenticator app reads from the QR code: SHA-1, six digits, 30
 * seconds. The time comes from the app's {@link Clock} (so tests set it). A code of the time step before or after
 * the current one is accepted as well (a phone clock a little off, a code typed just as it changed), and only in a
 * time step after the last one accepted: the same code is never accepted twice (RFC 6238, section 5.2).
 */
final class Totp {

    static final int PERIODE = 30;
    static final int CIJFERS = 6;
    /** Time steps accepted on either side of the current one. */
    static final int SPELING = 1;
    private static final Pattern CODE = Pattern.compile("\\d{" + CIJFERS + "}");

    private final CodeGenerator generator = new DefaultCodeGenerator(HashingAlgorithm.SHA1, CIJFERS);
    private final TimeProvider tijd;

    Totp(Clock clock) {
        this.tijd = () -> clock.instant().getEpochSecond();
    }

    static String nieuwGeheim() {
        // 32 base32 characters: 160 bits, the length RFC 4226 recommends for the HMAC-SHA-1 key.
        return new DefaultSecretGenerator(32).generate();
    }

    /** The otpauth:// URI an authenticator app reads from the QR code. */
    static String uri(String geheim, String gebruikersnaam, String uitgever) {
        return new QrData.Builder().label(gebruikersnaam).secret(geheim).issuer(uitgever)
                .algorithm(HashingAlgorithm.SHA1).digits(CIJFERS).period(PERIODE).build().getUri();
    }

    /**
     * The time step the code belongs to, if it is right for this secret now and comes after {@code laatste} (the
     * last step accepted, or none); empty otherwise.
     */
    OptionalLong controleer(String geheim, String code, Long laatste) {
        var schoon = code == null ? "" : code.replaceAll("\\s", "");
        if (!CODE.matcher(schoon).matches()) {
            return OptionalLong.empty();
        }
        long nu = huidigeStap();
        for (long stap = nu - SPELING; stap <= nu + SPELING; stap++) {
            if ((laatste == null || stap > laatste) && gelijk(code(geheim, stap), schoon)) {
                return OptionalLong.of(stap);
            }
        }
        return OptionalLong.empty();
    }

    long huidigeStap() {
        try {
            return Math.floorDiv(tijd.getTime(), PERIODE);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    String code(String geheim, long stap) {
        try {
            return generator.generate(geheim, stap);
        } catch (CodeGenerationException e) {
            throw new IllegalStateException("TOTP-code kon niet worden berekend", e);
        }
    }

    private static boolean gelijk(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.US_ASCII), b.getBytes(StandardCharsets.US_ASCII));
    }
}
