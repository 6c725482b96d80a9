package nl.wijkafspraken.gedeeld;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ZoekvraagTest {

    @Test
    void eenStamMetVerdubbeldeMedeklinkerKrijgtOokDeEnkeleVorm() {
        assertThat(Zoekvraag.andereVorm("wijkoverlegg")).isEqualTo("wijkoverleg");
        assertThat(Zoekvraag.andereVorm("buss")).isEqualTo("bus");
        assertThat(Zoekvraag.andereVorm("stopp")).isEqualTo("stop");
    }

    @Test
    void eenStamOpEenMedeklinkerNaEenKorteKlinkerKrijgtOokDeVerdubbeldeVorm() {
        assertThat(Zoekvraag.andereVorm("wijkoverleg")).isEqualTo("wijkoverlegg");
        assertThat(Zoekvraag.andereVorm("bus")).isEqualTo("buss");
    }

    @Test
    void andereStammenBlijvenZoAlsZeZijn() {
        assertThat(Zoekvraag.andereVorm("wijk")).as("two consonants").isNull();
        assertThat(Zoekvraag.andereVorm("besluit")).as("two vowels").isNull();
        assertThat(Zoekvraag.andereVorm("gemeente")).as("ends in a vowel").isNull();
        assertThat(Zoekvraag.andereVorm("huiz")).as("z is never doubled").isNull();
        assertThat(Zoekvraag.andereVorm("ab")).as("too short").isNull();
    }

    @Test
    void elkWoordVanDeVraagWordtVerbreed() {
        assertThat(Zoekvraag.metWoordvormen("'wijkoverlegg' & 'besluit' & !'buss' | 'kap' <-> 'pen'"))
                .isEqualTo("('wijkoverlegg' | 'wijkoverleg') & 'besluit' & !('buss' | 'bus') | ('kap' | 'kapp') <-> "
                        + "('pen' | 'penn')");
    }

    @Test
    void aanhalingstekensEnBackslashesInEenWoordBlijvenGeldig() {
        assertThat(Zoekvraag.metWoordvormen("'o''brien' & 'a\\\\b'")).isEqualTo("'o''brien' & 'a\\\\b'");
        assertThat(Zoekvraag.metWoordvormen("")).isEmpty();
        assertThat(Zoekvraag.metWoordvormen(null)).isEmpty();
    }
}
