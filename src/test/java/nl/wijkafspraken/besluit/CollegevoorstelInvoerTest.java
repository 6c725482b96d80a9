package nl.wijkafspraken.besluit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;
import nl.wijkafspraken.gedeeld.Rol;
import nl.wijkafspraken.support.Besluitvorming;
import nl.wijkafspraken.support.IntegratieTest;
import nl.wijkafspraken.support.Testgegevens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;

/** Bad input on the voorstel forms: refused with a Dutch message next to the field, and nothing stored. */
@IntegratieTest
class CollegevoorstelInvoerTest {

    private static final byte[] PDF = ("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n"
            + "%%EOF\n").getBytes(StandardCharsets.US_ASCII);

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
        wethouder = besluitvorming.wethouder(gemeente, "Wethouder Invoer");
    }

    private MockMvcRequestBuilder nieuw(String onderwerp) {
        return nieuw(onderwerp, "" + wethouder);
    }

    private MockMvcRequestBuilder nieuw(String onderwerp, String portefeuillehouderId) {
        return mvc.post().uri("/collegevoorstellen/nieuw").with(user(ambtenaar)).with(csrf())
                .param("ambtenaren[0].naam", "A. Invoer").param("openbaar", "true").param("naarRaad", "false").param("onderwerp", onderwerp)
                .param("portefeuillehouderId", portefeuillehouderId);
    }

    private int aantalVoorstellen() {
        return jdbc.queryForObject("select count(*) from collegevoorstel where gemeente_id = ?", Integer.class,
                gemeente);
    }

    @Test
    void sectieVanVijfMegabyteWordtGeweigerdMetEenMeldingBijHetVeld() {
        var vijfMegabyte = "a".repeat(5 * 1024 * 1024);
        assertThat(nieuw("Te lang").param("secties[FINANCIEN]", vijfMegabyte).param("secties[DOEL]", "Kort doel"))
                .hasStatusOk().bodyText()
                .contains("Deze tekst is te lang: gebruik hoogstens 100.000 tekens (nu 5.242.880).", "sectie-FINANCIEN-fout",
                        "Kort doel");
        assertThat(aantalVoorstellen()).isZero();
    }

    @Test
    void htmlInTekstWordtAlsTekstGetoond() {
        var script = "<script>alert('x')</script><img src=x onerror=alert(1)>";
        assertThat(nieuw("Onderwerp " + script).param("secties[SAMENVATTING]", "Alinea\n\n" + script)
                .param("ambtenaren[0].naam", script)).hasStatus3xxRedirection();
        var id = jdbc.queryForObject("select id from collegevoorstel where gemeente_id = ?", Long.class, gemeente);
        assertThat(mvc.get().uri("/collegevoorstellen/" + id).with(user(ambtenaar))).hasStatusOk().bodyText()
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;")
                .doesNotContain("<script>alert", "<img src=x");
        assertThat(mvc.get().uri("/collegevoorstellen").with(user(ambtenaar))).bodyText()
                .contains("Onderwerp &lt;script&gt;").doesNotContain("<script>alert");
    }

    @Test
    void onbekendeOfVreemdePortefeuillehouderWordtGeweigerd() {
        var andere = gegevens.gemeente().id();
        var vreemde = besluitvorming.wethouder(andere, "Wethouder Elders");
        assertThat(nieuw("Vreemd", "" + vreemde)).hasStatusOk().bodyText()
                .contains("Kies een portefeuillehouder uit het college van deze gemeente.");
        assertThat(nieuw("Onbekend", "999999999")).hasStatusOk().bodyText()
                .contains("Kies een portefeuillehouder uit het college van deze gemeente.");
        assertThat(nieuw("Geen getal", "abc")).hasStatusOk().bodyText()
                .contains("Deze keuze is ongeldig.");
        assertThat(aantalVoorstellen()).isZero();
    }

    @Test
    void verplichteEnVerkeerdeVeldenGevenNederlandseMeldingen() {
        assertThat(mvc.post().uri("/collegevoorstellen/nieuw").with(user(ambtenaar)).with(csrf())
                .param("zaaknummer", "Z2026-1").param("ambtenaren[0].email", "geen-adres").param("afstemmingDatum", "gisteren"))
                .hasStatusOk().bodyText().contains("Vul het onderwerp in.", "Kies of het besluit openbaar wordt.",
                        "Kies of het voorstel naar de raad gaat.", "Vul een zaaknummer in als Z26-021435",
                        "Vul het e-mailadres van de 1e ambtenaar goed in", "Vul de naam van de 1e ambtenaar in.",
                        "Vul een geldige datum in");
        assertThat(aantalVoorstellen()).isZero();
    }

    @Test
    void mandaatZonderGemandateerdeOfMetOnbekendCollegelidWordtGeweigerd() {
        var voorstel = besluitvorming.voorstel(ambtenaar, wethouder, "Effect");
        assertThat(mvc.post().uri("/collegevoorstellen/" + voorstel + "/besluitpunten/nieuw").with(user(ambtenaar))
                .with(csrf()).param("versie", "" + besluitvorming.versie(voorstel)).param("tekst", "mandaat;")
                .param("effect", "MANDAAT_VERLENEN").param("effectScope", "ondertekening")).hasStatusOk().bodyText()
                .contains("Kies aan wie het mandaat wordt verleend.");
        assertThat(mvc.post().uri("/collegevoorstellen/" + voorstel + "/besluitpunten/nieuw").with(user(ambtenaar))
                .with(csrf()).param("versie", "" + besluitvorming.versie(voorstel)).param("tekst", "mandaat;")
                .param("effect", "MANDAAT_VERLENEN").param("effectCollegelidId", "999999999")
                .param("effectScope", "ondertekening")).hasStatusOk().bodyText()
                .contains("Kies een gemandateerde uit het college van deze gemeente.");
        assertThat(jdbc.queryForObject("select count(*) from besluitpunt where collegevoorstel_id = ?", Integer.class,
                voorstel)).isZero();
    }

    @Test
    void eenVerouderdFormulierOverschrijftNiets() {
        var voorstel = besluitvorming.voorstel(ambtenaar, wethouder, "Origineel", (Effect) null);
        assertThat(mvc.post().uri("/collegevoorstellen/" + voorstel + "/wijzigen").with(user(ambtenaar)).with(csrf())
                .param("versie", "0").param("ambtenaren[0].naam", "A. Testpersoon").param("openbaar", "true")
                .param("naarRaad", "false").param("onderwerp", "Overschreven")).hasStatusOk().bodyText()
                .contains("Iemand anders heeft dit intussen gewijzigd.");
        assertThat(jdbc.queryForObject("select onderwerp from collegevoorstel where id = ?", String.class, voorstel))
                .isEqualTo("Origineel");
    }

    @Test
    void bijlageMoetEenPdfZijnEnWordtVeiligAangeboden() {
        var voorstel = besluitvorming.voorstel(ambtenaar, wethouder, "Bijlagen");
        var versie = besluitvorming.versie(voorstel);
        var nepPdf = new MockMultipartFile("bestand", "rapport.pdf", "application/pdf",
                "<html>geen pdf</html>".getBytes(StandardCharsets.UTF_8));
        assertThat(mvc.post().uri("/collegevoorstellen/" + voorstel + "/bijlagen/nieuw").multipart().file(nepPdf)
                .with(user(ambtenaar)).with(csrf()).param("titel", "Rapport").param("versie", "" + versie))
                .hasStatusOk().bodyText().contains("Dit bestand is geen PDF. Kies een PDF-bestand.");
        assertThat(jdbc.queryForObject("select count(*) from bijlage where collegevoorstel_id = ?", Integer.class,
                voorstel)).isZero();

        var echt = new MockMultipartFile("bestand", "../../etc/Afspraken <def>.pdf", "application/octet-stream", PDF);
        assertThat(mvc.post().uri("/collegevoorstellen/" + voorstel + "/bijlagen/nieuw").multipart().file(echt)
                .with(user(ambtenaar)).with(csrf()).param("titel", "Afspraken").param("versie", "" + versie))
                .hasStatus3xxRedirection();
        var bijlage = jdbc.queryForMap("select b.id, b.bestandsnaam, b.grootte, length(i.inhoud) as lengte "
                + "from bijlage b join bijlage_inhoud i on i.bijlage_id = b.id where b.collegevoorstel_id = ?", voorstel);
        assertThat(bijlage).containsEntry("bestandsnaam", "Afspraken _def_.pdf").containsEntry("grootte", PDF.length)
                .containsEntry("lengte", PDF.length);
        var download = mvc.get().uri("/collegevoorstellen/" + voorstel + "/bijlagen/" + bijlage.get("id"))
                .with(user(ambtenaar)).exchange();
        assertThat(download).hasStatusOk().hasContentType("application/pdf")
                .headers().hasValue("Content-Disposition", "attachment; filename=\"Afspraken _def_.pdf\"");
        assertThat(download.getResponse().getContentAsByteArray()).isEqualTo(PDF);

        var anderVoorstel = besluitvorming.voorstel(ambtenaar, wethouder, "Ander");
        assertThat(mvc.get().uri("/collegevoorstellen/" + anderVoorstel + "/bijlagen/" + bijlage.get("id"))
                .with(user(ambtenaar))).hasStatus(404);
    }
}
