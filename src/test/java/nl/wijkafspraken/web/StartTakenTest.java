package nl.wijkafspraken.web;

import static nl.wijkafspraken.support.Besluitvorming.als;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import nl.wijkafspraken.besluit.Effect;
import nl.wijkafspraken.besluit.VergaderingService;
import nl.wijkafspraken.gedeeld.Rol;
import nl.wijkafspraken.support.AfsprakenGegevens;
import nl.wijkafspraken.support.Besluitvorming;
import nl.wijkafspraken.support.IntegratieTest;
import nl.wijkafspraken.support.TestKlok;
import nl.wijkafspraken.support.Testgegevens;
import nl.wijkafspraken.support.Testgegevens.TestGemeente;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * The start page per role (issue 15, part 4), full stack: the secretary sees the next B&W-vergadering and the
 * besluiten to publish, the beheerder the e-mail that could not be delivered, each list short and each empty list
 * in words; data of another gemeente never shows. Also the dashboard texts that read wrong before: "Nog geen partij:
 * Geen", and "all convenanten withdrawn" in a gemeente that never had any.
 */
@IntegratieTest
class StartTakenTest {

    @Autowired
    MockMvcTester mvc;
    @Autowired
    Testgegevens gegevens;
    @Autowired
    AfsprakenGegevens afsprakenGegevens;
    @Autowired
    Besluitvorming besluitvorming;
    @Autowired
    VergaderingService vergaderingen;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestKlok klok;

    TestGemeente gemeente;
    TestGemeente ander;

    @BeforeEach
    void gemeenten() {
        gemeente = gegevens.gemeente();
        ander = gegevens.gemeente();
    }

    private String start(String login) {
        var pagina = mvc.get().uri("/").with(user(login)).exchange();
        assertThat(pagina).hasStatusOk();
        try {
            return pagina.getResponse().getContentAsString(StandardCharsets.UTF_8);
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void deSecretarisZietDeVolgendeVergaderingMetHaarAgendaEnNietDieVanEenAndereGemeente() {
        var secretaris = gegevens.account(gemeente.id(), Rol.SECRETARIS);
        assertThat(start(secretaris)).contains("Volgende B&amp;W-vergadering", "Er is geen B&amp;W-vergadering gepland.",
                "href=\"/vergaderingen/nieuw\"");

        var vandaag = LocalDate.now(klok);
        var geweest = als(secretaris, () -> vergaderingen.plan(vandaag.minusDays(7)));
        var volgende = als(secretaris, () -> vergaderingen.plan(vandaag.plusDays(14)));
        var later = als(secretaris, () -> vergaderingen.plan(vandaag.plusDays(28)));
        var wethouder = besluitvorming.wethouder(gemeente.id(), "Wethouder Agenda");
        var ambtenaar = gegevens.account(gemeente.id(), Rol.AMBTENAAR);
        var voorstel = besluitvorming.voorstel(ambtenaar, wethouder, "Een punt voor de agenda",
                Effect.mandaatVerlenen(wethouder, "agenda", LocalDate.of(2026, 1, 1), null));
        als(secretaris, () -> {
            vergaderingen.agendeer(volgende, voorstel, 1);
            return null;
        });
        var andereSecretaris = gegevens.account(ander.id(), Rol.SECRETARIS);
        var andere = als(andereSecretaris, () -> vergaderingen.plan(vandaag.plusDays(1)));

        assertThat(start(secretaris)).contains("href=\"/vergaderingen/" + volgende + "\"", "1 agendapunt")
                .doesNotContain("href=\"/vergaderingen/" + geweest + "\"", "href=\"/vergaderingen/" + later + "\"",
                        "href=\"/vergaderingen/" + andere + "\"");
        assertThat(start(andereSecretaris)).contains("href=\"/vergaderingen/" + andere + "\"",
                "nog geen agendapunten");
    }

    @Test
    void deSecretarisEnDeAmbtenaarZienDeBesluitenTePublicerenOokAlsErGeenZijn() {
        var secretaris = gegevens.account(gemeente.id(), Rol.SECRETARIS);
        var ambtenaar = gegevens.account(gemeente.id(), Rol.AMBTENAAR);
        for (var login : new String[] {secretaris, ambtenaar}) {
            assertThat(start(login)).contains("Besluiten te publiceren",
                    "Niets te doen: elk openbaar besluit is gepubliceerd.");
        }
        // For the beheerder it is nothing to do: no to-do list of besluiten.
        assertThat(start(gegevens.account(gemeente.id(), Rol.BEHEERDER))).doesNotContain("Besluiten te publiceren");
    }

    @Test
    void deBeheerderZietMislukteEmailVanDeEigenGemeenteKortMetEenLinkNaarAlle() {
        var beheerder = gegevens.account(gemeente.id(), Rol.BEHEERDER);
        assertThat(start(beheerder)).contains("E-mail die niet aankwam", "Niets te doen: geen e-mail is mislukt.");

        for (int i = 1; i <= 6; i++) {
            bericht(gemeente.id(), "Mislukt bericht " + i, i % 2 == 0 ? "MISLUKT" : "OPGEGEVEN");
        }
        bericht(gemeente.id(), "Verzonden bericht", "GEEN_SMTP");
        var elders = bericht(ander.id(), "Mislukt elders", "MISLUKT");

        var pagina = start(beheerder);
        assertThat(pagina).contains("Mislukt bericht 6", "Mislukt bericht 2", "Alle 6 bekijken",
                        "href=\"/beheer/post\"")
                .doesNotContain("Mislukt bericht 1<", "Verzonden bericht", "Mislukt elders",
                        "href=\"/beheer/post/" + elders + "\"");
        // The other roles have no outbox to look after.
        assertThat(start(gegevens.account(gemeente.id(), Rol.AMBTENAAR))).doesNotContain("E-mail die niet aankwam");
    }

    private long bericht(long gemeenteId, String onderwerp, String status) {
        return jdbc.queryForObject("""
                insert into uitgaand_bericht (gemeente_id, aan, onderwerp, tekst, status, aangemaakt, pogingen)
                values (?, 'iemand@wijk.example', ?, null, ?, ?, 3) returning id""", Long.class, gemeenteId,
                onderwerp, status, Timestamp.from(Instant.now()));
    }

    @Test
    void hetDashboardZegtInWoordenWieNogGeenPartijIsEnDatErNooitConvenantenWaren() {
        var noord = gegevens.wijkoverleg(gemeente.id(), "Wijkoverleg Noordeinde", java.util.Set.of(gemeente.wijkNoord()));
        var afspraken = afsprakenGegevens.vastgesteld(gemeente, LocalDate.of(2026, 5, 4), noord);

        assertThat(start(afspraken.ambtenaar())).contains("Elk actief wijkoverleg is partij.",
                        "Nog niet ondertekend: Wijkoverleg Noordeinde",
                        "Deze gemeente heeft geen convenanten wijkbeheer geregistreerd.")
                .doesNotContain("Geen</dd>", "Alle convenanten wijkbeheer zijn ingetrokken.");

        // Once one is registered and withdrawn, the dashboard says so.
        var convenant = afsprakenGegevens.convenant(gemeente, "Convenant Noordeinde 2007");
        afsprakenGegevens.intrekken(gemeente, convenant);
        assertThat(start(afspraken.ambtenaar())).contains("Alle convenanten wijkbeheer zijn ingetrokken.")
                .doesNotContain("Deze gemeente heeft geen convenanten wijkbeheer geregistreerd.");
    }

    @Test
    void eenNieuwWijkoverlegDatNogGeenPartijIsWordtGenoemd() {
        var noord = gegevens.wijkoverleg(gemeente.id(), "Wijkoverleg Noordeinde", java.util.Set.of(gemeente.wijkNoord()));
        var afspraken = afsprakenGegevens.vastgesteld(gemeente, LocalDate.of(2026, 5, 4), noord);
        gegevens.wijkoverleg(gemeente.id(), "Wijkoverleg Zuidrand", java.util.Set.of(gemeente.wijkZuid()));

        assertThat(start(afspraken.ambtenaar())).contains("Nog geen partij: Wijkoverleg Zuidrand")
                .doesNotContain("Elk actief wijkoverleg is partij.");
    }
}
