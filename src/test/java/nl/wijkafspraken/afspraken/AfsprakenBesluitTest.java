package nl.wijkafspraken.afspraken;

import static nl.wijkafspraken.support.AfsprakenGegevens.als;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.wijkafspraken.besluit.AfsprakenVaststellenOpgedragen;
import nl.wijkafspraken.besluit.CollegevoorstelService;
import nl.wijkafspraken.besluit.Effect;
import nl.wijkafspraken.besluit.Uitkomst;
import nl.wijkafspraken.gedeeld.DomeinregelException;
import nl.wijkafspraken.gedeeld.Rol;
import nl.wijkafspraken.support.AfsprakenGegevens;
import nl.wijkafspraken.support.Besluitvorming;
import nl.wijkafspraken.support.IntegratieTest;
import nl.wijkafspraken.support.Testgegevens;
import nl.wijkafspraken.support.Testgegevens.TestGemeente;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * From the collegevoorstel to its results: a besluitpunt names the concept version it adopts and the convenanten it
 * withdraws, the college decides, and the listeners of the afspraken and convenant modules carry the effects out
 * once, traceable to the besluit. On the real database, through the event publication registry.
 */
@IntegratieTest
class AfsprakenBesluitTest {

    private static final Duration WACHTTIJD = Duration.ofSeconds(15);
    private static final LocalDate VERGADERDATUM = LocalDate.of(2026, 5, 4);

    @Autowired
    Testgegevens gegevens;
    @Autowired
    AfsprakenGegevens afsprakenGegevens;
    @Autowired
    Besluitvorming besluitvorming;
    @Autowired
    CollegevoorstelService voorstellen;
    @Autowired
    AfsprakenVaststelling vaststelling;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MockMvcTester mvc;

    TestGemeente gemeente;
    String ambtenaar;
    String secretaris;
    long wethouder;
    long noord;

    @BeforeEach
    void gemeenteMetCollegeEnWijkoverleg() {
        gemeente = gegevens.gemeente();
        ambtenaar = gegevens.account(gemeente.id(), Rol.AMBTENAAR);
        secretaris = gegevens.account(gemeente.id(), Rol.SECRETARIS);
        wethouder = besluitvorming.wethouder(gemeente.id(), "Wethouder Test");
        noord = gegevens.wijkoverleg(gemeente.id(), "Noord", Set.of(gemeente.wijkNoord()));
    }

    private long besluitpunt(long voorstelId, int volgorde) {
        return jdbc.queryForObject("select id from besluitpunt where collegevoorstel_id = ? and volgorde = ?",
                Long.class, voorstelId, volgorde);
    }

    private void wachtOpUitvoering(long besluitId, int effecten) {
        await().atMost(WACHTTIJD).until(() -> jdbc.queryForObject(
                "select count(*) from uitgevoerd_effect where besluit_id = ?", Integer.class, besluitId) == effecten);
    }

    private Long intrekkingsbesluit(long convenantId) {
        return jdbc.queryForObject("select i.besluit_id from convenant c left join convenant_intrekking i "
                + "on i.id = c.intrekking_id where c.id = ?", Long.class, convenantId);
    }

    @Test
    void hetBesluitSteltDeGenoemdeVersieVastEnTrektDeGenoemdeConvenantenIn() {
        var afspraken = afsprakenGegevens.concept(gemeente, noord);
        var hornmeer = afsprakenGegevens.convenant(gemeente, "Hornmeer");
        var oosteinde = afsprakenGegevens.convenant(gemeente, "Oosteinde");
        var nietGenoemd = afsprakenGegevens.convenant(gemeente, "Dorper");
        var voorstel = besluitvorming.voorstel(ambtenaar, wethouder, "Samenwerkingsafspraken",
                Effect.afsprakenVaststellen(afspraken.versieId(), null),
                Effect.convenantenIntrekken(List.of(oosteinde, hornmeer), null));

        var besluit = besluitvorming.besloten(secretaris, voorstel, VERGADERDATUM, Uitkomst.CONFORM_ADVIES);
        wachtOpUitvoering(besluit, 2);

        var versie = jdbc.queryForMap("select status, ingangsdatum, besluit_id, besluitpunt_id from afspraken_versie "
                + "where id = ?", afspraken.versieId());
        assertThat(versie).containsEntry("status", "VASTGESTELD").containsEntry("besluit_id", besluit)
                .containsEntry("besluitpunt_id", besluitpunt(voorstel, 0))
                .containsEntry("ingangsdatum", java.sql.Date.valueOf(VERGADERDATUM));
        assertThat(intrekkingsbesluit(hornmeer)).isEqualTo(besluit);
        assertThat(intrekkingsbesluit(oosteinde)).isEqualTo(besluit);
        assertThat(intrekkingsbesluit(nietGenoemd)).as("not named by the besluit").isNull();
        assertThat(jdbc.queryForObject("select distinct i.vervangende_afspraken_id from convenant c "
                + "join convenant_intrekking i on i.id = c.intrekking_id where c.id in (?, ?)", Long.class, hornmeer,
                oosteinde)).as("replaced by the afspraken that run").isEqualTo(afspraken.id());
        assertThat(jdbc.queryForList("select verwijzing from uitgevoerd_effect where besluit_id = ? "
                + "order by besluitpunt_id", String.class, besluit))
                .containsExactly("/afspraken/" + afspraken.id() + "/versies/1", "/convenanten");

        var pagina = mvc.get().uri("/besluiten/" + besluit).with(user(secretaris)).exchange();
        assertThat(pagina).hasStatusOk().bodyText()
                .contains("versie 1 van Samenwerkingsafspraken " + gemeente.naam() + " wordt vastgesteld",
                        "Hornmeer (Wijkraad Hornmeer)", "Oosteinde (Wijkraad Oosteinde)",
                        "Versie 1 van Samenwerkingsafspraken " + gemeente.naam() + " vastgesteld per 4 mei 2026",
                        "2 convenanten ingetrokken per 4 mei 2026")
                .doesNotContain("Dorper (Wijkraad");

        var versiepagina = mvc.get().uri("/afspraken/" + afspraken.id() + "/versies/1").with(user(ambtenaar))
                .exchange();
        assertThat(versiepagina).hasStatusOk().bodyText()
                .contains("href=\"/collegevoorstellen/" + voorstel + "\"", "href=\"/besluiten/" + besluit + "\"");
        assertThat(mvc.get().uri("/afspraken/" + afspraken.id()).with(user(ambtenaar))).hasStatusOk().bodyText()
                .as("adopted afspraken can be put to the parties for signing")
                .contains("href=\"/ondertekening/nieuw?afspraken=" + afspraken.id() + "\"");
        assertThat(mvc.get().uri("/afspraken/" + afspraken.id()).with(user(secretaris))).hasStatusOk().bodyText()
                .doesNotContain("/ondertekening/nieuw");
        var bestuurslid = gegevens.bestuurslid(gemeente.id(), noord);
        assertThat(mvc.get().uri("/afspraken/" + afspraken.id() + "/versies/1").with(user(bestuurslid)))
                .as("a board member reads the version, without links into the besluitvorming").hasStatusOk()
                .bodyText().doesNotContain("/collegevoorstellen/", "/besluiten/");
    }

    @Test
    void eenNogmaalsAfgeleverdeOpdrachtVerandertNiets() {
        var afspraken = afsprakenGegevens.concept(gemeente, noord);
        var voorstel = besluitvorming.voorstel(ambtenaar, wethouder, "Afspraken",
                Effect.afsprakenVaststellen(afspraken.versieId(), null));
        var besluit = besluitvorming.besloten(secretaris, voorstel, VERGADERDATUM, Uitkomst.CONFORM_ADVIES);
        wachtOpUitvoering(besluit, 1);
        var identificatie = jdbc.queryForObject("select identificatie from besluit where id = ?", String.class,
                besluit);

        vaststelling.bij(new AfsprakenVaststellenOpgedragen(gemeente.id(), besluit, besluitpunt(voorstel, 0),
                identificatie, VERGADERDATUM.plusDays(1), afspraken.versieId()));

        assertThat(jdbc.queryForObject("select ingangsdatum from afspraken_versie where id = ?", LocalDate.class,
                afspraken.versieId())).isEqualTo(VERGADERDATUM);
        assertThat(jdbc.queryForObject("select count(*) from audit_regel where actie = 'VASTGESTELD' "
                + "and object_id = ?", Integer.class, String.valueOf(afspraken.id()))).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from uitgevoerd_effect where besluit_id = ?", Integer.class,
                besluit)).isEqualTo(1);
    }

    @Test
    void eenBesluitpuntNoemtAlleenOpenDoelenVanDeEigenGemeente() {
        var andere = gegevens.gemeente();
        var vreemdeVersie = afsprakenGegevens.concept(andere).versieId();
        var vreemdConvenant = afsprakenGegevens.convenant(andere, "Elders");
        var ingetrokken = afsprakenGegevens.convenant(gemeente, "Al ingetrokken");
        afsprakenGegevens.intrekken(gemeente, ingetrokken);
        var voorstel = besluitvorming.voorstel(ambtenaar, wethouder, "Afspraken");

        assertThatThrownBy(() -> voegToe(voorstel, Effect.afsprakenVaststellen(vreemdeVersie, null)))
                .isInstanceOf(DomeinregelException.class).hasMessage("besluitpunt.effect.versie.onbekend");
        assertThatThrownBy(() -> voegToe(voorstel, Effect.convenantenIntrekken(List.of(vreemdConvenant), null)))
                .hasMessage("besluitpunt.effect.convenanten.onbekend");
        assertThatThrownBy(() -> voegToe(voorstel, Effect.convenantenIntrekken(List.of(ingetrokken), null)))
                .hasMessage("besluitpunt.effect.convenanten.onbekend");
        assertThatThrownBy(() -> Effect.afsprakenVaststellen(null, null))
                .hasMessage("besluitpunt.effect.versie.verplicht");
        assertThatThrownBy(() -> Effect.convenantenIntrekken(List.of(), null))
                .hasMessage("besluitpunt.effect.convenanten.verplicht");
        assertThat(jdbc.queryForObject("select count(*) from besluitpunt where collegevoorstel_id = ?", Integer.class,
                voorstel)).isZero();
    }

    private long voegToe(long voorstel, Effect effect) {
        return als(ambtenaar, () -> voorstellen.voegBesluitpuntToe(voorstel, besluitvorming.versie(voorstel),
                "de afspraken vast te stellen;", effect));
    }

    @Test
    void hetFormulierBiedtConceptversiesEnGeldendeConvenantenAanEnHoudtDeInvoerBijEenFout() {
        afsprakenGegevens.concept(gemeente, noord);
        afsprakenGegevens.convenant(gemeente, "Hornmeer");
        var voorstel = besluitvorming.voorstel(ambtenaar, wethouder, "Afspraken");

        assertThat(mvc.get().uri("/collegevoorstellen/" + voorstel + "/besluitpunten/nieuw").with(user(ambtenaar)))
                .hasStatusOk().bodyText()
                .contains("versie 1 van Samenwerkingsafspraken " + gemeente.naam(), "Hornmeer (Wijkraad Hornmeer)");

        var antwoord = mvc.post().uri("/collegevoorstellen/" + voorstel + "/besluitpunten/nieuw")
                .with(user(ambtenaar)).with(csrf())
                .param("versie", String.valueOf(besluitvorming.versie(voorstel)))
                .param("tekst", "de convenanten in te trekken;").param("effect", "CONVENANTEN_INTREKKEN")
                .exchange();
        assertThat(antwoord).hasStatusOk().bodyText()
                .contains("Kruis ten minste één convenant aan dat het college intrekt.", "de convenanten in te trekken;");
        assertThat(jdbc.queryForObject("select count(*) from besluitpunt where collegevoorstel_id = ?", Integer.class,
                voorstel)).isZero();
    }
}
