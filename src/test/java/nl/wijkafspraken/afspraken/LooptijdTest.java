package nl.wijkafspraken.afspraken;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The five-year term and the yearly renewal schedule, all derived from the ingangsdatum. */
class LooptijdTest {

    private static final Looptijd AALSMEER = new Looptijd(LocalDate.of(2026, 5, 4));
    private static final Looptijd SCHRIKKELDAG = new Looptijd(LocalDate.of(2028, 2, 29));

    @Test
    void looptijdIsVijfJaarTotEnMetDeDagVoorDeVijfdeVerjaardag() {
        assertThat(AALSMEER.einddatum()).isEqualTo(LocalDate.of(2031, 5, 3));
        assertThat(AALSMEER.isVerlopenOp(LocalDate.of(2031, 5, 3))).isFalse();
        assertThat(AALSMEER.isVerlopenOp(LocalDate.of(2031, 5, 4))).isTrue();
    }

    @Test
    void eenJaarDatOp29FebruariBegintEindigtOp28FebruariEnHetVolgendeBegintOp1Maart() {
        assertThat(SCHRIKKELDAG.verjaardag(1)).isEqualTo(LocalDate.of(2029, 3, 1));
        assertThat(SCHRIKKELDAG.verjaardag(4)).isEqualTo(LocalDate.of(2032, 2, 29));
        assertThat(SCHRIKKELDAG.einddatum()).isEqualTo(LocalDate.of(2033, 2, 28));
        // A term that starts on 1 March ends on 29 February when that exists.
        assertThat(new Looptijd(LocalDate.of(2027, 3, 1)).einddatum()).isEqualTo(LocalDate.of(2032, 2, 29));
    }

    @Test
    void verlengingIsUiterlijkOpDeVerjaardagVerschuldigdEnDeDagErnaAchterstallig() {
        assertThat(AALSMEER.volgendeVerlenging(0)).contains(LocalDate.of(2027, 5, 4));
        assertThat(AALSMEER.signaal(LocalDate.of(2027, 5, 4), 0)).isEqualTo(Verlengingssignaal.BINNENKORT);
        assertThat(AALSMEER.signaal(LocalDate.of(2027, 5, 5), 0)).isEqualTo(Verlengingssignaal.ACHTERSTALLIG);
        assertThat(AALSMEER.signaal(LocalDate.of(2027, 5, 5), 1)).isEqualTo(Verlengingssignaal.GEEN);
    }

    @Test
    void verlengingOpSchrikkeldagIngangsdatumIsOp1MaartVerschuldigd() {
        assertThat(SCHRIKKELDAG.volgendeVerlenging(0)).contains(LocalDate.of(2029, 3, 1));
        assertThat(SCHRIKKELDAG.signaal(LocalDate.of(2029, 3, 1), 0)).isEqualTo(Verlengingssignaal.BINNENKORT);
        assertThat(SCHRIKKELDAG.signaal(LocalDate.of(2029, 3, 2), 0)).isEqualTo(Verlengingssignaal.ACHTERSTALLIG);
    }

    @Test
    void waarschuwingVanaf60DagenVoorDeVerjaardag() {
        var verjaardag = LocalDate.of(2027, 5, 4);
        assertThat(AALSMEER.signaal(verjaardag.minusDays(61), 0)).isEqualTo(Verlengingssignaal.GEEN);
        assertThat(AALSMEER.signaal(verjaardag.minusDays(60), 0)).isEqualTo(Verlengingssignaal.BINNENKORT);
    }

    @Test
    void vierVerlengingenBinnenDeLooptijdDaarnaEindigtDeLooptijd() {
        assertThat(AALSMEER.volgendeVerlenging(3)).contains(LocalDate.of(2030, 5, 4));
        assertThat(AALSMEER.volgendeVerlenging(4)).isEmpty();
        assertThat(AALSMEER.signaal(LocalDate.of(2031, 5, 2), 4)).isEqualTo(Verlengingssignaal.GEEN);
        assertThat(AALSMEER.eindigtBinnenkort(LocalDate.of(2031, 3, 3))).isFalse();
        assertThat(AALSMEER.eindigtBinnenkort(LocalDate.of(2031, 3, 4))).isTrue();
        assertThat(AALSMEER.eindigtBinnenkort(LocalDate.of(2031, 5, 4))).isFalse();
    }

    @Test
    void naDeEinddatumGeenVerlengingssignaalMeer() {
        assertThat(AALSMEER.signaal(LocalDate.of(2031, 5, 4), 2)).isEqualTo(Verlengingssignaal.GEEN);
    }
}
