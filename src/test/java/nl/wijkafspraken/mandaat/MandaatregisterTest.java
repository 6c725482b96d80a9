package nl.wijkafspraken.mandaat;

import static nl.wijkafspraken.support.Besluitvorming.SCOPE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import nl.wijkafspraken.besluit.Effect;
import nl.wijkafspraken.besluit.Uitkomst;
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

/** The mandaatregister on screen: search, the link to the besluit, and withdrawing with confirmation. */
@IntegratieTest
class MandaatregisterTest {

    @Autowired
    MockMvcTester mvc;
    @Autowired
    Testgegevens gegevens;
    @Autowired
    Besluitvorming besluitvorming;
    @Autowired
    JdbcTemplate jdbc;

    long gemeente;
    String secretaris;
    long mandaat;

    @BeforeEach
    void verleendMandaat() {
        gemeente = gegevens.gemeente().id();
        var ambtenaar = gegevens.account(gemeente, Rol.AMBTENAAR);
        secretaris = gegevens.account(gemeente, Rol.SECRETARIS);
        var wethouder = besluitvorming.wethouder(gemeente, "Wethouder Register");
        var voorstel = besluitvorming.voorstel(ambtenaar, wethouder, "Mandaat",
                Effect.mandaatVerlenen(wethouder, SCOPE, null, null));
        besluitvorming.besloten(secretaris, voorstel, LocalDate.of(2026, 5, 4), Uitkomst.CONFORM_ADVIES);
        await().atMost(Duration.ofSeconds(15)).until(() -> jdbc.queryForObject(
                "select count(*) from mandaat where gemeente_id = ?", Integer.class, gemeente) == 1);
        mandaat = jdbc.queryForObject("select id from mandaat where gemeente_id = ?", Long.class, gemeente);
    }

    private Map<String, Object> rij() {
        return jdbc.queryForMap("select ingetrokken_per, intrekkingsreden, versie from mandaat where id = ?", mandaat);
    }

    @Test
    void registerToontHetMandaatMetZijnBesluitEnZoekt() {
        var lezer = gegevens.account(gemeente, Rol.BESTUURDER);
        assertThat(mvc.get().uri("/mandaten?tekst=register&geldig=true").with(user(lezer))).hasStatusOk().bodyText()
                .contains("Wethouder Wethouder Register", SCOPE, "4 mei 2026", "Geldig", "B26-000001");
        assertThat(mvc.get().uri("/mandaten?tekst=iets+anders").with(user(lezer))).bodyText()
                .contains("Geen mandaten gevonden");
        assertThat(mvc.get().uri("/mandaten/" + mandaat).with(user(lezer))).hasStatusOk().bodyText()
                .doesNotContain("/intrekken\"");
        assertThat(mvc.get().uri("/mandaten/" + mandaat + "/intrekken").with(user(lezer))).hasStatus(403);
    }

    @Test
    void secretarisTrektInNaBevestigingEnHetMandaatBlijftBewaard() {
        assertThat(mvc.get().uri("/mandaten/" + mandaat + "/intrekken").with(user(secretaris))).hasStatusOk()
                .bodyText().contains("Wilt u het mandaat van wethouder Wethouder Register");
        assertThat(mvc.post().uri("/mandaten/" + mandaat + "/intrekken").with(user(secretaris)).with(csrf())
                .param("per", "2026-01-01").param("reden", "Te vroeg").param("versie", "0")).hasStatusOk().bodyText()
                .contains("Een mandaat kan niet worden ingetrokken per een datum voor de ingangsdatum.");
        assertThat(mvc.post().uri("/mandaten/" + mandaat + "/intrekken").with(user(secretaris)).with(csrf())
                .param("per", "2026-09-01").param("reden", "").param("versie", "0")).hasStatusOk().bodyText()
                .contains("Vul de reden van intrekking in.");
        assertThat(rij()).containsEntry("ingetrokken_per", null);

        assertThat(mvc.post().uri("/mandaten/" + mandaat + "/intrekken").with(user(secretaris)).with(csrf())
                .param("per", "2026-09-01").param("reden", "Portefeuille gewisseld").param("versie", "0"))
                .hasStatus3xxRedirection();
        assertThat(rij()).containsEntry("ingetrokken_per", java.sql.Date.valueOf("2026-09-01"))
                .containsEntry("intrekkingsreden", "Portefeuille gewisseld");
        assertThat(mvc.post().uri("/mandaten/" + mandaat + "/intrekken").with(user(secretaris)).with(csrf())
                .param("per", "2026-10-01").param("reden", "Nog eens").param("versie", "1")).hasStatusOk().bodyText()
                .contains("Dit mandaat is al ingetrokken.");
        assertThat(rij()).containsEntry("intrekkingsreden", "Portefeuille gewisseld");
        assertThat(mvc.get().uri("/mandaten/" + mandaat).with(user(secretaris))).bodyText()
                .contains("1 september 2026", "Portefeuille gewisseld");
    }

    @ParameterizedTest
    @EnumSource(value = Rol.class, names = {"AMBTENAAR", "BESTUURDER"})
    void alleenSecretarisEnBeheerderTrekkenIn(Rol rol) {
        var wie = gegevens.account(gemeente, rol);
        var voor = rij();
        assertThat(mvc.post().uri("/mandaten/" + mandaat + "/intrekken").with(user(wie)).with(csrf())
                .param("per", "2026-09-01").param("reden", "Zomaar").param("versie", "0")).hasStatus(403);
        assertThat(rij()).isEqualTo(voor);
    }

    @Test
    void andereGemeenteEnBestuurslidZienHetRegisterNiet() {
        var andere = gegevens.gemeente();
        var vreemde = gegevens.account(andere.id(), Rol.SECRETARIS);
        var voor = rij();
        assertThat(mvc.get().uri("/mandaten").with(user(vreemde))).bodyText().doesNotContain("Wethouder Register");
        assertThat(mvc.get().uri("/mandaten/" + mandaat).with(user(vreemde))).hasStatus(404);
        assertThat(mvc.post().uri("/mandaten/" + mandaat + "/intrekken").with(user(vreemde)).with(csrf())
                .param("per", "2026-09-01").param("reden", "Overname").param("versie", "0")).hasStatus(404);
        var wijkoverleg = gegevens.wijkoverleg(andere.id(), "Wijk", java.util.Set.of(andere.wijkNoord()));
        assertThat(mvc.get().uri("/mandaten").with(user(gegevens.bestuurslid(andere.id(), wijkoverleg))))
                .hasStatus(403);
        assertThat(rij()).isEqualTo(voor);
    }
}
