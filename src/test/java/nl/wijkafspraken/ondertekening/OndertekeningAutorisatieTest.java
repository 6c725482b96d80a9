package nl.wijkafspraken.ondertekening;

import static nl.wijkafspraken.support.AfsprakenGegevens.als;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.List;
import java.util.Map;
import nl.wijkafspraken.gedeeld.Rol;
import nl.wijkafspraken.ondertekening.Ondertekeningsgegevens.Situatie;
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
 * Who may do what with signing rounds: medewerkers read, AMBTENAAR and BEHEERDER start, resend and withdraw, only a
 * BESTUURDER signs for the gemeente; another gemeente's round is 404; the signing page is public but keeps CSRF.
 * Every refusal is checked against the database too.
 */
@IntegratieTest
class OndertekeningAutorisatieTest {

    @Autowired
    MockMvcTester mvc;
    @Autowired
    Ondertekeningsgegevens og;
    @Autowired
    Testgegevens gegevens;
    @Autowired
    RondeService rondes;
    @Autowired
    JdbcTemplate jdbc;

    Situatie s;
    long ronde;
    long uitnodiging;

    @BeforeEach
    void ronde() {
        s = og.situatie();
        ronde = als(s.ambtenaar(), () -> rondes.start(s.afspraken().id(), s.noord()));
        uitnodiging = jdbc.queryForObject("select u.id from ondertekening_uitnodiging u join ondertekenronde_partij p "
                + "on p.id = u.partij_id where p.ronde_id = ?", Long.class, ronde);
    }

    /** Everything a request could change in the gemeente's signing. */
    private Map<String, Object> stand() {
        return Map.of(
                "rondes", jdbc.queryForList("select * from ondertekenronde where gemeente_id = ? order by id", s.id()),
                "partijen", jdbc.queryForList("select p.* from ondertekenronde_partij p join ondertekenronde r "
                        + "on r.id = p.ronde_id where r.gemeente_id = ? order by p.id", s.id()),
                "uitnodigingen", jdbc.queryForList("select u.* from ondertekening_uitnodiging u join "
                        + "ondertekenronde_partij p on p.id = u.partij_id join ondertekenronde r on r.id = p.ronde_id "
                        + "where r.gemeente_id = ? order by u.id", s.id()),
                "handtekeningen", jdbc.queryForList("select * from handtekening where gemeente_id = ?", s.id()),
                "mails", jdbc.queryForList("select id from uitgaand_bericht where gemeente_id = ?", s.id()));
    }

    private List<Integer> wijzigingen(String wie) {
        return List.of(
                mvc.post().uri("/ondertekening/nieuw").with(user(wie)).with(csrf())
                        .param("afsprakenId", "" + s.afspraken().id()).param("keuze", "" + s.zuid()).exchange()
                        .getResponse().getStatus(),
                mvc.post().uri("/ondertekening/rondes/" + ronde + "/intrekken").with(user(wie)).with(csrf())
                        .param("reden", "Gekaapt").exchange().getResponse().getStatus(),
                mvc.post().uri("/ondertekening/rondes/" + ronde + "/uitnodigingen/" + uitnodiging + "/opnieuw")
                        .with(user(wie)).with(csrf()).exchange().getResponse().getStatus());
    }

    @ParameterizedTest
    @EnumSource(value = Rol.class, names = {"SECRETARIS", "BESTUURDER"})
    void medewerkersZonderBeheerrolVolgenDeRondeMaarWijzigenNiets(Rol rol) {
        var wie = gegevens.account(s.id(), rol);
        var voor = stand();

        assertThat(mvc.get().uri("/ondertekening").with(user(wie))).hasStatusOk().bodyText()
                .contains("Samenwerkingsafspraken").doesNotContain("Ondertekenronde starten");
        assertThat(mvc.get().uri("/ondertekening/rondes/" + ronde).with(user(wie))).hasStatusOk().bodyText()
                .contains("Noor Voorzitter").doesNotContain("Ronde intrekken");
        assertThat(mvc.get().uri("/ondertekening/nieuw").with(user(wie))).hasStatus(403);
        assertThat(mvc.get().uri("/ondertekening/rondes/" + ronde + "/intrekken").with(user(wie))).hasStatus(403);
        assertThat(wijzigingen(wie)).containsOnly(403);
        assertThat(stand()).isEqualTo(voor);
    }

    @Test
    void eenBestuurslidHeeftGeenToegangTotDeRondes() {
        var wie = gegevens.bestuurslid(s.id(), s.noord());
        var voor = stand();
        assertThat(mvc.get().uri("/ondertekening").with(user(wie))).hasStatus(403);
        assertThat(mvc.get().uri("/ondertekening/rondes/" + ronde).with(user(wie))).hasStatus(403);
        assertThat(mvc.get().uri("/ondertekening/rondes/" + ronde + "/ondertekenen").with(user(wie)))
                .hasStatus(403);
        assertThat(wijzigingen(wie)).containsOnly(403);
        assertThat(stand()).isEqualTo(voor);
    }

    @Test
    void eenRondeVanEenAndereGemeenteBestaatNietVoorJou() {
        var ander = og.situatie();
        var ambtenaar = ander.ambtenaar();
        var wethouder = og.wethouderMetMandaat(ander.id());
        var voor = stand();

        assertThat(mvc.get().uri("/ondertekening/rondes/" + ronde).with(user(ambtenaar))).hasStatus(404);
        assertThat(mvc.get().uri("/ondertekening/rondes/" + ronde + "/intrekken").with(user(ambtenaar)))
                .hasStatus(404);
        assertThat(wijzigingen(ambtenaar).subList(1, 3)).containsOnly(404);
        assertThat(mvc.post().uri("/ondertekening/nieuw").with(user(ambtenaar)).with(csrf())
                .param("afsprakenId", "" + s.afspraken().id()).param("keuze", "alle")).hasStatus(404);
        assertThat(mvc.get().uri("/ondertekening/rondes/" + ronde + "/ondertekenen").with(user(wethouder.login())))
                .hasStatus(404);
        assertThat(mvc.post().uri("/ondertekening/rondes/" + ronde + "/ondertekenen").with(user(wethouder.login()))
                .with(csrf()).param("naam", wethouder.naam()).param("akkoord", "true")).hasStatus(404);
        assertThat(mvc.get().uri("/ondertekening").with(user(ambtenaar))).hasStatusOk().bodyText()
                .doesNotContain(s.gemeente().naam());
        assertThat(stand()).isEqualTo(voor);
    }

    @Test
    void zonderInloggenAlleenDeOndertekenpaginaEnDieHoudtCsrf() {
        var token = og.token(s.id(), s.noor());
        var voor = stand();

        assertThat(mvc.get().uri("/ondertekening")).hasStatus3xxRedirection().redirectedUrl().endsWith("/login");
        assertThat(mvc.get().uri("/ondertekening/rondes/" + ronde)).hasStatus3xxRedirection();
        assertThat(mvc.get().uri("/ondertekenen/" + token)).hasStatusOk().bodyText().contains("Noor Voorzitter");
        assertThat(mvc.post().uri("/ondertekenen/" + token + "/code")).hasStatus(403);
        assertThat(mvc.post().uri("/ondertekenen/" + token).param("code", "123456").param("naam", "Noor")
                .param("akkoord", "true")).hasStatus(403);
        assertThat(mvc.post().uri("/ondertekenen/" + token + "/weigeren").param("weigercode", "123456")
                .param("reden", "Nee")).hasStatus(403);
        assertThat(stand()).isEqualTo(voor);
    }

    @Test
    void eenOnbekendeOfVerzonnenLinkGeeftDezelfdeNietGevondenPagina() {
        var onbekend = "A".repeat(43);
        assertThat(mvc.get().uri("/ondertekenen/" + onbekend)).hasStatus(404).bodyText()
                .contains("Deze link werkt niet (meer)");
        assertThat(mvc.get().uri("/ondertekenen/kort")).hasStatus(404).bodyText()
                .contains("Deze link werkt niet (meer)");
        assertThat(mvc.post().uri("/ondertekenen/" + onbekend + "/code").with(csrf())).hasStatus(404);
    }
}
