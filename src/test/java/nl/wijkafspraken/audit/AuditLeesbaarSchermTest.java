package nl.wijkafspraken.audit;

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

/** The audit trail in Dutch words (issue 15 part 5): labels, links, old → new values, filters with Dutch dates. */
@IntegratieTest
class AuditLeesbaarSchermTest {

    @Autowired
    MockMvcTester mvc;
    @Autowired
    Testgegevens gegevens;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void codesWordenNederlandseWoordenEnHetObjectEenLink() {
        var gemeente = gegevens.gemeente();
        var beheerder = gegevens.account(gemeente.id(), Rol.BEHEERDER);
        voegRegelToe(gemeente.id(), "EFFECT_UITGEVOERD", "Besluit", "5",
                "Nr. 1 (Z-2026-7) van 2026-12-03: CONFORM_ADVIES");
        voegRegelToe(gemeente.id(), "UITKOMST_VASTGELEGD", "BwVergadering", "2", "Vergadering van 2026-12-03");

        assertThat(mvc.get().uri("/beheer/audit").with(user(beheerder))).hasStatusOk().bodyText()
                .contains("Gevolg van besluit uitgevoerd", "Nr. 1 (Z-2026-7) van 3 december 2026: conform advies",
                        "href=\"/besluiten/5\">Besluit 5</a>", "Uitkomst vastgelegd",
                        "href=\"/vergaderingen/2\">B&amp;W-vergadering 2</a>",
                        // A gemeente has no page of its own: its name without a link.
                        "<span>Gemeente " + gemeente.id() + "</span>",
                        "<option value=\"EFFECT_UITGEVOERD\">Gevolg van besluit uitgevoerd</option>",
                        "<option value=\"BwVergadering\">B&amp;W-vergadering</option>")
                .doesNotContain(">EFFECT_UITGEVOERD<", "CONFORM_ADVIES", ">BwVergadering", "BwVergadering 2",
                        "2026-12-03<");
    }

    @Test
    void oudeEnNieuweWaardenPerRegelIngeklapt() {
        var gemeente = gegevens.gemeente();
        var beheerder = gegevens.account(gemeente.id(), Rol.BEHEERDER);
        // A real change through the service: registering writes every field of the new wijkoverleg.
        var wijkoverleg = gegevens.wijkoverleg(gemeente.id(), "Wijkoverleg Zichtbaar", Set.of(gemeente.wijkNoord()));
        voegRegelToe(gemeente.id(), "GEWIJZIGD", "Collegelid", "9", "Collegelid Piet gewijzigd door b: "
                + "rol: WETHOUDER → BURGEMEESTER; periodeTot: — → 2030-01-01; naam: \"<b>Piet</b>\" → \"<script>x\"");

        assertThat(mvc.get().uri("/beheer/audit?objecttype=Wijkoverleg").with(user(beheerder))).hasStatusOk()
                .bodyText().contains("Wijkoverleg Zichtbaar geregistreerd (actief)", "<details class=\"wijzigingen\">",
                        "velden gewijzigd</summary>", "<dt>Naam</dt>", "<ins>Wijkoverleg Zichtbaar</ins>",
                        "href=\"/wijkoverleggen/" + wijkoverleg + "\">Wijkoverleg " + wijkoverleg + "</a>")
                .doesNotContain("(ACTIEF)", ": naam: —");
        assertThat(mvc.get().uri("/beheer/audit?objecttype=Collegelid").with(user(beheerder))).hasStatusOk()
                .bodyText().contains("Collegelid Piet gewijzigd door b</span>", "3 velden gewijzigd", "<dt>Rol</dt>",
                        "<del>wethouder</del>", "<ins>burgemeester</ins>", "<dt>Periode tot</dt>",
                        "<ins>1 januari 2030</ins>", "&lt;b&gt;Piet&lt;/b&gt;", "&lt;script&gt;x")
                .doesNotContain("<script>x", "<b>Piet", "WETHOUDER");
    }

    @Test
    void filterMetNederlandseDatumsBlijftInHetVeldEnDeLinks() {
        var gemeente = gegevens.gemeente();
        var beheerder = gegevens.account(gemeente.id(), Rol.BEHEERDER);
        voegRegelToe(gemeente.id(), Instant.parse("2021-03-04T10:00:00Z"), "GEWIJZIGD", "Proef", "1", "Maartregel");

        assertThat(mvc.get().uri("/beheer/audit?van=4-3-2021&tot=4 maart 2021").with(user(beheerder)))
                .hasStatusOk().bodyText()
                .contains("Maartregel", "4 maart 2021 11:00", "value=\"4-3-2021\"", "Bijvoorbeeld 3-12-2026")
                .doesNotContain("Gemeente " + gemeente.naam());
        assertThat(mvc.get().uri("/beheer/audit?van=31-2-2021").with(user(beheerder))).hasStatusOk().bodyText()
                .contains("id=\"van-fout\"", "Vul een geldige datum in, bijvoorbeeld 3-12-2026.", "value=\"31-2-2021\"")
                .doesNotContain("Maartregel");
    }

    @Test
    void alleenWieDeAudittrailMagLezenZietHem() {
        var gemeente = gegevens.gemeente();
        voegRegelToe(gemeente.id(), "EFFECT_UITGEVOERD", "Besluit", "5", "Geheime regel");

        for (var rol : List.of(Rol.SECRETARIS, Rol.BESTUURDER, Rol.AMBTENAAR)) {
            var wie = gegevens.account(gemeente.id(), rol);
            assertThat(mvc.get().uri("/beheer/audit?van=3-12-2026").with(user(wie))).hasStatus(403).bodyText()
                    .doesNotContain("Geheime regel", "Gevolg van besluit uitgevoerd");
        }
        // A BEHEERDER of another gemeente sees neither the line nor its object type in the filter.
        var andere = gegevens.gemeente();
        assertThat(mvc.get().uri("/beheer/audit").with(user(gegevens.account(andere.id(), Rol.BEHEERDER))))
                .hasStatusOk().bodyText().doesNotContain("Geheime regel", "/besluiten/5", "Gevolg van besluit");
    }

    private void voegRegelToe(long gemeenteId, String actie, String objecttype, String objectId, String samenvatting) {
        voegRegelToe(gemeenteId, Instant.now(), actie, objecttype, objectId, samenvatting);
    }

    /** A line written straight into the table (inserting is allowed), to choose its moment and content. */
    private void voegRegelToe(long gemeenteId, Instant tijdstip, String actie, String objecttype, String objectId,
            String samenvatting) {
        jdbc.update("""
                insert into audit_regel (tijdstip, gebruikersnaam, gemeente_id, actie, objecttype, object_id,
                                         samenvatting, ip_adres)
                values (?, 'proef', ?, ?, ?, ?, ?, '198.51.100.1')""",
                OffsetDateTime.ofInstant(tijdstip, ZoneOffset.UTC), gemeenteId, actie, objecttype, objectId,
                samenvatting);
    }
}
