package nl.wijkafspraken.besluit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import nl.wijkafspraken.gedeeld.DomeinregelException;
import org.junit.jupiter.api.Test;

/** The domain rules of the behandelend ambtenaren of a collegevoorstel: at least one, in order, each valid. */
class BehandelendAmbtenarenTest {

    private static final Instant NU = Instant.parse("2026-05-04T10:00:00Z");
    private static final BehandelendAmbtenaar JONKMAN = new BehandelendAmbtenaar("R. Jonkman", "020 555 0142",
            "r.jonkman@gemeente.example");
    private static final BehandelendAmbtenaar BAKKER = new BehandelendAmbtenaar("S. Bakker", null,
            "s.bakker@gemeente.example");
    private static final BehandelendAmbtenaar DE_VRIES = new BehandelendAmbtenaar("D. de Vries", "06-48110590", null);

    private static VoorstelGegevens gegevens(BehandelendAmbtenaar... ambtenaren) {
        return new VoorstelGegevens(true, false, null, null, Arrays.asList(ambtenaren), "Team Wijkzaken", 7L,
                "Afspraken", Map.of());
    }

    private static DomeinregelException geweigerd(BehandelendAmbtenaar... ambtenaren) {
        try {
            new Collegevoorstel(1, "Z26-000001", gegevens(ambtenaren), NU);
        } catch (DomeinregelException e) {
            return e;
        }
        throw new AssertionError("not refused");
    }

    @Test
    void eenVoorstelZonderBehandelendAmbtenaarWordtGeweigerd() {
        var e = geweigerd();
        assertThat(e.getBerichtcode()).isEqualTo("collegevoorstel.ambtenaren.verplicht");
        assertThat(e.getVeld()).isEqualTo("ambtenaren[0].naam");
        assertThat(geweigerd(new BehandelendAmbtenaar(" ", "", null)).getBerichtcode()).as("an empty row is none")
                .isEqualTo("collegevoorstel.ambtenaren.verplicht");
    }

    @Test
    void deAmbtenarenHoudenHunVolgordeOokNaEenWijziging() {
        var voorstel = new Collegevoorstel(1, "Z26-000001", gegevens(JONKMAN, BAKKER), NU);
        assertThat(voorstel.getAmbtenaren()).containsExactly(JONKMAN, BAKKER);

        voorstel.wijzig(gegevens(BAKKER, DE_VRIES, JONKMAN), NU.plusSeconds(60));
        assertThat(voorstel.getAmbtenaren()).containsExactly(BAKKER, DE_VRIES, JONKMAN);
        assertThat(voorstel.getTeam()).isEqualTo("Team Wijkzaken");

        voorstel.wijzig(gegevens(DE_VRIES), NU.plusSeconds(120));
        assertThat(voorstel.getAmbtenaren()).containsExactly(DE_VRIES);
    }

    @Test
    void legeRijenTellenNietMee() {
        var voorstel = new Collegevoorstel(1, "Z26-000001", gegevens(new BehandelendAmbtenaar(null, " ", ""),
                JONKMAN, null, new BehandelendAmbtenaar("  S. Bakker ", " ", "")), NU);
        assertThat(voorstel.getAmbtenaren()).containsExactly(JONKMAN, new BehandelendAmbtenaar("S. Bakker", null,
                null));
    }

    @Test
    void elkeFoutNoemtDeAmbtenaarWaarHijBijHoort() {
        var zonderNaam = geweigerd(JONKMAN, new BehandelendAmbtenaar(null, "020 555 0100", null));
        assertThat(zonderNaam.getVeld()).isEqualTo("ambtenaren[1].naam");
        assertThat(zonderNaam.getBerichtcode()).isEqualTo("collegevoorstel.ambtenaar.naam.verplicht");
        assertThat(zonderNaam.getArgumenten()[0]).isEqualTo(2);

        var telefoon = geweigerd(JONKMAN, BAKKER, new BehandelendAmbtenaar("X", "bel mij", null));
        assertThat(telefoon.getVeld()).isEqualTo("ambtenaren[2].telefoon");
        assertThat(telefoon.getArgumenten()[0]).isEqualTo(3);

        var email = geweigerd(new BehandelendAmbtenaar("X", null, "geen-adres"));
        assertThat(email.getVeld()).isEqualTo("ambtenaren[0].email");
        assertThat(email.getBerichtcode()).isEqualTo("collegevoorstel.ambtenaar.email.ongeldig");

        assertThat(geweigerd(new BehandelendAmbtenaar("x".repeat(151), null, null)).getBerichtcode())
                .isEqualTo("collegevoorstel.ambtenaar.naam.teLang");
    }

    @Test
    void hoogstensTienAmbtenaren() {
        var elf = new ArrayList<BehandelendAmbtenaar>();
        for (int i = 1; i <= 11; i++) {
            elf.add(new BehandelendAmbtenaar("Ambtenaar " + i, null, null));
        }
        assertThat(geweigerd(elf.toArray(BehandelendAmbtenaar[]::new)).getBerichtcode())
                .isEqualTo("collegevoorstel.ambtenaren.teVeel");
        assertThat(new Collegevoorstel(1, "Z26-000001", gegevens(elf.subList(0, 10)
                .toArray(BehandelendAmbtenaar[]::new)), NU).getAmbtenaren()).hasSize(10);
    }

    @Test
    void adressenDieHetFormulierEerderAannamBlijvenGeldig() {
        for (var goed : List.of("r.proef@gemeente.example", "a@b", "d.van.de.bovenkamp@amstelveen.nl",
                "naam+tag@sub.gemeente-aalsmeer.nl", "jöns@gemeente.example")) {
            assertThat(new BehandelendAmbtenaar("X", null, goed).gebreken()).as(goed).isEmpty();
        }
        for (var fout : List.of("geen-adres", "a b@c.nl", "a@b@c.nl", "a@-b.nl", "@b.nl", "a@", "a@b..nl")) {
            assertThat(new BehandelendAmbtenaar("X", null, fout).gebreken()).as(fout).containsOnlyKeys("email");
        }
        for (var fout : List.of("12345", "06 abc 123", "1".repeat(31))) {
            assertThat(new BehandelendAmbtenaar("X", fout, null).gebreken()).as(fout).containsOnlyKeys("telefoon");
        }
    }

    @Test
    void eenBeslotenVoorstelHoudtZijnAmbtenaren() {
        var voorstel = new Collegevoorstel(1, "Z26-000001", gegevens(JONKMAN), NU);
        voorstel.voegBesluitpuntToe("iets te besluiten.", null, NU);
        voorstel.agendeer(NU);
        assertThatThrownBy(() -> voorstel.wijzig(gegevens(BAKKER), NU)).isInstanceOf(DomeinregelException.class)
                .hasMessage("collegevoorstel.terBesluitvorming");
        assertThat(voorstel.getAmbtenaren()).containsExactly(JONKMAN);
    }
}
