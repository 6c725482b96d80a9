package nl.wijkafspraken.besluit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.LocalDate;
import java.util.List;
import nl.wijkafspraken.gedeeld.Rol;
import nl.wijkafspraken.opmaak.PdfTekst;
import nl.wijkafspraken.support.Besluitvorming;
import nl.wijkafspraken.support.IntegratieTest;
import nl.wijkafspraken.support.Testgegevens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;

/**
 * Several behandelend ambtenaren through the real form, database and PDF: created with two, changed to three, rows
 * added and removed without JavaScript with nothing entered lost, per-row messages, and no change by anyone else.
 */
@IntegratieTest
class BehandelendAmbtenarenSchermTest {

    @Autowired
    MockMvcTester mvc;
    @Autowired
    Testgegevens gegevens;
    @Autowired
    Besluitvorming besluitvorming;
    @Autowired
    JdbcTemplate jdbc;

    long gemeente;
    String ambtenaar;
    long wethouder;

    @BeforeEach
    void gemeenteMetAmbtenaar() {
        gemeente = gegevens.gemeente().id();
        ambtenaar = gegevens.account(gemeente, Rol.AMBTENAAR);
        wethouder = besluitvorming.wethouder(gemeente, "Wethouder Meervoud");
    }

    private MockMvcRequestBuilder formulier(String uri, String wie, String... ambtenaren) {
        var verzoek = mvc.post().uri(uri).with(user(wie)).with(csrf()).param("openbaar", "true")
                .param("naarRaad", "false").param("onderwerp", "Tweemansvoorstel").param("ambtenaarTeam", "Team Wijk")
                .param("portefeuillehouderId", "" + wethouder);
        for (int i = 0; i < ambtenaren.length; i += 3) {
            verzoek.param("ambtenaren[" + i / 3 + "].naam", ambtenaren[i])
                    .param("ambtenaren[" + i / 3 + "].telefoon", ambtenaren[i + 1])
                    .param("ambtenaren[" + i / 3 + "].email", ambtenaren[i + 2]);
        }
        return verzoek;
    }

    private List<String> ambtenaren(long voorstel) {
        return jdbc.queryForList("select volgorde || ' ' || naam || ' ' || coalesce(telefoon, '-') || ' ' || "
                + "coalesce(email, '-') from collegevoorstel_ambtenaar where collegevoorstel_id = ? order by volgorde",
                String.class, voorstel);
    }

    private long versie(long voorstel) {
        return besluitvorming.versie(voorstel);
    }

    private long aantalVoorstellen() {
        return jdbc.queryForObject("select count(*) from collegevoorstel where gemeente_id = ?", Long.class, gemeente);
    }

    private long maakMetTwee() {
        assertThat(formulier("/collegevoorstellen/nieuw", ambtenaar, "R. Jonkman", "020 555 0142",
                "r.jonkman@gemeente.example", "D. van de Bovenkamp", "0648110590",
                "d.van.de.bovenkamp@gemeente.example")).hasStatus3xxRedirection();
        return jdbc.queryForObject("select max(id) from collegevoorstel where gemeente_id = ?", Long.class, gemeente);
    }

    @Test
    void voorstelMetTweeAmbtenarenEnDaarnaDrieInEenAndereVolgorde() {
        var voorstel = maakMetTwee();
        assertThat(ambtenaren(voorstel)).containsExactly("0 R. Jonkman 020 555 0142 r.jonkman@gemeente.example",
                "1 D. van de Bovenkamp 0648110590 d.van.de.bovenkamp@gemeente.example");
        assertThat(mvc.get().uri("/collegevoorstellen/" + voorstel).with(user(ambtenaar))).hasStatusOk().bodyText()
                .contains("Behandelend ambtenaren", "R. Jonkman", "r.jonkman@gemeente.example", "D. van de Bovenkamp",
                        "0648110590", "Team Wijk");
        assertThat(mvc.get().uri("/collegevoorstellen/" + voorstel + "/wijzigen").with(user(ambtenaar)))
                .hasStatusOk().bodyText().contains("Behandelend ambtenaar 1", "Behandelend ambtenaar 2",
                        "value=\"D. van de Bovenkamp\"", "Ambtenaar 2 verwijderen")
                // The zaaknummer of an existing voorstel is shown, not offered for editing.
                .doesNotContain("name=\"zaaknummer\"");

        assertThat(formulier("/collegevoorstellen/" + voorstel + "/wijzigen", ambtenaar, "D. van de Bovenkamp",
                "0648110590", "d.van.de.bovenkamp@gemeente.example", "S. Bakker", "", "s.bakker@gemeente.example",
                "R. Jonkman", "020 555 0142", "").param("versie", "" + versie(voorstel))).hasStatus3xxRedirection();
        assertThat(ambtenaren(voorstel)).containsExactly(
                "0 D. van de Bovenkamp 0648110590 d.van.de.bovenkamp@gemeente.example",
                "1 S. Bakker - s.bakker@gemeente.example", "2 R. Jonkman 020 555 0142 -");

        // The audit trail shows the list before and after, readably, in the line of the change.
        assertThat(jdbc.queryForObject("select samenvatting from audit_regel where object_id = ? and actie = "
                + "'GEWIJZIGD' and objecttype = 'Collegevoorstel'", String.class, "" + voorstel))
                .contains("ambtenaren: \"R. Jonkman (020 555 0142, r.jonkman@gemeente.example) / D. van de Bovenkamp "
                        + "(0648110590, d.van.de.bovenkamp@gemeente.example)\" → \"D. van de Bovenkamp (0648110590, "
                        + "d.van.de.bovenkamp@gemeente.example) / S. Bakker (s.bakker@gemeente.example) / R. Jonkman "
                        + "(020 555 0142)\"")
                .doesNotContain("team:");
        assertThat(jdbc.queryForObject("select samenvatting from audit_regel where object_id = ? and actie = "
                + "'AANGEMAAKT' and objecttype = 'Collegevoorstel'", String.class, "" + voorstel))
                .contains("R. Jonkman (020 555 0142, r.jonkman@gemeente.example) / D. van de Bovenkamp");
    }

    @Test
    void dePdfNoemtAlleAmbtenarenInVolgordeInDeKop() {
        var voorstel = maakMetTwee();
        var antwoord = mvc.get().uri("/collegevoorstellen/" + voorstel + "/pdf").with(user(ambtenaar)).exchange();
        assertThat(antwoord).hasStatusOk().hasContentType("application/pdf");
        assertThat(String.join("\n", PdfTekst.van(antwoord.getResponse().getContentAsByteArray()).paginas())
                .lines().map(String::strip).toList()).containsSubsequence(
                "Behandelend ambtenaren: R. Jonkman", "020 555 0142", "r.jonkman@gemeente.example",
                "D. van de Bovenkamp", "0648110590", "d.van.de.bovenkamp@gemeente.example", "Team Wijk",
                "Portefeuillehouder: Wethouder Wethouder Meervoud");
    }

    @Test
    void eenAmbtenaarToevoegenZonderJavaScriptHoudtAllesWatIsIngevuld() {
        var antwoord = formulier("/collegevoorstellen/nieuw", ambtenaar, "R. Jonkman", "020 555 0142",
                "r.jonkman@gemeente.example").param("secties[DOEL]", "Een doel dat blijft.")
                .param("afstemmingDatum", "2026-04-20").param("ambtenaarToevoegen", "ja");
        assertThat(antwoord).hasStatusOk().bodyText().contains("value=\"R. Jonkman\"", "value=\"020 555 0142\"",
                "value=\"Tweemansvoorstel\"", "value=\"Team Wijk\"", "Een doel dat blijft.", "value=\"20-4-2026\"",
                "Behandelend ambtenaar 2", "id=\"ambtenaren1.naam\"", "Ambtenaar 2 verwijderen")
                .doesNotContain("id=\"ambtenaren2.naam\"", "class=\"foutoverzicht\"");
        assertThat(antwoord).bodyText().containsPattern("<input[^>]*autofocus[^>]*id=\"ambtenaren1.naam\"");
        assertThat(aantalVoorstellen()).as("adding a row saves nothing").isZero();
    }

    @Test
    void eenAmbtenaarVerwijderenZonderJavaScriptSchuiftDeRestOp() {
        var antwoord = formulier("/collegevoorstellen/nieuw", ambtenaar, "R. Jonkman", "", "", "S. Bakker", "",
                "s.bakker@gemeente.example", "D. de Vries", "", "").param("ambtenaarVerwijderen", "0");
        assertThat(antwoord).hasStatusOk().bodyText().contains("value=\"S. Bakker\"", "value=\"D. de Vries\"")
                .doesNotContain("R. Jonkman", "id=\"ambtenaren2.naam\"");
        assertThat(aantalVoorstellen()).isZero();

        var voorstel = maakMetTwee();
        var versie = versie(voorstel);
        assertThat(formulier("/collegevoorstellen/" + voorstel + "/wijzigen", ambtenaar, "R. Jonkman", "", "",
                "D. van de Bovenkamp", "", "").param("versie", "" + versie).param("ambtenaarVerwijderen", "1"))
                .hasStatusOk().bodyText().contains("value=\"R. Jonkman\"").doesNotContain("D. van de Bovenkamp");
        assertThat(versie(voorstel)).as("removing a row on the form saves nothing").isEqualTo(versie);
        assertThat(ambtenaren(voorstel)).hasSize(2);
    }

    @Test
    void foutenStaanPerAmbtenaarBijHetVeldEnNietsGaatVerloren() {
        var antwoord = formulier("/collegevoorstellen/nieuw", ambtenaar, "R. Jonkman", "020 555 0142",
                "r.jonkman@gemeente.example", "", "06 1234 5678", "geen-adres", "D. de Vries", "bel mij maar",
                "d@gemeente.example").param("secties[DOEL]", "Doel blijft staan.");
        assertThat(antwoord).hasStatusOk().bodyText().contains(
                "Vul de naam van de 2e ambtenaar in.",
                "Vul het e-mailadres van de 2e ambtenaar goed in, bijvoorbeeld naam@voorbeeld.nl.",
                "Vul het telefoonnummer van de 3e ambtenaar goed in",
                "value=\"geen-adres\"", "value=\"bel mij maar\"", "value=\"06 1234 5678\"", "value=\"R. Jonkman\"",
                "Doel blijft staan.", "href=\"#ambtenaren1.email\"", "id=\"ambtenaren1.email-fout\"",
                "id=\"ambtenaren2.telefoon-fout\"")
                .doesNotContain("Vul de naam van de 1e ambtenaar", "Vul het e-mailadres van de 3e");
        assertThat(antwoord).bodyText().containsPattern(
                "<input[^>]*aria-invalid=\"true\" aria-describedby=\"ambtenaren1.email-fout\" id=\"ambtenaren1.email\"");
        assertThat(aantalVoorstellen()).isZero();

        assertThat(formulier("/collegevoorstellen/nieuw", ambtenaar, "", "", "", "", "", "")).hasStatusOk()
                .bodyText().contains("Vul de naam van ten minste één behandelend ambtenaar in.");
        assertThat(aantalVoorstellen()).isZero();
    }

    @Test
    void nietMeerDanTienRijen() {
        var tien = new String[30];
        for (int i = 0; i < 10; i++) {
            tien[i * 3] = "Ambtenaar " + i;
            tien[i * 3 + 1] = "";
            tien[i * 3 + 2] = "";
        }
        assertThat(formulier("/collegevoorstellen/nieuw", ambtenaar, tien).param("ambtenaarToevoegen", "ja"))
                .hasStatusOk().bodyText().contains("id=\"ambtenaren9.naam\"")
                .doesNotContain("id=\"ambtenaren10.naam\"", "Nog een ambtenaar toevoegen");
        assertThat(formulier("/collegevoorstellen/nieuw", ambtenaar, tien).param("ambtenaren[10].naam", "Elfde"))
                .hasStatusOk().bodyText().contains("Een voorstel heeft ten hoogste 10 behandelend ambtenaren.");
        assertThat(aantalVoorstellen()).isZero();
    }

    @ParameterizedTest
    @EnumSource(value = Rol.class, names = {"SECRETARIS", "BESTUURDER", "BEHEERDER"})
    void alleenDeAmbtenaarWijzigtDeAmbtenaren(Rol rol) {
        var voorstel = maakMetTwee();
        var voor = ambtenaren(voorstel);
        var versie = versie(voorstel);
        var wie = gegevens.account(gemeente, rol);
        var uri = "/collegevoorstellen/" + voorstel + "/wijzigen";
        assertThat(formulier(uri, wie, "Indringer", "", "").param("versie", "" + versie)).hasStatus(403);
        assertThat(formulier(uri, wie, "Indringer", "", "").param("versie", "" + versie)
                .param("ambtenaarToevoegen", "ja")).hasStatus(403);
        assertThat(formulier(uri, wie, "Indringer", "", "").param("versie", "" + versie)
                .param("ambtenaarVerwijderen", "0")).hasStatus(403);
        assertThat(formulier("/collegevoorstellen/nieuw", wie, "Indringer", "", "")
                .param("ambtenaarToevoegen", "ja")).hasStatus(403);
        assertThat(ambtenaren(voorstel)).isEqualTo(voor);
        assertThat(versie(voorstel)).isEqualTo(versie);
    }

    @Test
    void eenAmbtenaarVanEenAndereGemeenteVindtHetVoorstelNiet() {
        var voorstel = maakMetTwee();
        var voor = ambtenaren(voorstel);
        var versie = versie(voorstel);
        var vreemde = gegevens.account(gegevens.gemeente().id(), Rol.AMBTENAAR);
        var uri = "/collegevoorstellen/" + voorstel + "/wijzigen";
        assertThat(formulier(uri, vreemde, "Indringer", "", "").param("versie", "" + versie)).hasStatus(404);
        assertThat(formulier(uri, vreemde, "Indringer", "", "").param("versie", "" + versie)
                .param("ambtenaarToevoegen", "ja")).hasStatus(404);
        assertThat(formulier(uri, vreemde, "Indringer", "", "").param("versie", "" + versie)
                .param("ambtenaarVerwijderen", "1")).hasStatus(404);
        assertThat(mvc.get().uri("/collegevoorstellen/" + voorstel).with(user(vreemde))).hasStatus(404);
        assertThat(mvc.get().uri("/collegevoorstellen/" + voorstel + "/pdf").with(user(vreemde))).hasStatus(404);
        assertThat(ambtenaren(voorstel)).isEqualTo(voor);
        assertThat(versie(voorstel)).isEqualTo(versie);
    }

    @Test
    void eenVoorstelOpDeAgendaKrijgtGeenRijErbij() {
        var voorstel = besluitvorming.voorstel(ambtenaar, wethouder, "Geagendeerd", (Effect) null);
        besluitvorming.geagendeerd(gegevens.account(gemeente, Rol.SECRETARIS), voorstel, LocalDate.of(2026, 6, 1));
        var voor = ambtenaren(voorstel);
        assertThat(formulier("/collegevoorstellen/" + voorstel + "/wijzigen", ambtenaar, "Later", "", "")
                .param("versie", "" + versie(voorstel)).param("ambtenaarToevoegen", "ja")).hasStatus(403);
        assertThat(ambtenaren(voorstel)).isEqualTo(voor).hasSize(1);
    }
}
