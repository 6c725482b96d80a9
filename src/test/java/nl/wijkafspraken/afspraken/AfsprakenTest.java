package nl.wijkafspraken.afspraken;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.wijkafspraken.gedeeld.DomeinregelException;
import org.junit.jupiter.api.Test;

/** Domain rules of the afspraken, their versions and renewals, without a database. */
class AfsprakenTest {

    private static final LocalDate INGANG = LocalDate.of(2026, 5, 4);
    private static final long NOORD = 11;
    private static final long ZUID = 12;

    private static Afspraken vastgesteld() {
        var afspraken = new Afspraken(1, "Samenwerkingsafspraken");
        var concept = afspraken.concept().orElseThrow();
        concept.voegArtikelToe("Rollen", "De gemeente faciliteert.");
        concept.voegArtikelToe("Verwachtingen", "Het wijkoverleg vertegenwoordigt de wijk.");
        afspraken.laatToetreden(NOORD, INGANG, INGANG);
        afspraken.laatToetreden(ZUID, INGANG, INGANG);
        afspraken.stelVast(concept, 7, 70, "B&W 4 mei 2026", INGANG);
        return afspraken;
    }

    private static Verlengingsverslag verslag(LocalDate datum, Uitkomst uitkomst, Long... aanwezig) {
        return new Verlengingsverslag(datum, uitkomst, null,
                List.of(aanwezig).stream().map(id -> new Evaluatie(id, "Goed overleg", null)).toList());
    }

    @Test
    void vastgesteldeVersieIsOnveranderlijk() {
        var versie = vastgesteld().geldendeVersie().orElseThrow();
        assertThatThrownBy(() -> versie.voegArtikelToe("Nieuw", "Tekst")).hasMessage("afspraken.versie.vastgesteld");
        assertThatThrownBy(() -> versie.wijzigArtikel(1, "Kop", "Tekst")).hasMessage("afspraken.versie.vastgesteld");
        assertThatThrownBy(() -> versie.verwijderArtikel(1)).hasMessage("afspraken.versie.vastgesteld");
        assertThatThrownBy(() -> versie.verplaatsArtikel(2, true)).hasMessage("afspraken.versie.vastgesteld");
        assertThatThrownBy(() -> versie.wijzigGegevens("Z26-000001", null))
                .hasMessage("afspraken.versie.vastgesteld");
        assertThatThrownBy(() -> versie.stelVast(8, 80, "ander besluit", INGANG))
                .hasMessage("afspraken.versie.vastgesteld");
        assertThat(versie.getArtikelen()).extracting(Artikel::kop).containsExactly("Rollen", "Verwachtingen");
    }

    @Test
    void nieuwConceptIsEenKopieVanDeGeldendeVersieDieLosDaarvanWijzigt() {
        var afspraken = vastgesteld();
        var geldende = afspraken.geldendeVersie().orElseThrow();
        var concept = afspraken.nieuwConcept(INGANG);
        assertThat(concept.getNummer()).isEqualTo(2);
        assertThat(concept.getGebaseerdOp()).isEqualTo(1);
        assertThat(concept.getArtikelen()).isEqualTo(geldende.getArtikelen());

        concept.wijzigArtikel(1, "Rollen en taken", "De gemeente faciliteert en informeert.");
        concept.verplaatsArtikel(2, true);
        assertThat(concept.getArtikelen()).extracting(Artikel::kop).containsExactly("Verwachtingen", "Rollen en taken");
        assertThat(concept.getArtikelen().get(1).sleutel()).isEqualTo(geldende.getArtikelen().get(0).sleutel());
        assertThat(geldende.getArtikelen()).extracting(Artikel::kop).containsExactly("Rollen", "Verwachtingen");
        assertThatThrownBy(() -> afspraken.nieuwConcept(INGANG)).hasMessage("afspraken.concept.bestaatAl");
    }

    @Test
    void vaststellenVervangtDeVorigeVersieEnVerschuiftDeEinddatumNiet() {
        var afspraken = vastgesteld();
        var concept = afspraken.nieuwConcept(INGANG);
        afspraken.stelVast(concept, 8, 80, "B&W 1 december 2026", LocalDate.of(2026, 12, 1));
        assertThat(afspraken.getVersies()).extracting(Versie::getStatus)
                .containsExactly(Versiestatus.VERVANGEN, Versiestatus.VASTGESTELD);
        assertThat(afspraken.looptijd().orElseThrow().einddatum()).isEqualTo(LocalDate.of(2031, 5, 3));
    }

    @Test
    void eenVersieZonderArtikelenOfMetEenIngangsdatumVoorDeGeldendeWordtNietVastgesteld() {
        var leeg = new Afspraken(1, "Leeg");
        assertThatThrownBy(() -> leeg.stelVast(leeg.concept().orElseThrow(), 1, 1, "b", INGANG))
                .hasMessage("afspraken.vaststellen.geenArtikelen");
        var afspraken = vastgesteld();
        var concept = afspraken.nieuwConcept(INGANG);
        assertThatThrownBy(() -> afspraken.stelVast(concept, 8, 80, "b", INGANG.minusDays(1)))
                .hasMessage("afspraken.vaststellen.voorGeldende");
        assertThatThrownBy(() -> afspraken.stelVast(concept, 8, 80, "b", LocalDate.of(2031, 5, 4)))
                .hasMessage("afspraken.vaststellen.naEinddatum");
        assertThat(concept.isConcept()).isTrue();
    }

    @Test
    void statusVolgtUitVersiesOndertekeningenVerlengingenEnDeDatum() {
        var concept = new Afspraken(1, "Nog concept");
        assertThat(concept.status(INGANG, Set.of())).isEqualTo(AfsprakenStatus.CONCEPT);

        var afspraken = vastgesteld();
        var versie = afspraken.geldendeVersie().orElseThrow();
        assertThat(afspraken.status(INGANG.minusDays(1), Set.of())).isEqualTo(AfsprakenStatus.IN_ONDERTEKENING);
        afspraken.registreerOndertekening(versie, NOORD, INGANG, null);
        assertThat(afspraken.status(INGANG, Set.of())).isEqualTo(AfsprakenStatus.IN_ONDERTEKENING);
        // A party that has been opgeheven has left and no longer needs to sign.
        assertThat(afspraken.status(INGANG, Set.of(ZUID))).isEqualTo(AfsprakenStatus.IN_WERKING);
        afspraken.registreerOndertekening(versie, ZUID, INGANG.plusDays(3), null);
        assertThat(afspraken.status(INGANG.plusDays(3), Set.of())).isEqualTo(AfsprakenStatus.IN_WERKING);

        assertThat(afspraken.status(LocalDate.of(2027, 5, 4), Set.of())).isEqualTo(AfsprakenStatus.IN_WERKING);
        assertThat(afspraken.status(LocalDate.of(2027, 5, 5), Set.of()))
                .isEqualTo(AfsprakenStatus.VERLENGING_ACHTERSTALLIG);
        assertThat(afspraken.status(LocalDate.of(2031, 5, 4), Set.of())).isEqualTo(AfsprakenStatus.VERLOPEN);
    }

    @Test
    void deStandTeltDeHuidigePartijenDieDeGeldendeVersieOndertekenden() {
        assertThat(new Afspraken(1, "Nog concept").ondertekenstand(INGANG, Set.of()))
                .isEqualTo(new Ondertekenstand(false, 0, 0));

        var afspraken = vastgesteld();
        assertThat(afspraken.ondertekenstand(INGANG.minusDays(1), Set.of()))
                .isEqualTo(new Ondertekenstand(false, 0, 2));
        afspraken.registreerOndertekening(afspraken.geldendeVersie().orElseThrow(), NOORD, INGANG, null);
        var stand = afspraken.ondertekenstand(INGANG, Set.of());
        assertThat(stand).isEqualTo(new Ondertekenstand(true, 1, 2));
        assertThat(stand.iedereenOndertekend()).isFalse();
        // An opgeheven party has left: it is no longer counted.
        assertThat(afspraken.ondertekenstand(INGANG, Set.of(ZUID)).iedereenOndertekend()).isTrue();
    }

    @Test
    void verlengingOpDeVerjaardagIsOpTijdEnTeltVoorDatJaar() {
        var afspraken = vastgesteld();
        var verjaardag = LocalDate.of(2027, 5, 4);
        afspraken.legVerlengingVast(verslag(verjaardag, Uitkomst.VERLENGD, NOORD), verjaardag, Set.of(), null);
        assertThat(afspraken.volgendeVerlenging()).contains(LocalDate.of(2028, 5, 4));
        assertThat(afspraken.verlengingssignaal(verjaardag.plusDays(1))).isEqualTo(Verlengingssignaal.GEEN);
        assertThat(afspraken.looptijd().orElseThrow().einddatum()).isEqualTo(LocalDate.of(2031, 5, 3));
    }

    @Test
    void eenTweedeVerlengingInHetzelfdeJaarWordtGeweigerd() {
        var afspraken = vastgesteld();
        var november = LocalDate.of(2026, 11, 16);
        afspraken.legVerlengingVast(verslag(november, Uitkomst.VERLENGD, NOORD), november, Set.of(), null);
        assertThatThrownBy(() -> afspraken.legVerlengingVast(verslag(november.plusDays(1), Uitkomst.VERLENGD, NOORD),
                november.plusDays(1), Set.of(), null)).hasMessage("afspraken.verlenging.alVerlengd");
        assertThat(afspraken.aantalVerlengingen()).isEqualTo(1);
    }

    @Test
    void verlengingMetOnjuisteGegevensWordtGeweigerd() {
        var afspraken = vastgesteld();
        var vandaag = LocalDate.of(2026, 11, 23);
        assertThatThrownBy(() -> afspraken.controleerVerlenging(verslag(vandaag.plusDays(1), Uitkomst.VERLENGD, NOORD),
                vandaag, Set.of())).hasMessage("afspraken.verlenging.datum.toekomst");
        assertThatThrownBy(() -> afspraken.controleerVerlenging(verslag(INGANG.minusDays(1), Uitkomst.VERLENGD, NOORD),
                vandaag, Set.of())).hasMessage("afspraken.verlenging.datum.voorIngang");
        assertThatThrownBy(() -> afspraken.controleerVerlenging(verslag(vandaag, Uitkomst.VERLENGD), vandaag,
                Set.of())).hasMessage("afspraken.verlenging.aanwezig.verplicht");
        assertThatThrownBy(() -> afspraken.controleerVerlenging(verslag(vandaag, Uitkomst.VERLENGD, 99L), vandaag,
                Set.of())).hasMessage("afspraken.verlenging.geenPartij");
        assertThatThrownBy(() -> afspraken.controleerVerlenging(verslag(vandaag, Uitkomst.VERLENGD, NOORD), vandaag,
                Set.of(NOORD))).hasMessage("afspraken.verlenging.geenPartij");
        assertThatThrownBy(() -> afspraken.controleerVerlenging(verslag(vandaag, null, NOORD), vandaag, Set.of()))
                .isInstanceOf(DomeinregelException.class).hasMessage("afspraken.verlenging.uitkomst.verplicht");
    }

    @Test
    void nietVerlengdBeeindigtDeAfsprakenOpDeDatumVanHetOverleg() {
        var afspraken = vastgesteld();
        var datum = LocalDate.of(2027, 4, 20);
        afspraken.legVerlengingVast(verslag(datum, Uitkomst.NIET_VERLENGD, NOORD, ZUID), datum, Set.of(), null);
        assertThat(afspraken.getBeeindigdOp()).isEqualTo(datum);
        assertThat(afspraken.status(datum, Set.of())).isEqualTo(AfsprakenStatus.BEEINDIGD);
        assertThat(afspraken.volgendeVerlenging()).isEmpty();
        assertThatThrownBy(() -> afspraken.nieuwConcept(datum)).hasMessage("afspraken.concept.afgelopen");
        assertThatThrownBy(() -> afspraken.laatToetreden(13, datum, datum)).hasMessage("afspraken.partij.afgelopen");
    }

    @Test
    void eenPartijKanPasNaVaststellingNietMeerWordenVerwijderdEnTreedtNietTweeKeerToe() {
        var afspraken = new Afspraken(1, "Concept");
        afspraken.laatToetreden(NOORD, INGANG, INGANG);
        assertThatThrownBy(() -> afspraken.laatToetreden(NOORD, INGANG, INGANG)).hasMessage("afspraken.partij.alPartij");
        afspraken.verwijderPartij(NOORD);
        assertThat(afspraken.isPartij(NOORD)).isFalse();
        var vastgesteld = vastgesteld();
        assertThatThrownBy(() -> vastgesteld.verwijderPartij(NOORD))
                .hasMessage("afspraken.partij.verwijderenNaVaststelling");
    }

    @Test
    void eenNieuwWijkoverlegTreedtToeDoorTeOndertekenen() {
        var afspraken = vastgesteld();
        var versie = afspraken.geldendeVersie().orElseThrow();
        assertThat(afspraken.registreerOndertekening(versie, 13, LocalDate.of(2027, 1, 10), "ronde 4")).isTrue();
        assertThat(afspraken.isPartij(13)).isTrue();
        assertThat(afspraken.registreerOndertekening(versie, 13, LocalDate.of(2027, 1, 11), "ronde 4")).isFalse();
        assertThatThrownBy(() -> afspraken.registreerOndertekening(afspraken.nieuwConcept(INGANG), 13, INGANG, null))
                .hasMessage("afspraken.ondertekening.concept");
    }
}
