package nl.wijkafspraken.ondertekening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import nl.wijkafspraken.gedeeld.DomeinregelException;
import nl.wijkafspraken.wijkoverleg.Functie;
import nl.wijkafspraken.wijkoverleg.Tekenbevoegdheid.Tekenbevoegde;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

/** The rules of an invitation's link and e-mail code, on exact moments (issue 5, items 2 and 3). */
class UitnodigingTest {

    private static final Instant START = Instant.parse("2026-06-01T10:00:00Z");
    private static final Duration GELDIG = Duration.ofDays(14);

    private Uitnodiging uitnodiging;

    @BeforeEach
    void uitnodiging() {
        var ronde = new Ronde(1, 2, 3, 1, "Afspraken", "0".repeat(64), "ambtenaar", "A. Ambtenaar", null, START);
        var partij = ronde.voegWijkoverlegToe(10, "Wijkoverleg Oost", 1);
        uitnodiging = partij.nodigUit(new Tekenbevoegde(100, "Marleen", "m@oost.example", Functie.VOORZITTER),
                "a".repeat(64), START, START.plus(GELDIG));
        ReflectionTestUtils.setField(uitnodiging, "id", 7L);
    }

    private String hash(String code) {
        return Geheimen.codeHash(7, code);
    }

    private String fout(Runnable actie) {
        try {
            actie.run();
        } catch (DomeinregelException e) {
            return e.getBerichtcode();
        }
        throw new AssertionError("geen weigering");
    }

    @Test
    void deLinkWerktVeertienDagenEnNietLanger() {
        assertThat(uitnodiging.isBruikbaar(START.plus(GELDIG).minusMillis(1))).isTrue();
        assertThat(uitnodiging.isBruikbaar(START.plus(GELDIG))).isFalse();
        assertThat(uitnodiging.isVerlopen(START.plus(GELDIG))).isTrue();
    }

    @Test
    void eenGebruikteLinkWerktNietMeer() {
        uitnodiging.nieuweCode(hash("123456"), START);
        uitnodiging.controleerCode(hash("123456"), START.plusSeconds(30));
        uitnodiging.ondertekend();
        assertThat(uitnodiging.isBruikbaar(START.plusSeconds(31))).isFalse();
        assertThatThrownBy(uitnodiging::ondertekend).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void deCodeIsTienMinutenGeldig() {
        uitnodiging.nieuweCode(hash("123456"), START);
        uitnodiging.controleerCode(hash("123456"), START.plus(Duration.ofMinutes(10)).minusMillis(1));

        uitnodiging.nieuweCode(hash("654321"), START.plus(Duration.ofMinutes(20)));
        assertThat(fout(() -> uitnodiging.controleerCode(hash("654321"), START.plus(Duration.ofMinutes(30)))))
                .isEqualTo("ondertekening.code.verlopen");
        // An expired code is gone: the right code does not work any more.
        assertThat(fout(() -> uitnodiging.controleerCode(hash("654321"), START.plus(Duration.ofMinutes(30)))))
                .isEqualTo("ondertekening.code.geen");
    }

    @Test
    void naVijfFoutePogingenIsEenNieuweCodeNodig() {
        uitnodiging.nieuweCode(hash("123456"), START);
        for (int i = 1; i <= 4; i++) {
            assertThat(fout(() -> uitnodiging.controleerCode(hash("000000"), START.plusSeconds(5))))
                    .isEqualTo("ondertekening.code.onjuist");
        }
        assertThat(fout(() -> uitnodiging.controleerCode(hash("000000"), START.plusSeconds(5))))
                .isEqualTo("ondertekening.code.opgebruikt");
        assertThat(fout(() -> uitnodiging.controleerCode(hash("123456"), START.plusSeconds(6))))
                .as("even the right code, once the tries are used up").isEqualTo("ondertekening.code.geen");

        uitnodiging.nieuweCode(hash("777777"), START.plus(Duration.ofMinutes(2)));
        uitnodiging.controleerCode(hash("777777"), START.plus(Duration.ofMinutes(3)));
    }

    @Test
    void naVijftienFouteCodesIsDeUitnodigingGeblokkeerd() {
        var nu = START;
        for (int code = 0; code < 3; code++) {
            nu = nu.plus(Duration.ofMinutes(61));
            uitnodiging.nieuweCode(hash("123456"), nu);
            for (int i = 0; i < 5; i++) {
                var moment = nu;
                fout(() -> uitnodiging.controleerCode(hash("999999"), moment));
            }
        }
        assertThat(uitnodiging.isGeblokkeerd()).isTrue();
        assertThat(uitnodiging.isBruikbaar(nu)).isFalse();
    }

    @Test
    void eenCodeHooguitEenKeerPerMinuutEnVijfKeerPerUur() {
        uitnodiging.nieuweCode(hash("100000"), START);
        assertThat(fout(() -> uitnodiging.nieuweCode(hash("100001"), START.plusSeconds(59))))
                .isEqualTo("ondertekening.code.teSnel");
        for (int i = 1; i <= 4; i++) {
            uitnodiging.nieuweCode(hash("10000" + i), START.plus(Duration.ofMinutes(i)));
        }
        assertThat(fout(() -> uitnodiging.nieuweCode(hash("100009"), START.plus(Duration.ofMinutes(30)))))
                .isEqualTo("ondertekening.code.teVaak");
        // An hour after the first, one may be asked for again.
        uitnodiging.nieuweCode(hash("100010"), START.plus(Duration.ofMinutes(60)).plusSeconds(1));
        uitnodiging.controleerCode(hash("100010"), START.plus(Duration.ofMinutes(61)));
    }

    @Test
    void eenNieuweCodeMaaktDeVorigeOngeldig() {
        uitnodiging.nieuweCode(hash("111111"), START);
        uitnodiging.nieuweCode(hash("222222"), START.plus(Duration.ofMinutes(2)));
        assertThat(fout(() -> uitnodiging.controleerCode(hash("111111"), START.plus(Duration.ofMinutes(3)))))
                .isEqualTo("ondertekening.code.onjuist");
    }

    @Test
    void herinneringNaVijfDagenEnDanWekelijksTotDeLinkVerloopt() {
        var na = Duration.ofDays(5);
        var interval = Duration.ofDays(7);
        assertThat(uitnodiging.herinneringNodig(START.plus(na).minusSeconds(1), na, interval)).isFalse();
        assertThat(uitnodiging.herinneringNodig(START.plus(na), na, interval)).isTrue();
        uitnodiging.herinnerd("b".repeat(64), START.plus(na));
        assertThat(uitnodiging.herinneringNodig(START.plus(na).plusSeconds(1), na, interval)).isFalse();
        assertThat(uitnodiging.herinneringNodig(START.plus(Duration.ofDays(12)), na, interval)).isTrue();
        uitnodiging.herinnerd("c".repeat(64), START.plus(Duration.ofDays(12)));
        assertThat(uitnodiging.herinneringNodig(START.plus(Duration.ofDays(19)), na, interval))
                .as("expired on day 14").isFalse();
    }
}
