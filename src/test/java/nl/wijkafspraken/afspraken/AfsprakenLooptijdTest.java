package nl.wijkafspraken.afspraken;

import static nl.wijkafspraken.support.AfsprakenGegevens.als;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.wijkafspraken.support.AfsprakenGegevens;
import nl.wijkafspraken.support.IntegratieTest;
import nl.wijkafspraken.support.TestKlok;
import nl.wijkafspraken.support.Testgegevens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Term and renewal through the real services with the clock on fixed dates: an ingangsdatum on 29 February, a
 * renewal exactly on the anniversary, overdue the day after, and the end of the term.
 */
@IntegratieTest
class AfsprakenLooptijdTest {

    private static final LocalDate SCHRIKKELDAG = LocalDate.of(2028, 2, 29);

    @Autowired
    AfsprakenService afspraken;
    @Autowired
    VerlengingService verlengingen;
    @Autowired
    Testgegevens gegevens;
    @Autowired
    AfsprakenGegevens afsprakenGegevens;
    @Autowired
    TestKlok klok;

    long noord;
    AfsprakenGegevens.Afspraken vastgesteld;

    @BeforeEach
    void afsprakenVanafSchrikkeldagDoorDePartijOndertekend() {
        var gemeente = gegevens.gemeente();
        noord = gegevens.wijkoverleg(gemeente.id(), "Noord", Set.of(gemeente.wijkNoord()));
        vastgesteld = afsprakenGegevens.vastgesteld(gemeente, SCHRIKKELDAG, noord);
        afspraken.registreerOndertekening(gemeente.id(), vastgesteld.versieId(), noord, SCHRIKKELDAG, null);
    }

    private Afsprakenstand standOp(LocalDate datum) {
        return klok.op(datum, () -> als(vastgesteld.ambtenaar(), () -> afspraken.standen().getFirst()));
    }

    private void verleng(LocalDate datum) {
        klok.op(datum, () -> als(vastgesteld.ambtenaar(), () -> verlengingen.legVast(vastgesteld.id(),
                new Verlengingsverslag(datum, Uitkomst.VERLENGD, null,
                        List.of(new Evaluatie(noord, "Loopt goed", null))))));
    }

    @Test
    void deEersteVerlengingIsOp1MaartVerschuldigdEnDeDagErnaAchterstallig() {
        var dagVoor = standOp(LocalDate.of(2029, 2, 28));
        assertThat(dagVoor.status()).isEqualTo(AfsprakenStatus.IN_WERKING);
        assertThat(dagVoor.volgendeVerlenging()).isEqualTo(LocalDate.of(2029, 3, 1));
        assertThat(dagVoor.signaal()).isEqualTo(Verlengingssignaal.BINNENKORT);
        assertThat(standOp(LocalDate.of(2029, 3, 1)).status()).isEqualTo(AfsprakenStatus.IN_WERKING);

        var dagNa = standOp(LocalDate.of(2029, 3, 2));
        assertThat(dagNa.status()).isEqualTo(AfsprakenStatus.VERLENGING_ACHTERSTALLIG);
        assertThat(dagNa.signaal()).isEqualTo(Verlengingssignaal.ACHTERSTALLIG);
    }

    @Test
    void eenVerlengingPreciesOpDeVerjaardagIsOpTijd() {
        verleng(LocalDate.of(2029, 3, 1));

        var dagNa = standOp(LocalDate.of(2029, 3, 2));
        assertThat(dagNa.status()).isEqualTo(AfsprakenStatus.IN_WERKING);
        assertThat(dagNa.volgendeVerlenging()).isEqualTo(LocalDate.of(2030, 3, 1));
        assertThat(dagNa.signaal()).isEqualTo(Verlengingssignaal.GEEN);
        assertThat(dagNa.einddatum()).isEqualTo(LocalDate.of(2033, 2, 28));
    }

    @Test
    void naVierVerlengingenLopenDeAfsprakenTotEnMetDeEinddatumEnDaarnaZijnZeVerlopen() {
        for (var datum : List.of(LocalDate.of(2029, 3, 1), LocalDate.of(2030, 3, 1), LocalDate.of(2031, 3, 1),
                LocalDate.of(2032, 2, 29))) {
            verleng(datum);
        }
        var laatsteDag = standOp(LocalDate.of(2033, 2, 28));
        assertThat(laatsteDag.status()).isEqualTo(AfsprakenStatus.IN_WERKING);
        assertThat(laatsteDag.volgendeVerlenging()).isNull();
        assertThat(laatsteDag.eindigtBinnenkort()).isTrue();

        assertThat(standOp(LocalDate.of(2033, 3, 1)).status()).isEqualTo(AfsprakenStatus.VERLOPEN);
        assertThatThrownBy(() -> verleng(LocalDate.of(2033, 3, 1)))
                .hasMessage("afspraken.verlenging.datum.naEinddatum");
        assertThatThrownBy(() -> verleng(LocalDate.of(2033, 2, 28))).hasMessage("afspraken.verlenging.geenMeer");
    }

    @Test
    void eenTweedeVerlengingInHetzelfdeJaarWordtGeweigerd() {
        verleng(LocalDate.of(2028, 11, 20));
        assertThatThrownBy(() -> verleng(LocalDate.of(2028, 12, 1))).hasMessage("afspraken.verlenging.alVerlengd");
        assertThat(standOp(LocalDate.of(2028, 12, 1)).volgendeVerlenging()).isEqualTo(LocalDate.of(2030, 3, 1));
    }
}
