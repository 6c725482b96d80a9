package nl.wijkafspraken.tweedefactor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import nl.wijkafspraken.support.TweedeStap;
import org.junit.jupiter.api.Test;

/** TOTP after RFC 6238 on a clock the test sets: the code of now, of the step next to it, and no replay. */
class TotpTest {

    private static final String GEHEIM = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";
    private static final Instant NU = Instant.parse("2026-12-03T10:00:15Z");

    private final Totp totp = new Totp(Clock.fixed(NU, ZoneOffset.UTC));

    @Test
    void deCodeVanNuWordtGeaccepteerd() {
        assertThat(totp.controleer(GEHEIM, TweedeStap.code(GEHEIM, NU), null)).hasValue(NU.getEpochSecond() / 30);
    }

    @Test
    void rfc6238Testvector() {
        // RFC 6238, appendix B: key "12345678901234567890" (base32 below), T = 59 s, SHA-1, 8 digits 94287082.
        var rfc = new Totp(Clock.fixed(Instant.ofEpochSecond(59), ZoneId.of("UTC")));
        assertThat(rfc.code("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ", 1)).isEqualTo("287082");
    }

    @Test
    void eenVerkeerdeCodeWordtGeweigerd() {
        var goed = TweedeStap.code(GEHEIM, NU);
        var fout = goed.equals("000000") ? "000001" : "000000";
        assertThat(totp.controleer(GEHEIM, fout, null)).isEmpty();
    }

    @Test
    void dezelfdeCodeWordtGeenTweedeKeerGeaccepteerd() {
        var code = TweedeStap.code(GEHEIM, NU);
        long stap = totp.controleer(GEHEIM, code, null).getAsLong();
        assertThat(totp.controleer(GEHEIM, code, stap)).isEmpty();
        // Nor an older one once a newer step was accepted.
        assertThat(totp.controleer(GEHEIM, TweedeStap.code(GEHEIM, NU.minusSeconds(30)), stap)).isEmpty();
    }

    @Test
    void eenStapErnaastTeltOokMaarTweeStappenNiet() {
        assertThat(totp.controleer(GEHEIM, TweedeStap.code(GEHEIM, NU.minusSeconds(30)), null)).isPresent();
        assertThat(totp.controleer(GEHEIM, TweedeStap.code(GEHEIM, NU.plusSeconds(30)), null)).isPresent();
        assertThat(totp.controleer(GEHEIM, TweedeStap.code(GEHEIM, NU.minusSeconds(60)), null)).isEmpty();
        assertThat(totp.controleer(GEHEIM, TweedeStap.code(GEHEIM, NU.plusSeconds(60)), null)).isEmpty();
    }

    @Test
    void deVolgendeCodeMagNaDeHuidige() {
        long stap = totp.controleer(GEHEIM, TweedeStap.code(GEHEIM, NU), null).getAsLong();
        assertThat(totp.controleer(GEHEIM, TweedeStap.code(GEHEIM, NU.plusSeconds(30)), stap)).hasValue(stap + 1);
    }

    @Test
    void onzinGeenCijfersOfVerkeerdeLengteWordtGeweigerd() {
        assertThat(totp.controleer(GEHEIM, null, null)).isEmpty();
        assertThat(totp.controleer(GEHEIM, "", null)).isEmpty();
        assertThat(totp.controleer(GEHEIM, "12a456", null)).isEmpty();
        assertThat(totp.controleer(GEHEIM, "12345", null)).isEmpty();
        assertThat(totp.controleer(GEHEIM, "1234567", null)).isEmpty();
        // Spaces as an app shows them ("123 456") are fine.
        var code = TweedeStap.code(GEHEIM, NU);
        assertThat(totp.controleer(GEHEIM, code.substring(0, 3) + " " + code.substring(3), null)).isPresent();
    }

    @Test
    void deUriBevatSleutelUitgeverEnParameters() {
        assertThat(Totp.uri(GEHEIM, "jan", "Wijkafspraken")).startsWith("otpauth://totp/jan?")
                .contains("secret=" + GEHEIM, "issuer=Wijkafspraken", "algorithm=SHA1", "digits=6", "period=30");
        assertThat(Totp.nieuwGeheim()).matches("[A-Z2-7]{32}").isNotEqualTo(Totp.nieuwGeheim());
    }
}
