package nl.wijkafspraken.besluit;

import static nl.wijkafspraken.support.Besluitvorming.als;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.Duration;
import nl.wijkafspraken.gedeeld.Rol;
import nl.wijkafspraken.support.Besluitvorming;
import nl.wijkafspraken.support.IntegratieTest;
import nl.wijkafspraken.support.Testgegevens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * The main flow over HTTP on the real database: the ambtenaar writes a voorstel, the secretaris puts it on a
 * meeting and records conform advies, the besluit shows the mandate it granted, the meeting is closed.
 */
@IntegratieTest
class BesluitvormingSchermTest {

    @Autowired
    MockMvcTester mvc;
    @Autowired
    Testgegevens gegevens;
    @Autowired
    Besluitvorming besluitvorming;
    @Autowired
    CollegevoorstelService voorstellen;
    @Autowired
    JdbcTemplate jdbc;

    long gemeente;
    String ambtenaar;
    String secretaris;
    long wethouder;

    @BeforeEach
    void gemeenteMetCollege() {
        gemeente = gegevens.gemeente().id();
        ambtenaar = gegevens.account(gemeente, Rol.AMBTENAAR);
        secretaris = gegevens.account(gemeente, Rol.SECRETARIS);
        wethouder = besluitvorming.wethouder(gemeente, "Willemijn Proef");
    }

    private long id(String tabel, String kolom, Object waarde) {
        return jdbc.queryForObject("select max(id) from " + tabel + " where " + kolom + " = ?", Long.class, waarde);
    }

    @Test
    void vanVoorstelViaVergaderingNaarBesluitMetMandaat() {
        assertThat(mvc.post().uri("/collegevoorstellen/nieuw").with(user(ambtenaar)).with(csrf())
                .param("openbaar", "true").param("naarRaad", "false").param("afstemmingWijze", "via staf / mail")
                .param("afstemmingDatum", "2026-04-20").param("ambtenaren[0].naam", "R. Proef")
                .param("ambtenaren[0].telefoon", "020 555 0199").param("ambtenaren[0].email", "r.proef@gemeente.example")
                .param("ambtenaarTeam", "Team Participatie").param("portefeuillehouderId", "" + wethouder)
                .param("onderwerp", "Samenwerkingsafspraken Proefwijk")
                .param("secties[SAMENVATTING]", "De gemeente werkt samen met de wijkoverleggen.")
                .param("secties[FINANCIEN]", "| Jaar | Bedrag |\n|---|---|\n| 2026 | € 0 |"))
                .hasStatus3xxRedirection();
        var voorstel = id("collegevoorstel", "onderwerp", "Samenwerkingsafspraken Proefwijk");
        assertThat(jdbc.queryForObject("select zaaknummer from collegevoorstel where id = ?", String.class, voorstel))
                .matches("Z\\d{2}-000001");

        assertThat(mvc.post().uri("/collegevoorstellen/" + voorstel + "/besluitpunten/nieuw").with(user(ambtenaar))
                .with(csrf()).param("versie", "0").param("tekst", "de afspraken vast te stellen;"))
                .hasStatus3xxRedirection();
        assertThat(mvc.post().uri("/collegevoorstellen/" + voorstel + "/besluitpunten/nieuw").with(user(ambtenaar))
                .with(csrf()).param("versie", "1").param("tekst", "de wethouder mandaat te verlenen.")
                .param("effect", "MANDAAT_VERLENEN").param("effectCollegelidId", "" + wethouder)
                .param("effectScope", Besluitvorming.SCOPE)).hasStatus3xxRedirection();
        assertThat(mvc.get().uri("/collegevoorstellen/" + voorstel).with(user(ambtenaar))).hasStatusOk().bodyText()
                .contains("Samenwerkingsafspraken Proefwijk", "R. Proef", "Wethouder Willemijn Proef",
                        "de wethouder mandaat te verlenen.", "Effect: mandaat aan wethouder Willemijn Proef",
                        "<table>", "<td>2026</td>", "€ 0", "Concept");

        assertThat(mvc.post().uri("/vergaderingen/nieuw").with(user(secretaris)).with(csrf())
                .param("datum", "2026-05-04")).hasStatus3xxRedirection();
        var vergadering = id("bw_vergadering", "gemeente_id", gemeente);
        assertThat(mvc.post().uri("/vergaderingen/" + vergadering + "/agenda").with(user(secretaris)).with(csrf())
                .param("collegevoorstelId", "" + voorstel).param("nummer", "10")).hasStatus3xxRedirection();
        assertThat(jdbc.queryForObject("select status from collegevoorstel where id = ?", String.class, voorstel))
                .isEqualTo("TER_BESLUITVORMING");
        var agendapunt = id("agendapunt", "collegevoorstel_id", voorstel);
        assertThat(mvc.get().uri("/vergaderingen/" + vergadering + "/agendapunten/" + agendapunt + "/uitkomst")
                .with(user(secretaris))).hasStatusOk().bodyText().contains("Uitkomst van agendapunt 10");

        var uitkomst = mvc.post().uri("/vergaderingen/" + vergadering + "/agendapunten/" + agendapunt + "/uitkomst")
                .with(user(secretaris)).with(csrf()).param("uitkomst", "CONFORM_ADVIES")
                .param("ingangsdatum", "2026-05-04").param("publicatiedatum", "2026-05-12").exchange();
        var besluit = id("besluit", "collegevoorstel_id", voorstel);
        assertThat(uitkomst).hasStatus3xxRedirection().redirectedUrl().isEqualTo("/besluiten/" + besluit);
        var zgw = jdbc.queryForMap("select identificatie, datum, ingangsdatum, publicatiedatum, bestuursorgaan "
                + "from besluit where id = ?", besluit);
        assertThat(zgw).containsEntry("bestuursorgaan", "college van burgemeester en wethouders")
                .containsEntry("publicatiedatum", java.sql.Date.valueOf("2026-05-12"));
        assertThat((String) zgw.get("identificatie")).isEqualTo("B26-000001");

        await().atMost(Duration.ofSeconds(15)).until(() -> jdbc.queryForObject(
                "select count(*) from uitgevoerd_effect where besluit_id = ?", Integer.class, besluit) == 1);
        var mandaat = jdbc.queryForObject("select id from mandaat where besluit_id = ?", Long.class, besluit);
        assertThat(mvc.get().uri("/besluiten/" + besluit).with(user(ambtenaar))).hasStatusOk().bodyText()
                .contains("B26-000001", "college van burgemeester en wethouders", "4 mei 2026", "12 mei 2026",
                        "Uitgevoerd:", "href=\"/mandaten/" + mandaat + "\"");
        assertThat(mvc.get().uri("/mandaten/" + mandaat).with(user(ambtenaar))).hasStatusOk().bodyText()
                .contains("wethouder Willemijn Proef", Besluitvorming.SCOPE, "Geldig", "href=\"/besluiten/" + besluit);
        assertThat(mvc.get().uri("/collegevoorstellen/" + voorstel).with(user(ambtenaar))).hasStatusOk().bodyText()
                .contains("Behandeld in B&amp;W-vergadering d.d. 4 mei 2026, nr. 10", "Besluit B&amp;W: Conform advies")
                .doesNotContain("/wijzigen\"");

        assertThat(mvc.get().uri("/vergaderingen/" + vergadering + "/besluitenlijst").with(user(ambtenaar)))
                .bodyText().contains("Voorlopig");
        assertThat(mvc.post().uri("/vergaderingen/" + vergadering + "/sluiten").with(user(secretaris)).with(csrf()))
                .hasStatus3xxRedirection();
        assertThat(mvc.get().uri("/vergaderingen/" + vergadering + "/besluitenlijst").with(user(ambtenaar)))
                .hasStatusOk().bodyText().contains("Besluitenlijst B&amp;W-vergadering d.d. 4 mei 2026",
                        "Samenwerkingsafspraken Proefwijk", "Conform advies").doesNotContain("Voorlopig");
        assertThat(jdbc.queryForObject("select count(*) from audit_regel where gemeente_id = ? and actie in "
                + "('AANGEMAAKT', 'BESLUITPUNT_TOEGEVOEGD', 'GEAGENDEERD', 'UITKOMST_VASTGELEGD', 'GESLOTEN', "
                + "'VERLEEND', 'EFFECT_UITGEVOERD')", Integer.class, gemeente)).isGreaterThanOrEqualTo(9);
    }

    @Test
    void weergaveGeeftAlleVasteOnderdelenInDeVolgordeVanHetDocument() {
        var voorstel = besluitvorming.voorstel(ambtenaar, wethouder, "Volgorde", null, null);
        als(ambtenaar, () -> {
            voorstellen.wijzig(voorstel, besluitvorming.versie(voorstel), new VoorstelGegevens(true, false, "mail",
                    null, java.util.List.of(new BehandelendAmbtenaar("R. Proef", null, null)), "Team", wethouder, "Volgorde",
                    java.util.Map.of(Sectie.DUURZAAMHEID, "Geen.", Sectie.SAMENVATTING, "Kort.",
                            Sectie.FINANCIEN, "| a | b |\n|---|---|\n| 1 | 2 |")));
            return null;
        });
        besluitvorming.besloten(secretaris, voorstel, java.time.LocalDate.of(2026, 5, 4), Uitkomst.CONFORM_ADVIES);

        var weergave = als(ambtenaar, () -> voorstellen.weergave(voorstel));
        assertThat(weergave.secties()).extracting(CollegevoorstelWeergave.SectieWeergave::kop)
                .containsExactly("Samenvatting", "Financiën", "Duurzaamheidsaspecten");
        assertThat(weergave.besluitpunten()).extracting(CollegevoorstelWeergave.BesluitpuntWeergave::nummer)
                .containsExactly(1, 2);
        assertThat(weergave.portefeuillehouder()).isEqualTo("Wethouder Willemijn Proef");
        assertThat(weergave.isConcept()).isFalse();
        assertThat(weergave.behandeling().behandeldIn()).isEqualTo("Behandeld in B&W-vergadering d.d. 4 mei 2026, nr. 1");
        assertThat(weergave.behandeling().besluitBw()).isEqualTo("Besluit B&W: Conform advies");
        assertThat(weergave.bestandsnaam("pdf")).matches("Z\\d{2}-\\d{6}-collegevoorstel\\.pdf");
    }
}
