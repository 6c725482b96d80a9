package nl.wijkafspraken.post;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import nl.wijkafspraken.gedeeld.Rol;
import nl.wijkafspraken.support.IntegratieTest;
import nl.wijkafspraken.support.Testgegevens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** The outbox at /beheer/post, without SMTP configured (as in the default run and in the tests' context). */
@IntegratieTest
class PostSchermTest {

    @Autowired
    MockMvcTester mvc;
    @Autowired
    PostService post;
    @Autowired
    Testgegevens gegevens;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void zonderSmtpBlijftHetBerichtInDeUitgaandePostEnLeestDeBeheerderHet() {
        var gemeente = gegevens.gemeente();
        var beheerder = gegevens.account(gemeente.id(), Rol.BEHEERDER);
        var bericht = Testpost.uitnodiging(gemeente.id(), "token-xyz");

        var id = post.verstuur(bericht);

        assertThat(mvc.get().uri("/beheer/post").with(user(beheerder))).hasStatusOk().bodyText()
                .contains("Uitgaande e-mail", Testpost.ONDERWERP, "m.kortekaas@wijkoverleg-oost.example",
                        "Niet verzonden (geen SMTP)", "href=\"/beheer/post/" + id + "\"");
        assertThat(mvc.get().uri("/beheer/post/" + id).with(user(beheerder))).hasStatusOk().bodyText()
                .contains("Beste Marleen,", "Uw code is 482913",
                        "<a href=\"https://wijkafspraken.example/ondertekenen/token-xyz\"",
                        "href=\"/beheer/post/" + id + "/bijlagen/0\"", "Samenwerkingsafspraken Oost – versie 2.pdf")
                .doesNotContain("token-xyz.\"");
        var bijlage = mvc.get().uri("/beheer/post/" + id + "/bijlagen/0").with(user(beheerder)).exchange();
        assertThat(bijlage).hasStatusOk().hasContentType("application/pdf");
        assertThat(bijlage.getResponse().getContentAsByteArray()).isEqualTo(bericht.bijlagen().getFirst().inhoud());
        assertThat(bijlage.getResponse().getHeader("Content-Disposition")).startsWith("attachment;");
    }

    @Test
    void deLijstToontDeNieuwsteEerstTwintigPerPagina() {
        var gemeente = gegevens.gemeente();
        var beheerder = gegevens.account(gemeente.id(), Rol.BEHEERDER);
        for (int i = 1; i <= 23; i++) {
            post.verstuur(Testpost.bericht(gemeente.id(), "Bericht %02d".formatted(i)));
        }

        assertThat(mvc.get().uri("/beheer/post").with(user(beheerder))).hasStatusOk().bodyText()
                .contains("Bericht 23", "Bericht 04", "Pagina 1 van 2", "(23 in totaal)",
                        "href=\"/beheer/post?pagina=1\"")
                .doesNotContain("Bericht 03")
                .containsSubsequence("Bericht 23", "Bericht 22", "Bericht 04");
        assertThat(mvc.get().uri("/beheer/post?pagina=1").with(user(beheerder))).hasStatusOk().bodyText()
                .contains("Bericht 03", "Bericht 01", "Pagina 2 van 2").doesNotContain("Bericht 04");
    }

    @Test
    void andereRollenKrijgenGeenToegang() {
        var gemeente = gegevens.gemeente();
        var id = post.verstuur(Testpost.uitnodiging(gemeente.id(), "token-geheim"));
        var wijkoverleg = gegevens.wijkoverleg(gemeente.id(), "Wijkoverleg Post", Set.of(gemeente.wijkNoord()));

        for (var naam : List.of(gegevens.account(gemeente.id(), Rol.AMBTENAAR),
                gegevens.account(gemeente.id(), Rol.BESTUURDER), gegevens.bestuurslid(gemeente.id(), wijkoverleg))) {
            assertThat(mvc.get().uri("/beheer/post").with(user(naam))).hasStatus(403).bodyText()
                    .contains("Geen toegang").doesNotContain(Testpost.ONDERWERP);
            assertThat(mvc.get().uri("/beheer/post/" + id).with(user(naam))).hasStatus(403).bodyText()
                    .doesNotContain("token-geheim");
            assertThat(mvc.get().uri("/beheer/post/" + id + "/bijlagen/0").with(user(naam))).hasStatus(403);
        }
        assertThat(mvc.get().uri("/beheer/post/" + id)).hasStatus3xxRedirection();
    }

    @Test
    void eenBerichtVanEenAndereGemeenteBestaatNiet() {
        var gemeente = gegevens.gemeente();
        var andere = gegevens.gemeente();
        var beheerder = gegevens.account(gemeente.id(), Rol.BEHEERDER);
        var id = post.verstuur(Testpost.uitnodiging(andere.id(), "token-elders"));

        assertThat(mvc.get().uri("/beheer/post").with(user(beheerder))).hasStatusOk().bodyText()
                .contains("Er is nog geen e-mail verstuurd.").doesNotContain(Testpost.ONDERWERP);
        assertThat(mvc.get().uri("/beheer/post/" + id).with(user(beheerder))).hasStatus(404).bodyText()
                .doesNotContain("token-elders");
        assertThat(mvc.get().uri("/beheer/post/" + id + "/bijlagen/0").with(user(beheerder))).hasStatus(404);
        assertThat(mvc.get().uri("/beheer/post/" + id + "/bijlagen/1").with(user(beheerder))).hasStatus(404);
    }

    @Test
    void deTekstVanEenBerichtVoorSmtpIsAlleenVoorDeOntvanger() {
        var gemeente = gegevens.gemeente();
        var beheerder = gegevens.account(gemeente.id(), Rol.BEHEERDER);
        // Waiting for a retry: the text is still stored (it must be sent), but it is not the BEHEERDER's to read.
        var id = jdbc.queryForObject("""
                insert into uitgaand_bericht (gemeente_id, aan, onderwerp, tekst, status, aangemaakt, pogingen,
                                              laatste_poging, fout)
                values (?, 'lid@wijk.example', 'Uw code', 'Uw code is 777111', 'MISLUKT', ?, 1, ?,
                        'Connection refused') returning id""", Long.class, gemeente.id(), nu(), nu());
        jdbc.update("insert into uitgaand_bericht_bijlage (bericht_id, volgnummer, naam, mime, grootte, inhoud) "
                + "values (?, 0, 'brief.pdf', 'application/pdf', 3, '\\x010203')", id);

        assertThat(mvc.get().uri("/beheer/post/" + id).with(user(beheerder))).hasStatusOk().bodyText()
                .contains("Mislukt, wordt opnieuw geprobeerd", "Connection refused", "brief.pdf",
                        "Daarom staat de tekst hier niet")
                .doesNotContain("777111", "/bijlagen/0");
        assertThat(mvc.get().uri("/beheer/post/" + id + "/bijlagen/0").with(user(beheerder))).hasStatus(404);
    }

    @Test
    void tekstMetHtmlWordtEscapedGetoond() {
        var gemeente = gegevens.gemeente();
        var beheerder = gegevens.account(gemeente.id(), Rol.BEHEERDER);
        var id = post.verstuur(new Bericht(gemeente.id(), "a@b.example", "<b>Onderwerp</b>",
                "<script>alert(1)</script> javascript:alert(2)"));

        assertThat(mvc.get().uri("/beheer/post/" + id).with(user(beheerder))).hasStatusOk().bodyText()
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;", "&lt;b&gt;Onderwerp&lt;/b&gt;")
                .doesNotContain("<script>alert(1)", "href=\"javascript:");
    }

    @Test
    void hetVersturenStaatInDeAudittrailMetOntvangerEnOnderwerpMaarZonderTekst() {
        var gemeente = gegevens.gemeente();
        var beheerder = gegevens.account(gemeente.id(), Rol.BEHEERDER);
        post.verstuur(Testpost.uitnodiging(gemeente.id(), "token-audit"));

        assertThat(mvc.get().uri("/beheer/audit?actie=EMAIL_VERSTUURD").with(user(beheerder))).hasStatusOk()
                .bodyText().contains("E-mail verstuurd",
                        "Aan m.kortekaas@wijkoverleg-oost.example: " + Testpost.ONDERWERP)
                .doesNotContain("token-audit", "482913");
    }

    private static OffsetDateTime nu() {
        return OffsetDateTime.ofInstant(Instant.now(), ZoneOffset.UTC);
    }
}
