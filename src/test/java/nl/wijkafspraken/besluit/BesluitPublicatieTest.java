package nl.wijkafspraken.besluit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.LocalDate;
import java.util.Map;
import nl.wijkafspraken.gedeeld.Rol;
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

/**
 * Publish when the time comes (issue 15, part 1): a besluit decided without a publicatiedatum is openbaar but not in
 * the public register; the list, the start page and the besluit say so, and the SECRETARIS sets the date later (or
 * corrects it, with the verval), audited with old and new value; then the register shows it.
 */
@IntegratieTest
class BesluitPublicatieTest {

    private static final LocalDate DATUM = LocalDate.of(2026, 5, 4);

    @Autowired
    MockMvcTester mvc;
    @Autowired
    Testgegevens gegevens;
    @Autowired
    Besluitvorming besluitvorming;
    @Autowired
    JdbcTemplate jdbc;

    long gemeente;
    String code;
    String secretaris;
    long besluit;
    String identificatie;

    @BeforeEach
    void besluitZonderPublicatiedatum() {
        gemeente = gegevens.gemeente().id();
        code = jdbc.queryForObject("select code from gemeente where id = ?", String.class, gemeente);
        var ambtenaar = gegevens.account(gemeente, Rol.AMBTENAAR);
        secretaris = gegevens.account(gemeente, Rol.SECRETARIS);
        var wethouder = besluitvorming.wethouder(gemeente, "Wethouder Publicatie");
        var voorstel = besluitvorming.voorstel(ambtenaar, wethouder, "Later gepubliceerd", (Effect) null);
        besluit = besluitvorming.besloten(secretaris, voorstel, DATUM, Uitkomst.CONFORM_ADVIES);
        identificatie = jdbc.queryForObject("select identificatie from besluit where id = ?", String.class, besluit);
    }

    private Map<String, Object> stand() {
        return jdbc.queryForMap("select publicatiedatum, vervaldatum, vervalreden, versie from besluit where id = ?",
                besluit);
    }

    private long versie() {
        return ((Number) stand().get("versie")).longValue();
    }

    @Test
    void deSecretarisPubliceertLaterEnHetRegisterVolgt() {
        assertThat(mvc.get().uri("/openbaar/" + code + "/besluiten/" + identificatie)).hasStatus(404);
        assertThat(mvc.get().uri("/besluiten/" + besluit).with(user(secretaris))).hasStatusOk().bodyText()
                .contains("Dit besluit is openbaar, maar heeft nog geen publicatiedatum",
                        "Publicatie en verval wijzigen");
        assertThat(mvc.get().uri("/besluiten").with(user(secretaris))).hasStatusOk().bodyText()
                .contains("nog niet gepubliceerd: zonder publicatiedatum", "Ja, nog niet gepubliceerd");
        assertThat(mvc.get().uri("/").with(user(secretaris))).hasStatusOk().bodyText()
                .contains("nog niet gepubliceerd: zonder publicatiedatum");
        assertThat(mvc.get().uri("/besluiten?ongepubliceerd=true").with(user(secretaris))).hasStatusOk().bodyText()
                .contains(identificatie, "U ziet alleen openbare besluiten zonder publicatiedatum.");
        assertThat(mvc.get().uri("/besluiten/" + besluit + "/publicatie").with(user(secretaris))).hasStatusOk()
                .bodyText().contains("Publicatie van besluit " + identificatie, "Later gepubliceerd");

        assertThat(mvc.post().uri("/besluiten/" + besluit + "/publicatie").with(user(secretaris)).with(csrf())
                .param("versie", String.valueOf(versie())).param("publicatiedatum", "2026-05-06")
                .param("vervaldatum", "").param("vervalreden", ""))
                .hasRedirectedUrl("/besluiten/" + besluit);

        assertThat(stand().get("publicatiedatum").toString()).isEqualTo("2026-05-06");
        assertThat(mvc.get().uri("/openbaar/" + code + "/besluiten/" + identificatie)).hasStatusOk();
        assertThat(mvc.get().uri("/besluiten?ongepubliceerd=true").with(user(secretaris))).hasStatusOk().bodyText()
                .doesNotContain(identificatie);
        assertThat(jdbc.queryForObject("select samenvatting from audit_regel where gemeente_id = ? and actie = ?"
                + " and object_id = ? order by id desc limit 1", String.class, gemeente,
                "BESLUIT_PUBLICATIE_GEWIJZIGD", String.valueOf(besluit)))
                .contains(identificatie, "publicatiedatum", "2026-05-06");
    }

    @Test
    void eenCorrectieMetVervalKomtMetOudeEnNieuweWaardeInHetAuditlog() {
        mvc.post().uri("/besluiten/" + besluit + "/publicatie").with(user(secretaris)).with(csrf())
                .param("versie", String.valueOf(versie())).param("publicatiedatum", "2026-05-06").exchange();
        assertThat(mvc.post().uri("/besluiten/" + besluit + "/publicatie").with(user(secretaris)).with(csrf())
                .param("versie", String.valueOf(versie())).param("publicatiedatum", "2026-05-07")
                .param("vervaldatum", "2027-05-04").param("vervalreden", "TIJDELIJK"))
                .hasRedirectedUrl("/besluiten/" + besluit);

        var regel = jdbc.queryForObject("select samenvatting from audit_regel where gemeente_id = ? and actie = ?"
                + " and object_id = ? order by id desc limit 1", String.class, gemeente,
                "BESLUIT_PUBLICATIE_GEWIJZIGD", String.valueOf(besluit));
        assertThat(regel).contains("2026-05-06", "2026-05-07", "2027-05-04", "TIJDELIJK");
        assertThat(stand()).containsEntry("vervalreden", "TIJDELIJK");
    }

    @Test
    void foutieveInvoerStaatBijHetVeldEnVerandertNiets() {
        var voor = stand();
        assertThat(mvc.post().uri("/besluiten/" + besluit + "/publicatie").with(user(secretaris)).with(csrf())
                .param("versie", String.valueOf(versie())).param("publicatiedatum", "2026-05-01"))
                .hasStatusOk().bodyText().contains("De publicatiedatum ligt voor de datum van het besluit.");
        assertThat(mvc.post().uri("/besluiten/" + besluit + "/publicatie").with(user(secretaris)).with(csrf())
                .param("versie", String.valueOf(versie())).param("vervaldatum", "2027-01-01"))
                .hasStatusOk().bodyText().contains("Vul de vervaldatum en de vervalreden samen in");
        assertThat(mvc.post().uri("/besluiten/" + besluit + "/publicatie").with(user(secretaris)).with(csrf())
                .param("versie", String.valueOf(versie())).param("publicatiedatum", "geen datum"))
                .hasStatusOk().bodyText().contains("Publicatie van besluit");
        // Someone else saved in between: the form says so and keeps what was typed.
        assertThat(mvc.post().uri("/besluiten/" + besluit + "/publicatie").with(user(secretaris)).with(csrf())
                .param("versie", String.valueOf(versie() + 1)).param("publicatiedatum", "2026-05-08"))
                .hasStatusOk().bodyText().contains("Iemand anders heeft dit intussen gewijzigd",
                        "value=\"8-5-2026\"");
        assertThat(stand()).isEqualTo(voor);
    }

    @Test
    void eenNietOpenbaarBesluitKrijgtGeenPublicatiedatum() {
        jdbc.update("update collegevoorstel set openbaar = false where id = (select collegevoorstel_id from besluit"
                + " where id = ?)", besluit);
        var voor = stand();
        assertThat(mvc.get().uri("/besluiten/" + besluit).with(user(secretaris))).hasStatusOk().bodyText()
                .doesNotContain("heeft nog geen publicatiedatum");
        assertThat(mvc.post().uri("/besluiten/" + besluit + "/publicatie").with(user(secretaris)).with(csrf())
                .param("versie", String.valueOf(versie())).param("publicatiedatum", "2026-05-06"))
                .hasStatusOk().bodyText().contains("Alleen een openbaar besluit krijgt een publicatiedatum.");
        assertThat(stand()).isEqualTo(voor);
    }

    @ParameterizedTest
    @EnumSource(value = Rol.class, names = {"AMBTENAAR", "BESTUURDER", "BEHEERDER"})
    void alleenDeSecretarisPubliceert(Rol rol) {
        var wie = gegevens.account(gemeente, rol);
        var voor = stand();
        assertThat(mvc.get().uri("/besluiten/" + besluit).with(user(wie))).hasStatusOk().bodyText()
                .doesNotContain("/publicatie\"");
        assertThat(mvc.get().uri("/besluiten/" + besluit + "/publicatie").with(user(wie))).hasStatus(403);
        assertThat(mvc.post().uri("/besluiten/" + besluit + "/publicatie").with(user(wie)).with(csrf())
                .param("versie", String.valueOf(versie())).param("publicatiedatum", "2026-05-06")).hasStatus(403);
        assertThat(stand()).isEqualTo(voor);
    }

    @Test
    void deSecretarisVanEenAndereGemeenteVindtHetBesluitNiet() {
        var ander = gegevens.account(gegevens.gemeente().id(), Rol.SECRETARIS);
        var voor = stand();
        assertThat(mvc.get().uri("/besluiten/" + besluit + "/publicatie").with(user(ander))).hasStatus(404);
        assertThat(mvc.post().uri("/besluiten/" + besluit + "/publicatie").with(user(ander)).with(csrf())
                .param("versie", String.valueOf(versie())).param("publicatiedatum", "2026-05-06")).hasStatus(404);
        assertThat(stand()).isEqualTo(voor);
    }
}
