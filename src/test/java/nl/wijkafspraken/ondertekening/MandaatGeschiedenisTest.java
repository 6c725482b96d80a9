package nl.wijkafspraken.ondertekening;

import static nl.wijkafspraken.support.AfsprakenGegevens.als;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.sql.Date;
import java.time.LocalDate;
import java.util.Map;
import nl.wijkafspraken.gedeeld.DomeinregelException;
import nl.wijkafspraken.gedeeld.Rol;
import nl.wijkafspraken.mandaat.MandaatService;
import nl.wijkafspraken.ondertekening.Ondertekeningsgegevens.Situatie;
import nl.wijkafspraken.ondertekening.Ondertekeningsgegevens.Wethouder;
import nl.wijkafspraken.support.IntegratieTest;
import nl.wijkafspraken.support.TestKlok;
import nl.wijkafspraken.support.Testgegevens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * Issue 13, part 4: a mandate is history. Once the wethouder signed under it, it cannot be withdrawn (or ended) from
 * that day or earlier: the app refuses and names the signature, the database refuses any other writer, and the
 * signature evidence keeps the mandate's period as it was at signing.
 */
@IntegratieTest
class MandaatGeschiedenisTest {

    private static final LocalDate GETEKEND = LocalDate.of(2026, 6, 30);
    private static final Herkomst HERKOMST = new Herkomst("198.51.100.4", "Wethouderbrowser");

    @Autowired
    Ondertekeningsgegevens og;
    @Autowired
    Testgegevens gegevens;
    @Autowired
    RondeService rondes;
    @Autowired
    GemeenteOndertekening gemeenteOndertekening;
    @Autowired
    MandaatService mandaten;
    @Autowired
    MockMvcTester mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestKlok klok;

    Situatie s;
    Wethouder wethouder;
    long mandaat;
    String secretaris;

    @BeforeEach
    void getekendOnderMandaat() {
        s = og.situatie();
        var ronde = als(s.ambtenaar(), () -> rondes.start(s.afspraken().id(), null));
        wethouder = og.wethouderMetMandaat(s.id());
        klok.op(GETEKEND, () -> als(wethouder.login(), () -> {
            gemeenteOndertekening.onderteken(ronde, wethouder.naam(), true, false, HERKOMST);
            return null;
        }));
        mandaat = jdbc.queryForObject("select id from mandaat where collegelid_id = ?", Long.class,
                wethouder.collegelidId());
        secretaris = gegevens.account(s.id(), Rol.SECRETARIS);
    }

    private Map<String, Object> register() {
        return jdbc.queryForMap("select ingetrokken_per, intrekkingsreden, einddatum, versie from mandaat where id = ?",
                mandaat);
    }

    private int intrekkingenInDeAudittrail() {
        return jdbc.queryForObject("select count(*) from audit_regel where objecttype = 'Mandaat' and object_id = ? "
                + "and actie = 'INGETROKKEN'", Integer.class, String.valueOf(mandaat));
    }

    @Test
    void hetBewijsBewaartDePeriodeVanHetMandaatBijHetTekenen() {
        var bewijs = jdbc.queryForMap("select mandaat_id, mandaat_ingangsdatum, mandaat_einddatum from handtekening "
                + "where mandaat_id = ?", mandaat);
        assertThat(bewijs.get("mandaat_ingangsdatum")).isEqualTo(Date.valueOf(LocalDate.of(2026, 1, 1)));
        assertThat(bewijs.get("mandaat_einddatum")).isNull();
    }

    @Test
    void terugdaterenTotDeDagVanDeHandtekeningWordtGeweigerdMetDieHandtekeningErbij() {
        var voor = register();

        for (var per : new String[] {"2026-06-30", "2026-03-01"}) {
            var antwoord = mvc.post().uri("/mandaten/" + mandaat + "/intrekken").with(user(secretaris)).with(csrf())
                    .param("versie", String.valueOf(voor.get("versie"))).param("per", per)
                    .param("reden", "Wethouder afgetreden").exchange();
            assertThat(antwoord).hasStatusOk().bodyText()
                    .contains("Dit mandaat is op 30 juni 2026 gebruikt voor de ondertekening van")
                    .contains("namens Gemeente " + s.gemeente().naam())
                    .contains("door " + wethouder.naam())
                    .contains("per 1 juli 2026 of later");
        }
        assertThatThrownBy(() -> als(secretaris, () -> {
            mandaten.trekIn(mandaat, (long) voor.get("versie"), GETEKEND, "Wethouder afgetreden");
            return null;
        })).isInstanceOf(DomeinregelException.class).hasMessage("mandaat.intrekking.naGebruik");

        assertThat(register()).isEqualTo(voor);
        assertThat(intrekkingenInDeAudittrail()).isZero();
    }

    @Test
    void hetIntrekformulierNoemtDeLaatsteHandtekeningVooraf() {
        assertThat(mvc.get().uri("/mandaten/" + mandaat + "/intrekken").with(user(secretaris))).hasStatusOk()
                .bodyText().contains("Dit mandaat is voor het laatst gebruikt op 30 juni 2026, voor de ondertekening van")
                .contains("pas worden ingetrokken per 1 juli 2026 of later");
    }

    @Test
    void ookDeDatabaseWeigertEenTerugdateringVanAndereSchrijvers() {
        var voor = register();

        assertThatThrownBy(() -> jdbc.update("update mandaat set ingetrokken_per = ?, intrekkingsreden = 'x' "
                + "where id = ?", Date.valueOf(GETEKEND), mandaat)).isInstanceOf(DataAccessException.class)
                .hasMessageContaining("kan niet eerder eindigen");
        assertThatThrownBy(() -> jdbc.update("update mandaat set einddatum = ? where id = ?",
                Date.valueOf(GETEKEND.minusDays(1)), mandaat)).isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> jdbc.update("update mandaat set ingangsdatum = ? where id = ?",
                Date.valueOf(GETEKEND.plusDays(1)), mandaat)).isInstanceOf(DataAccessException.class);
        assertThat(register()).isEqualTo(voor);
    }

    @Test
    void intrekkenPerDeDagNaDeLaatsteHandtekeningMag() {
        var versie = (long) register().get("versie");

        assertThat(mvc.post().uri("/mandaten/" + mandaat + "/intrekken").with(user(secretaris)).with(csrf())
                .param("versie", String.valueOf(versie)).param("per", "2026-07-01")
                .param("reden", "Wethouder afgetreden")).hasStatus3xxRedirection();

        assertThat(register().get("ingetrokken_per")).isEqualTo(Date.valueOf(LocalDate.of(2026, 7, 1)));
        assertThat(intrekkingenInDeAudittrail()).isEqualTo(1);
    }

    @Test
    void eenSecretarisVanEenAndereGemeenteZietHetMandaatNietEnVerandertNiets() {
        var voor = register();
        var andere = gegevens.account(gegevens.gemeente().id(), Rol.SECRETARIS);

        assertThat(mvc.post().uri("/mandaten/" + mandaat + "/intrekken").with(user(andere)).with(csrf())
                .param("versie", String.valueOf(voor.get("versie"))).param("per", "2026-07-01")
                .param("reden", "Vreemd")).hasStatus(404);
        assertThat(register()).isEqualTo(voor);
    }
}
