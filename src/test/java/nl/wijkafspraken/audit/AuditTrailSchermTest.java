package nl.wijkafspraken.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import nl.wijkafspraken.gedeeld.Rol;
import nl.wijkafspraken.support.IntegratieTest;
import nl.wijkafspraken.support.Testgegevens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@IntegratieTest
class AuditTrailSchermTest {

    @Autowired
    MockMvcTester mvc;
    @Autowired
    Testgegevens gegevens;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void wijzigingVerschijntInDeLijstVanDeBeheerderVanDieGemeente() {
        var gemeente = gegevens.gemeente();
        var beheerder = gegevens.account(gemeente.id(), Rol.BEHEERDER);
        gegevens.wijkoverleg(gemeente.id(), "Wijkoverleg Noordkaap", Set.of(gemeente.wijkNoord()));

        assertThat(mvc.get().uri("/beheer/audit").with(user(beheerder))).hasStatusOk().bodyText()
                .contains("Audittrail", "Wijkoverleg Noordkaap geregistreerd (actief)", "Gemeente " + gemeente.naam(),
                        "Wijk Noord", "Account " + beheerder, "systeem")
                .doesNotContain("Geen regels gevonden");
    }

    @Test
    void regelsVanEenAndereGemeenteVerschijnenNooit() {
        var gemeente = gegevens.gemeente();
        var andere = gegevens.gemeente();
        var beheerder = gegevens.account(gemeente.id(), Rol.BEHEERDER);
        gegevens.wijkoverleg(andere.id(), "Wijkoverleg Elders", Set.of(andere.wijkNoord()));
        voegRegelToe(andere.id(), Instant.now(), "iemand", "VERBORGEN", "Geheimtype", "Regel van de andere gemeente");

        assertThat(mvc.get().uri("/beheer/audit").with(user(beheerder))).hasStatusOk().bodyText()
                .doesNotContain("Wijkoverleg Elders", "Gemeente " + andere.naam(), "Geheimtype", "VERBORGEN",
                        "Regel van de andere gemeente");
        assertThat(mvc.get().uri("/beheer/audit?objecttype=Geheimtype").with(user(beheerder))).hasStatusOk()
                .bodyText().contains("Geen regels gevonden").doesNotContain("Regel van de andere gemeente");
    }

    @Test
    void filtertOpObjecttypeEnGebruikersnaam() {
        var gemeente = gegevens.gemeente();
        var beheerder = gegevens.account(gemeente.id(), Rol.BEHEERDER);
        var anna = "anna-" + gemeente.id();
        alsGebruiker(anna, () -> gegevens.wijkoverleg(gemeente.id(), "Wijkoverleg Kaap", Set.of(gemeente.wijkZuid())));

        assertThat(mvc.get().uri("/beheer/audit?objecttype=Wijkoverleg").with(user(beheerder))).hasStatusOk()
                .bodyText().contains("Wijkoverleg Kaap geregistreerd", "<option value=\"Wijkoverleg\" selected")
                .doesNotContain("Wijk Noord", "Account " + beheerder);
        assertThat(mvc.get().uri("/beheer/audit?gebruikersnaam=" + anna.toUpperCase()).with(user(beheerder)))
                .hasStatusOk().bodyText().contains("Wijkoverleg Kaap geregistreerd", anna)
                .doesNotContain("Wijk Noord", "Gemeente " + gemeente.naam());
        assertThat(mvc.get().uri("/beheer/audit?actie=AANGEMAAKT&objecttype=Wijk").with(user(beheerder)))
                .hasStatusOk().bodyText().contains("Wijk Noord", "Wijk Zuid").doesNotContain("Wijkoverleg Kaap");
    }

    @Test
    void selectiesBiedenAlleenDeObjecttypenEnActiesVanDeGemeente() {
        var gemeente = gegevens.gemeente();
        var beheerder = gegevens.account(gemeente.id(), Rol.BEHEERDER);

        assertThat(mvc.get().uri("/beheer/audit").with(user(beheerder))).hasStatusOk().bodyText()
                .contains("<option value=\"Account\">", "<option value=\"Gemeente\">", "<option value=\"Wijk\">",
                        "<option value=\"AANGEMAAKT\">")
                .doesNotContain("<option value=\"Wijkoverleg\">", "<option value=\"ROLLEN_GEWIJZIGD\">");
    }

    @Test
    void filtertOpDagenInNederlandseTijdEnToontNederlandseTijd() {
        var gemeente = gegevens.gemeente();
        var beheerder = gegevens.account(gemeente.id(), Rol.BEHEERDER);
        // 22:30 UTC on 4 May is 00:30 on 5 May in Amsterdam (summer time).
        voegRegelToe(gemeente.id(), Instant.parse("2020-05-04T22:30:00Z"), "nachtuil", "GEWIJZIGD", "Proef",
                "Laat op de avond gewijzigd");

        assertThat(mvc.get().uri("/beheer/audit?van=2020-05-05&tot=2020-05-05").with(user(beheerder)))
                .hasStatusOk().bodyText().contains("Laat op de avond gewijzigd", "5 mei 2020 00:30")
                .doesNotContain("Gemeente " + gemeente.naam());
        assertThat(mvc.get().uri("/beheer/audit?tot=2020-05-04").with(user(beheerder))).hasStatusOk().bodyText()
                .contains("Geen regels gevonden").doesNotContain("Laat op de avond gewijzigd");
        assertThat(mvc.get().uri("/beheer/audit?van=2020-05-06").with(user(beheerder))).hasStatusOk().bodyText()
                .contains("Gemeente " + gemeente.naam()).doesNotContain("Laat op de avond gewijzigd");
    }

    @Test
    void ongeldigeDatumGeeftNederlandseMeldingBijHetVeld() {
        var gemeente = gegevens.gemeente();
        var beheerder = gegevens.account(gemeente.id(), Rol.BEHEERDER);

        assertThat(mvc.get().uri("/beheer/audit?van=abc").with(user(beheerder))).hasStatusOk().bodyText()
                .contains("id=\"van-fout\"", "Vul een geldige datum in, bijvoorbeeld 3-12-2026.", "value=\"abc\"", "aria-invalid=\"true\"")
                .doesNotContain("Geen regels gevonden", "Gemeente " + gemeente.naam(), "typeMismatch",
                        "Failed to convert");
    }

    @Test
    void totVoorVanGeeftMeldingBijTot() {
        var gemeente = gegevens.gemeente();
        var beheerder = gegevens.account(gemeente.id(), Rol.BEHEERDER);

        assertThat(mvc.get().uri("/beheer/audit?van=2026-05-06&tot=2026-05-05").with(user(beheerder))).hasStatusOk()
                .bodyText().contains("id=\"tot-fout\"", "ligt vóór de datum")
                .doesNotContain("id=\"van-fout\"", "Gemeente " + gemeente.naam());
    }

    @Test
    void ambtenaarEnBestuurslidKrijgenGeenToegang() {
        var gemeente = gegevens.gemeente();
        var ambtenaar = gegevens.account(gemeente.id(), Rol.AMBTENAAR);
        var wijkoverleg = gegevens.wijkoverleg(gemeente.id(), "Wijkoverleg Toegang", Set.of(gemeente.wijkNoord()));
        var bestuurslid = gegevens.bestuurslid(gemeente.id(), wijkoverleg);

        for (var naam : List.of(ambtenaar, bestuurslid)) {
            assertThat(mvc.get().uri("/beheer/audit").with(user(naam))).hasStatus(403).bodyText()
                    .contains("Geen toegang").doesNotContain("Wijkoverleg Toegang");
            assertThat(mvc.get().uri("/beheer/audit?van=abc").with(user(naam))).hasStatus(403);
        }
    }

    @Test
    void scriptInEenSamenvattingWordtEscapedGetoond() {
        var gemeente = gegevens.gemeente();
        var beheerder = gegevens.account(gemeente.id(), Rol.BEHEERDER);
        voegRegelToe(gemeente.id(), Instant.now(), "kwaadwillend", "GEWIJZIGD", "Proef",
                "<script>alert(1)</script>");

        assertThat(mvc.get().uri("/beheer/audit").with(user(beheerder))).hasStatusOk().bodyText()
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>alert(1)");
    }

    @Test
    void vijftigRegelsPerPaginaNieuwsteEerstMetHetFilterInDeLinks() {
        var gemeente = gegevens.gemeente();
        var beheerder = gegevens.account(gemeente.id(), Rol.BEHEERDER);
        var begin = Instant.parse("2025-01-01T09:00:00Z");
        for (int i = 1; i <= 55; i++) {
            voegRegelToe(gemeente.id(), begin.plus(i, ChronoUnit.MINUTES), "stapelaar", "GEWIJZIGD", "Stapel",
                    "Stapelregel %03d".formatted(i));
        }
        var filter = "/beheer/audit?gebruikersnaam=stapelaar&objecttype=Stapel";

        assertThat(mvc.get().uri(filter).with(user(beheerder))).hasStatusOk().bodyText()
                .contains("Stapelregel 055", "Stapelregel 006", "Pagina 1 van 2", "(55 in totaal)",
                        "href=\"/beheer/audit?gebruikersnaam=stapelaar&amp;objecttype=Stapel&amp;pagina=1\"")
                .doesNotContain("Stapelregel 005", "Vorige pagina")
                .containsSubsequence("Stapelregel 055", "Stapelregel 054", "Stapelregel 006");

        assertThat(mvc.get().uri(filter + "&pagina=1").with(user(beheerder))).hasStatusOk().bodyText()
                .contains("Stapelregel 005", "Stapelregel 001", "Pagina 2 van 2",
                        "href=\"/beheer/audit?gebruikersnaam=stapelaar&amp;objecttype=Stapel&amp;pagina=0\"")
                .doesNotContain("Stapelregel 006", "Volgende pagina");
    }

    /** A line written straight into the table (inserting is allowed), to choose its moment and content. */
    private void voegRegelToe(long gemeenteId, Instant tijdstip, String gebruikersnaam, String actie,
            String objecttype, String samenvatting) {
        jdbc.update("""
                insert into audit_regel (tijdstip, gebruikersnaam, gemeente_id, actie, objecttype, object_id,
                                         samenvatting, ip_adres)
                values (?, ?, ?, ?, ?, '1', ?, '198.51.100.1')""",
                OffsetDateTime.ofInstant(tijdstip, ZoneOffset.UTC), gebruikersnaam, gemeenteId, actie, objecttype,
                samenvatting);
    }

    private static void alsGebruiker(String gebruikersnaam, Runnable actie) {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(gebruikersnaam, null, List.of()));
        SecurityContextHolder.setContext(context);
        try {
            actie.run();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
