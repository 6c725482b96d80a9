package nl.wijkafspraken.ondertekening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import java.util.HashSet;
import org.junit.jupiter.api.Test;

class GeheimenTest {

    @Test
    void eenTokenIs256WillekeurigeBitsInBase64url() {
        var gezien = new HashSet<String>();
        for (int i = 0; i < 1000; i++) {
            var token = Geheimen.nieuwToken();
            assertThat(token).matches("[A-Za-z0-9_-]{43}");
            assertThat(Base64.getUrlDecoder().decode(token)).hasSize(32);
            assertThat(Geheimen.isToken(token)).isTrue();
            gezien.add(token);
        }
        assertThat(gezien).hasSize(1000);
        assertThat(Geheimen.isToken("../../etc/passwd")).isFalse();
        assertThat(Geheimen.isToken(null)).isFalse();
    }

    @Test
    void eenCodeIsZesCijfersEnWordtPerUitnodigingGezoutenGehasht() {
        for (int i = 0; i < 1000; i++) {
            assertThat(Geheimen.nieuweCode()).matches("\\d{6}");
        }
        assertThat(Geheimen.codeHash(1, "123456")).hasSize(64).isNotEqualTo(Geheimen.codeHash(2, "123456"))
                .isEqualTo(Geheimen.codeHash(1, "123456"));
        assertThat(Geheimen.tokenHash("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void eenEmailadresWordtDeelsVerborgen() {
        assertThat(OndertekeningService.verborgen("marleen@wijk.example")).isEqualTo("m•••@wijk.example");
    }
}
