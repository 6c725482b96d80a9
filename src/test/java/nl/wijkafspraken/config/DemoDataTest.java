package nl.wijkafspraken.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.Duration;
import nl.wijkafspraken.support.IntegratieTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * The demo data loads through the real services (the afspraken adopted and the convenanten withdrawn through the
 * effects' system paths), once, and the demo ambtenaar's dashboard shows it.
 */
@IntegratieTest
class DemoDataTest {

    @Autowired
    DemoData demoData;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MockMvcTester mvc;

    @Test
    void laadtDeAfsprakenEnConvenantenVanAalsmeerEenKeer() {
        demoData.vulAan();
        demoData.vulAan();

        var aalsmeer = jdbc.queryForObject("select id from gemeente where code = 'aalsmeer'", Long.class);
        var afspraken = jdbc.queryForObject("select id from afspraken where gemeente_id = ?", Long.class, aalsmeer);
        assertThat(jdbc.queryForList("select status from afspraken_versie where afspraken_id = ? order by nummer",
                String.class, afspraken)).containsExactly("VASTGESTELD", "CONCEPT");
        var besluit = jdbc.queryForObject("select b.id from besluit b join collegevoorstel c "
                + "on c.id = b.collegevoorstel_id where c.gemeente_id = ? and c.zaaknummer = 'Z26-004127'", Long.class,
                aalsmeer);
        assertThat(jdbc.queryForList("select a.naam from collegevoorstel_ambtenaar a join besluit b on "
                + "b.collegevoorstel_id = a.collegevoorstel_id where b.id = ? order by a.volgorde", String.class, besluit))
                .as("the demo voorstel names two behandelend ambtenaren, in order").containsExactly("R. Jonkman",
                        "S. Bakker");
        assertThat(jdbc.queryForObject("select besluit_id from afspraken_versie where afspraken_id = ? and nummer = 1",
                Long.class, afspraken)).as("vastgesteld by the demo besluit").isEqualTo(besluit);
        assertThat(jdbc.queryForObject("select ingangsdatum from afspraken_versie where afspraken_id = ? "
                + "and nummer = 1", String.class, afspraken)).isEqualTo("2026-05-04");
        assertThat(jdbc.queryForObject("select count(*) from afspraken_artikel a join afspraken_versie v "
                + "on v.id = a.versie_id where v.afspraken_id = ? and v.nummer = 2", Integer.class, afspraken))
                .isEqualTo(8);
        assertThat(jdbc.queryForObject("select count(*) from afspraken_ondertekening o join afspraken_deelname d "
                + "on d.id = o.deelname_id where d.afspraken_id = ?", Integer.class, afspraken)).isEqualTo(2);
        assertThat(jdbc.queryForList("select intrekking_id is not null from convenant where gemeente_id = ?",
                Boolean.class, aalsmeer)).hasSize(4).containsOnly(true);
        assertThat(jdbc.queryForList("select distinct i.besluit_id from convenant c join convenant_intrekking i "
                + "on i.id = c.intrekking_id where c.gemeente_id = ?", Long.class, aalsmeer))
                .as("withdrawn by the demo besluit").containsExactly(besluit);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(jdbc.queryForObject(
                "select count(*) from uitgevoerd_effect where besluit_id = ?", Integer.class, besluit))
                .as("all three effects carried out by their listeners and reported back").isEqualTo(3));

        assertThat(jdbc.queryForList("""
                select a.gebruikersnaam || ' ' || v.status || ' ' || d.gebruikersnaam || ' ' || b.gebruikersnaam
                from collegelid c join account a on a.id = c.account_id
                join koppelingsvoorstel v on v.collegelid_id = c.id
                join account d on d.id = v.voorgesteld_door join account b on b.id = v.afgehandeld_door
                where c.gemeente_id = ? and c.naam = 'Willemijn de Wit'""", String.class, aalsmeer))
                .as("the demo wethouder signs through a link proposed by beheerder and confirmed by secretaris")
                .containsExactly("wethouder BEVESTIGD beheerder secretaris");

        assertThat(mvc.get().uri("/").with(user("ambtenaar"))).hasStatusOk().bodyText()
                .contains("Samenwerkingsafspraken Wijkoverleggen Aalsmeer", "In ondertekening",
                        "Wijkoverleg Centrum, Wijkoverleg Kudelstaart",
                        "Alle convenanten wijkbeheer zijn ingetrokken.");
        assertThat(mvc.get().uri("/afspraken/" + afspraken + "/vergelijken").with(user("ambtenaar")))
                .hasStatusOk().bodyText().contains("Digitale communicatie", "binnen vier weken");
    }
}
