package nl.wijkafspraken.besluit;

import static nl.wijkafspraken.support.Besluitvorming.als;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import nl.wijkafspraken.gedeeld.Rol;
import nl.wijkafspraken.opmaak.PdfTekst;
import nl.wijkafspraken.support.Besluitvorming;
import nl.wijkafspraken.support.IntegratieTest;
import nl.wijkafspraken.support.Testgegevens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** The PDF downloads over HTTP: what the document says, its file name, and who may have it. */
@IntegratieTest
class DocumentExportTest {

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
    long voorstel;
    String zaaknummer;

    @BeforeEach
    void voorstelMetSectiesEnTabel() {
        gemeente = gegevens.gemeente().id();
        ambtenaar = gegevens.account(gemeente, Rol.AMBTENAAR);
        secretaris = gegevens.account(gemeente, Rol.SECRETARIS);
        var wethouder = besluitvorming.wethouder(gemeente, "Wim Export");
        var secties = Map.of(
                Sectie.SAMENVATTING, "De samenwerking wordt *vastgelegd*.",
                Sectie.DOEL, "Duidelijke rollen.",
                Sectie.FINANCIEN, "| Post | 2026 | 2027 |\n|---|---:|---:|\n| Subsidie | € 1.000 | € 1.200 |",
                Sectie.EVALUATIE, "- jaarlijks verlengen\n- na vijf jaar evalueren");
        voorstel = als(ambtenaar, () -> {
            var id = voorstellen.nieuw(new VoorstelGegevens(true, false, "via staf / mail", LocalDate.of(2026, 4, 20),
                    Besluitvorming.gegevens(wethouder, "x").ambtenaren(), "Team Test", wethouder, "Exportafspraken Proefwijk",
                    secties), null);
            voorstellen.voegBesluitpuntToe(id, besluitvorming.versie(id), "de afspraken vast te stellen", null);
            voorstellen.voegBesluitpuntToe(id, besluitvorming.versie(id), "de convenanten in te trekken", null);
            return id;
        });
        zaaknummer = jdbc.queryForObject("select zaaknummer from collegevoorstel where id = ?", String.class, voorstel);
    }

    private static String tekst(byte[] pdf) {
        return PdfTekst.van(pdf).geheel();
    }

    @Test
    void besloten_voorstel_als_pdf_leest_als_het_brondocument() {
        besluitvorming.besloten(secretaris, voorstel, LocalDate.of(2026, 5, 4), Uitkomst.CONFORM_ADVIES);

        var antwoord = mvc.get().uri("/collegevoorstellen/" + voorstel + "/pdf").with(user(ambtenaar)).exchange();
        assertThat(antwoord).hasStatusOk().hasContentType("application/pdf");
        assertThat(antwoord.getResponse().getHeader("Content-Disposition"))
                .contains("attachment").contains(zaaknummer + "-collegevoorstel.pdf");
        var tekst = tekst(antwoord.getResponse().getContentAsByteArray());
        assertThat(tekst).contains("COLLEGEVOORSTEL", zaaknummer, "Exportafspraken Proefwijk",
                "Afgestemd met portefeuillehouder", "20 april 2026", "A. Testpersoon",
                "Het college van burgemeester en wethouders besluit:", "1. de afspraken vast te stellen",
                "2. de convenanten in te trekken", "Subsidie", "€ 1.200", "jaarlijks verlengen",
                "Behandeld in B&W-vergadering d.d. 4 mei 2026, nr. 1", "Besluit B&W: Conform advies")
                .doesNotContain("CONCEPT", "Prestatie");
        assertThat(tekst.indexOf("Samenvatting")).isLessThan(tekst.indexOf("Doel"));
        assertThat(tekst.indexOf("Doel")).isLessThan(tekst.indexOf("Financiën"));
        assertThat(tekst.indexOf("Financiën")).isLessThan(tekst.indexOf("Evaluatie"));
    }

    @Test
    void concept_draagt_het_concept_merk_en_secretaris_mag_ook_exporteren() {
        var antwoord = mvc.get().uri("/collegevoorstellen/" + voorstel + "/pdf").with(user(secretaris)).exchange();
        assertThat(antwoord).hasStatusOk();
        assertThat(tekst(antwoord.getResponse().getContentAsByteArray())).contains("CONCEPT")
                .doesNotContain("Besluit B&W:");
    }

    @Test
    void besluitenlijst_als_pdf() {
        var punt = besluitvorming.geagendeerd(secretaris, voorstel, LocalDate.of(2026, 6, 1));
        var antwoord = mvc.get().uri("/vergaderingen/" + punt[0] + "/besluitenlijst.pdf").with(user(secretaris))
                .exchange();
        assertThat(antwoord).hasStatusOk().hasContentType("application/pdf");
        assertThat(antwoord.getResponse().getHeader("Content-Disposition")).contains("besluitenlijst-2026-06-01.pdf");
        assertThat(tekst(antwoord.getResponse().getContentAsByteArray()))
                .contains(zaaknummer, "Exportafspraken Proefwijk", "CONCEPT");
    }

    @Test
    void andere_rollen_krijgen_403_en_een_andere_gemeente_404() {
        var wethouderAccount = gegevens.account(gemeente, Rol.BESTUURDER);
        var beheerder = gegevens.account(gemeente, Rol.BEHEERDER);
        var wijkoverleg = gegevens.wijkoverleg(gemeente, "Exportwijk",
                Set.of(jdbc.queryForObject("select min(id) from wijk where gemeente_id = ?", Long.class, gemeente)));
        var bestuurslid = gegevens.bestuurslid(gemeente, wijkoverleg);
        var vreemde = gegevens.account(gegevens.gemeente().id(), Rol.AMBTENAAR);
        var punt = besluitvorming.geagendeerd(secretaris, voorstel, LocalDate.of(2026, 7, 1));

        for (var wie : new String[] {wethouderAccount, beheerder, bestuurslid}) {
            assertThat(mvc.get().uri("/collegevoorstellen/" + voorstel + "/pdf").with(user(wie))).hasStatus(403);
            assertThat(mvc.get().uri("/vergaderingen/" + punt[0] + "/besluitenlijst.pdf").with(user(wie)))
                    .hasStatus(403);
        }
        assertThat(mvc.get().uri("/collegevoorstellen/" + voorstel + "/pdf").with(user(vreemde))).hasStatus(404);
        assertThat(mvc.get().uri("/vergaderingen/" + punt[0] + "/besluitenlijst.pdf").with(user(vreemde)))
                .hasStatus(404);
    }

    @Test
    void markdown_staat_op_het_scherm_als_html_en_html_in_de_tekst_als_tekst() {
        als(ambtenaar, () -> {
            var v = voorstellen.nieuw(new VoorstelGegevens(false, false, null, null,
                    Besluitvorming.gegevens(0, "x").ambtenaren(), null, null, "Scriptproef",
                    Map.of(Sectie.DOEL, "**vet** en <script>alert(1)</script>")), null);
            voorstel = v;
            return v;
        });
        assertThat(mvc.get().uri("/collegevoorstellen/" + voorstel).with(user(ambtenaar))).hasStatusOk().bodyText()
                .contains("<strong>vet</strong>", "&lt;script&gt;alert(1)&lt;/script&gt;")
                .doesNotContain("<script>alert(1)");
    }
}
