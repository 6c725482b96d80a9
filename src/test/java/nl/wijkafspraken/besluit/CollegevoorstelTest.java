package nl.wijkafspraken.besluit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.wijkafspraken.gedeeld.DomeinregelException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.test.util.ReflectionTestUtils;

/** The life of a collegevoorstel and a B&W-vergadering, without a database: every step in and out of order. */
class CollegevoorstelTest {

    private static final Instant NU = Instant.parse("2026-05-04T10:00:00Z");
    private static final LocalDate VERGADERDATUM = LocalDate.of(2026, 5, 4);

    private static VoorstelGegevens gegevens(String onderwerp) {
        return new VoorstelGegevens(true, false, "via staf / mail", LocalDate.of(2026, 4, 20),
                List.of(new BehandelendAmbtenaar("R. Jonkman", null, null)), "Team Participatie", 7L, onderwerp,
                Map.of(Sectie.SAMENVATTING, "Samenvatting"));
    }

    /** A complete concept with two besluitpunten (ids 1 and 2, as after saving). */
    private static Collegevoorstel concept() {
        var voorstel = new Collegevoorstel(1, "Z26-000001", gegevens("Afspraken"), NU);
        var eerste = voorstel.voegBesluitpuntToe("de afspraken vast te stellen;", null, NU);
        var tweede = voorstel.voegBesluitpuntToe("mandaat te verlenen.",
                Effect.mandaatVerlenen(7L, "ondertekening", null, null), NU);
        ReflectionTestUtils.setField(eerste, "id", 1L);
        ReflectionTestUtils.setField(tweede, "id", 2L);
        return voorstel;
    }

    private static Collegevoorstel terBesluitvorming() {
        var voorstel = concept();
        voorstel.agendeer(NU);
        return voorstel;
    }

    private static Collegevoorstel besloten(Uitkomst uitkomst) {
        var voorstel = terBesluitvorming();
        voorstel.legUitkomstVast(uitkomst, Map.of(1L, new BesluitpuntWijziging("gewijzigde tekst;", false)), NU);
        return voorstel;
    }

    @Test
    void conceptGaatOpDeAgendaEnWordtConformBesloten() {
        var voorstel = terBesluitvorming();
        assertThat(voorstel.getStatus()).isEqualTo(VoorstelStatus.TER_BESLUITVORMING);
        voorstel.legUitkomstVast(Uitkomst.CONFORM_ADVIES, Map.of(), NU);
        assertThat(voorstel.getStatus()).isEqualTo(VoorstelStatus.BESLOTEN);
        assertThat(voorstel.getUitkomst()).isEqualTo(Uitkomst.CONFORM_ADVIES);
        assertThat(voorstel.getBesluitpunten()).allMatch(p -> !p.isVervallen() && p.getBeslotenTekst() == null);
    }

    @Test
    void onvolledigVoorstelGaatNietOpDeAgenda() {
        var zonderPunten = new Collegevoorstel(1, "Z26-000002", gegevens("Leeg"), NU);
        assertThatThrownBy(() -> zonderPunten.agendeer(NU)).hasMessage("collegevoorstel.agenderen.geenBesluitpunten");

        var zonderHouder = new Collegevoorstel(1, "Z26-000003", new VoorstelGegevens(false, false, null, null,
                List.of(new BehandelendAmbtenaar("X", null, null)), null, null, "Zonder houder", Map.of()), NU);
        assertThatThrownBy(() -> zonderHouder.agendeer(NU))
                .hasMessage("collegevoorstel.agenderen.geenPortefeuillehouder");

        assertThat(zonderPunten.getStatus()).isEqualTo(VoorstelStatus.CONCEPT);
    }

    @Test
    void conceptKanGeenUitkomstKrijgenEnNietVanDeAgendaWorden() {
        var voorstel = concept();
        assertThatThrownBy(() -> voorstel.legUitkomstVast(Uitkomst.CONFORM_ADVIES, Map.of(), NU))
                .hasMessage("collegevoorstel.uitkomst.nietTerBesluitvorming");
        assertThatThrownBy(() -> voorstel.haalVanAgenda(NU))
                .hasMessage("collegevoorstel.vanAgenda.nietTerBesluitvorming");
        assertThat(voorstel.getStatus()).isEqualTo(VoorstelStatus.CONCEPT);
    }

    @Test
    void voorstelOpDeAgendaKanNietWordenGewijzigdOfOpnieuwGeagendeerd() {
        var voorstel = terBesluitvorming();
        assertThatThrownBy(() -> voorstel.wijzig(gegevens("Anders"), NU)).hasMessage("collegevoorstel.terBesluitvorming");
        assertThatThrownBy(() -> voorstel.voegBesluitpuntToe("nog een", null, NU))
                .hasMessage("collegevoorstel.terBesluitvorming");
        assertThatThrownBy(() -> voorstel.voegBijlageToe("Bijlage", null, null, NU))
                .hasMessage("collegevoorstel.terBesluitvorming");
        assertThatThrownBy(() -> voorstel.agendeer(NU)).hasMessage("collegevoorstel.agenderen.nietConcept");
        assertThat(voorstel.getOnderwerp()).isEqualTo("Afspraken");
    }

    @Test
    void vanDeAgendaGehaaldVoorstelIsWeerEenWijzigbaarConcept() {
        var voorstel = terBesluitvorming();
        voorstel.haalVanAgenda(NU);
        voorstel.wijzig(gegevens("Aangepast"), NU);
        assertThat(voorstel.getStatus()).isEqualTo(VoorstelStatus.CONCEPT);
        assertThat(voorstel.getOnderwerp()).isEqualTo("Aangepast");
    }

    @Test
    void aangehoudenVoorstelGaatTerugNaarConceptEnKanOpnieuwOpDeAgenda() {
        var voorstel = terBesluitvorming();
        voorstel.legUitkomstVast(Uitkomst.AANGEHOUDEN, Map.of(), NU);
        assertThat(voorstel.getStatus()).isEqualTo(VoorstelStatus.CONCEPT);
        assertThat(voorstel.getUitkomst()).isNull();
        voorstel.agendeer(NU);
        assertThat(voorstel.getStatus()).isEqualTo(VoorstelStatus.TER_BESLUITVORMING);
    }

    @ParameterizedTest
    @EnumSource(value = Uitkomst.class, names = {"CONFORM_ADVIES", "GEWIJZIGD", "AFGEWEZEN"})
    void beslotenVoorstelIsBevroren(Uitkomst uitkomst) {
        var voorstel = besloten(uitkomst);
        var punt = voorstel.getBesluitpunten().getFirst().getId();
        assertThatThrownBy(() -> voorstel.wijzig(gegevens("Anders"), NU)).hasMessage("collegevoorstel.alBesloten");
        assertThatThrownBy(() -> voorstel.voegBesluitpuntToe("nog een", null, NU)).hasMessage("collegevoorstel.alBesloten");
        assertThatThrownBy(() -> voorstel.wijzigBesluitpunt(punt, "anders", null, NU))
                .hasMessage("collegevoorstel.alBesloten");
        assertThatThrownBy(() -> voorstel.verwijderBesluitpunt(punt, NU)).hasMessage("collegevoorstel.alBesloten");
        assertThatThrownBy(() -> voorstel.verplaatsBesluitpunt(punt, false, NU)).hasMessage("collegevoorstel.alBesloten");
        assertThatThrownBy(() -> voorstel.voegBijlageToe("Bijlage", null, null, NU)).hasMessage("collegevoorstel.alBesloten");
        assertThatThrownBy(() -> voorstel.agendeer(NU)).hasMessage("collegevoorstel.agenderen.nietConcept");
        assertThatThrownBy(() -> voorstel.haalVanAgenda(NU))
                .hasMessage("collegevoorstel.vanAgenda.nietTerBesluitvorming");
        for (var tweede : Uitkomst.values()) {
            assertThatThrownBy(() -> voorstel.legUitkomstVast(tweede, Map.of(), NU))
                    .hasMessage("collegevoorstel.alBesloten");
        }
        assertThat(voorstel.getUitkomst()).isEqualTo(uitkomst);
        assertThat(voorstel.getOnderwerp()).isEqualTo("Afspraken");
        assertThat(voorstel.getBesluitpunten()).hasSize(2);
    }

    @Test
    void gewijzigdBesluitBewaartVoorgesteldeEnBeslotenTekst() {
        var voorstel = terBesluitvorming();
        voorstel.legUitkomstVast(Uitkomst.GEWIJZIGD, Map.of(1L, new BesluitpuntWijziging("anders vast te stellen;",
                false), 2L, new BesluitpuntWijziging(null, true)), NU);
        var punten = voorstel.getBesluitpunten();
        assertThat(punten.get(0).getTekst()).isEqualTo("de afspraken vast te stellen;");
        assertThat(punten.get(0).getGeldendeTekst()).isEqualTo("anders vast te stellen;");
        assertThat(punten.get(1).isVervallen()).isTrue();
        assertThat(punten.get(1).heeftUitTeVoerenEffect()).as("a struck-out point has no effect").isFalse();
    }

    @Test
    void gewijzigdZonderWijzigingWordtGeweigerd() {
        var voorstel = terBesluitvorming();
        assertThatThrownBy(() -> voorstel.legUitkomstVast(Uitkomst.GEWIJZIGD,
                Map.of(1L, new BesluitpuntWijziging("de afspraken vast te stellen;", false)), NU))
                .isInstanceOf(DomeinregelException.class).hasMessage("uitkomst.gewijzigd.geenWijziging");
        assertThat(voorstel.getStatus()).isEqualTo(VoorstelStatus.TER_BESLUITVORMING);
    }

    @Test
    void besluitpuntenWordenVerplaatstEnHoudenHunNummerVolgorde() {
        var voorstel = concept();
        voorstel.verplaatsBesluitpunt(2L, true, NU);
        assertThat(voorstel.getBesluitpunten()).extracting(Besluitpunt::getId).containsExactly(2L, 1L);
        voorstel.verplaatsBesluitpunt(2L, true, NU);
        assertThat(voorstel.getBesluitpunten()).extracting(Besluitpunt::getId).containsExactly(2L, 1L);
        voorstel.verwijderBesluitpunt(2L, NU);
        assertThat(voorstel.getBesluitpunten()).extracting(Besluitpunt::getId).containsExactly(1L);
    }

    @Test
    void teLangeSectieWordtGeweigerd() {
        var teLang = new VoorstelGegevens(true, false, null, null, List.of(new BehandelendAmbtenaar("X", null, null)),
                null, null, "Lang",
                Map.of(Sectie.FINANCIEN, "x".repeat(Sectie.MAX_LENGTE + 1)));
        assertThatThrownBy(() -> new Collegevoorstel(1, "Z26-000009", teLang, NU))
                .isInstanceOfSatisfying(DomeinregelException.class,
                        e -> assertThat(e.getVeld()).isEqualTo("secties[FINANCIEN]"))
                .hasMessage("collegevoorstel.sectie.teLang");
    }

    @Test
    void mandaatEffectVraagtCollegelidEnScopeEnEenLogischeEinddatum() {
        assertThatThrownBy(() -> Effect.mandaatVerlenen(null, "scope", null, null))
                .hasMessage("besluitpunt.effect.collegelid.verplicht");
        assertThatThrownBy(() -> Effect.mandaatVerlenen(1L, " ", null, null))
                .hasMessage("besluitpunt.effect.scope.verplicht");
        assertThatThrownBy(() -> Effect.mandaatVerlenen(1L, "scope", VERGADERDATUM, VERGADERDATUM.minusDays(1)))
                .hasMessage("besluitpunt.effect.einddatum.voorIngang");
        assertThat(Effect.van(EffectSoort.AFSPRAKEN_VASTSTELLEN, 1L, "genegeerd", null, null, 7L, List.of(8L)))
                .extracting(Effect::collegelidId, Effect::scope, Effect::doelIds).containsExactly(null, null, List.of(7L));
    }

    @Test
    void uitkomstKanPasVanafDeVergaderdatumEnMaarEenKeer() {
        var vergadering = new BwVergadering(1, VERGADERDATUM);
        var punt = vergadering.agendeer(5, 10);
        ReflectionTestUtils.setField(punt, "id", 20L);
        assertThatThrownBy(() -> vergadering.legUitkomstVast(20L, Uitkomst.CONFORM_ADVIES,
                VERGADERDATUM.minusDays(1), NU)).hasMessage("vergadering.uitkomst.teVroeg");
        vergadering.legUitkomstVast(20L, Uitkomst.CONFORM_ADVIES, VERGADERDATUM, NU);
        assertThatThrownBy(() -> vergadering.legUitkomstVast(20L, Uitkomst.AFGEWEZEN, VERGADERDATUM, NU))
                .hasMessage("agendapunt.alBesloten");
        assertThatThrownBy(() -> vergadering.haalVanAgenda(20L)).hasMessage("agendapunt.alBesloten");
    }

    @Test
    void agendanummerIsUniekEnHetVolgendeVolgtOpHetHoogste() {
        var vergadering = new BwVergadering(1, VERGADERDATUM);
        vergadering.agendeer(5, 10);
        assertThatThrownBy(() -> vergadering.agendeer(6, 10)).hasMessage("agendapunt.nummer.bezet");
        assertThatThrownBy(() -> vergadering.agendeer(5, 11)).hasMessage("agendapunt.voorstel.alOpAgenda");
        assertThatThrownBy(() -> vergadering.agendeer(6, 0)).hasMessage("agendapunt.nummer.bereik");
        assertThat(vergadering.agendeer(6, null).getNummer()).isEqualTo(11);
    }

    @Test
    void geslotenVergaderingVerandertNietMeer() {
        var vergadering = new BwVergadering(1, VERGADERDATUM);
        var punt = vergadering.agendeer(5, 1);
        ReflectionTestUtils.setField(punt, "id", 30L);
        assertThatThrownBy(() -> vergadering.sluit(NU)).hasMessage("vergadering.sluiten.openPunten");
        vergadering.legUitkomstVast(30L, Uitkomst.AFGEWEZEN, VERGADERDATUM, NU);
        vergadering.sluit(NU);
        assertThat(vergadering.isGesloten()).isTrue();
        assertThatThrownBy(() -> vergadering.agendeer(6, 2)).hasMessage("vergadering.gesloten");
        assertThatThrownBy(() -> vergadering.haalVanAgenda(30L)).hasMessage("vergadering.gesloten");
        assertThatThrownBy(() -> vergadering.legUitkomstVast(30L, Uitkomst.CONFORM_ADVIES, VERGADERDATUM, NU))
                .hasMessage("vergadering.gesloten");
        assertThatThrownBy(() -> vergadering.sluit(NU)).hasMessage("vergadering.gesloten");
    }

    @Test
    void besluitBewaaktZijnZgwDatums() {
        var gegevens = new BesluitGegevens(null, LocalDate.of(2026, 5, 12), null, null);
        var besluit = new Besluit(1, 2, 3, "B26-000001", VERGADERDATUM, gegevens, true);
        assertThat(besluit.getIngangsdatum()).as("without one, the meeting date").isEqualTo(VERGADERDATUM);
        assertThat(besluit.getBestuursorgaan()).isEqualTo("college van burgemeester en wethouders");
        assertThatThrownBy(() -> new Besluit(1, 2, 3, "B", VERGADERDATUM, gegevens, false))
                .hasMessage("besluit.publicatiedatum.nietOpenbaar");
        assertThatThrownBy(() -> new Besluit(1, 2, 3, "B", VERGADERDATUM,
                new BesluitGegevens(null, null, VERGADERDATUM.plusYears(5), null), true))
                .hasMessage("besluit.verval.samen");
        assertThatThrownBy(() -> new Besluit(1, 2, 3, "B", VERGADERDATUM,
                new BesluitGegevens(null, null, VERGADERDATUM.minusDays(1), Vervalreden.TIJDELIJK), true))
                .hasMessage("besluit.vervaldatum.voorIngang");
        assertThat(Vervalreden.INGETROKKEN_OVERHEID.zgwWaarde()).isEqualTo("ingetrokken_overheid");
    }

    @Test
    void veiligeBestandsnaamLaatGeenPadOfVreemdeTekensDoor() {
        assertThat(BijlageService.veiligeNaam("../../etc/passwd")).isEqualTo("passwd.pdf");
        assertThat(BijlageService.veiligeNaam("C:\\Users\\x\\Rapport <2026>.PDF")).isEqualTo("Rapport _2026_.pdf");
        assertThat(BijlageService.veiligeNaam(null)).isEqualTo("bijlage.pdf");
    }
}
