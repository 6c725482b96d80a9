package nl.wijkafspraken.ondertekening;

import static nl.wijkafspraken.support.AfsprakenGegevens.als;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.LocalDate;
import nl.wijkafspraken.bestuur.KoppelingService;
import nl.wijkafspraken.gedeeld.DomeinregelException;
import nl.wijkafspraken.gedeeld.GeenToegangException;
import nl.wijkafspraken.gedeeld.Rol;
import nl.wijkafspraken.ondertekening.Ondertekeningsgegevens.Situatie;
import nl.wijkafspraken.support.Besluitvorming;
import nl.wijkafspraken.support.Ingelogd;
import nl.wijkafspraken.support.IntegratieTest;
import nl.wijkafspraken.support.TestKlok;
import nl.wijkafspraken.support.Testgegevens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * The gemeente's signature: only a logged-in wethouder linked to a college member with a valid mandaat on the day of
 * signing; otherwise a refusal that names the missing mandaat, and nothing is recorded.
 */
@IntegratieTest
class GemeenteOndertekeningTest {

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
    MockMvcTester mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestKlok klok;
    @Autowired
    Besluitvorming besluitvorming;
    @Autowired
    KoppelingService koppelingen;

    Situatie s;
    long ronde;

    @BeforeEach
    void ronde() {
        s = og.situatie();
        ronde = als(s.ambtenaar(), () -> rondes.start(s.afspraken().id(), null));
    }

    private int handtekeningenVanDeGemeente() {
        return jdbc.queryForObject("select count(*) from handtekening where ronde_id = ? and soort = 'GEMEENTE'",
                Integer.class, ronde);
    }

    private String weigering(String login) {
        try {
            als(login, () -> {
                gemeenteOndertekening.onderteken(ronde, "Mijn Naam", true, false, HERKOMST);
                return null;
            });
        } catch (DomeinregelException e) {
            return e.getBerichtcode();
        }
        throw new AssertionError("ondertekend");
    }

    @Test
    void zonderMandaatWeigertDeAppEnNoemtHetOntbrekendeMandaat() {
        var wethouder = og.wethouder(s.id());

        var pagina = mvc.post().uri("/ondertekening/rondes/" + ronde + "/ondertekenen").with(user(wethouder.login()))
                .with(csrf()).param("naam", wethouder.naam()).param("akkoord", "true").exchange();

        assertThat(pagina).hasStatusOk();
        assertThat(pagina).bodyText().contains("U kunt niet namens de gemeente ondertekenen")
                .contains("geen geldig mandaat \u201c" + Ondertekeningsgegevens.SCOPE + "\u201d");
        assertThat(handtekeningenVanDeGemeente()).isZero();
        // The page says so before anyone tries, and offers no form.
        assertThat(mvc.get().uri("/ondertekening/rondes/" + ronde + "/ondertekenen").with(user(wethouder.login())))
                .hasStatusOk().bodyText().contains("geen geldig mandaat").doesNotContain("Uw volledige naam");
    }

    @Test
    void eenVerlopenMandaatTeltNiet() {
        var wethouder = og.wethouder(s.id());
        og.verleenMandaat(s.id(), wethouder, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30));

        assertThat(weigering(wethouder.login())).isEqualTo("ondertekening.gemeente.geenMandaat");
        assertThat(handtekeningenVanDeGemeente()).isZero();
        // On a day within the mandaat the same wethouder could sign.
        klok.op(LocalDate.of(2026, 6, 30), () -> als(wethouder.login(), () -> {
            gemeenteOndertekening.onderteken(ronde, wethouder.naam(), true, false, HERKOMST);
            return null;
        }));
        assertThat(handtekeningenVanDeGemeente()).isEqualTo(1);
    }

    @Test
    void eenBestuurderZonderZetelInHetCollegeKanNietTekenen() {
        var bestuurder = gegevens.account(s.id(), Rol.BESTUURDER);
        assertThat(weigering(bestuurder)).isEqualTo("ondertekening.gemeente.geenCollegelid");
        assertThat(handtekeningenVanDeGemeente()).isZero();
    }

    @Test
    void metMandaatTekentDeWethouderEnLegtHetBewijsMandaatEnBesluitVast() {
        var wethouder = og.wethouderMetMandaat(s.id());

        // Logged in with the password and confirmed with the authenticator app just now (the step-up).
        var antwoord = mvc.post().uri("/ondertekening/rondes/" + ronde + "/ondertekenen")
                .with(user(wethouder.login()).authorities(Ingelogd.metTweedeFactor())).with(csrf())
                .header("User-Agent", "Wethouderbrowser")
                .param("naam", wethouder.naam()).param("akkoord", "true").exchange();

        assertThat(antwoord).hasStatus3xxRedirection().hasRedirectedUrl("/ondertekening/rondes/" + ronde);
        var bewijs = jdbc.queryForMap("select h.*, m.besluit_identificatie as mandaatbesluit from handtekening h "
                + "join mandaat m on m.id = h.mandaat_id where h.ronde_id = ?", ronde);
        assertThat(bewijs).containsEntry("methode", "INLOG").containsEntry("gebruikersnaam", wethouder.login())
                .containsEntry("collegelid_id", wethouder.collegelidId()).containsEntry("functie", "wethouder")
                .containsEntry("mandaat_scope", Ondertekeningsgegevens.SCOPE)
                .containsEntry("user_agent", "Wethouderbrowser")
                .containsEntry("partij", "Gemeente " + s.gemeente().naam())
                .containsEntry("bevestiging_methode", "TOTP");
        assertThat(bewijs.get("besluit_identificatie")).isEqualTo(bewijs.get("mandaatbesluit")).isNotNull();
        assertThat(bewijs.get("besluit_id")).isNotNull();

        // A second time (a double click, a replayed request): refused, still one signature.
        assertThat(weigering(wethouder.login())).isEqualTo("ondertekening.gemeente.alOndertekend");
        assertThat(handtekeningenVanDeGemeente()).isEqualTo(1);
    }

    @Test
    void eenVoorgesteldeKoppelingGeeftPasNaBevestigingEenHandtekening() {
        var login = gegevens.account(s.id(), Rol.BESTUURDER);
        var lid = besluitvorming.wethouder(s.id(), "Wethouder Wacht");
        og.verleenMandaat(s.id(), new Ondertekeningsgegevens.Wethouder(login, lid, "Wethouder Wacht"),
                LocalDate.of(2026, 1, 1), null);
        var accountId = jdbc.queryForObject("select id from account where gebruikersnaam = ?", Long.class, login);
        var voorstel = als(gegevens.account(s.id(), Rol.BEHEERDER), () -> koppelingen.stelVoor(lid, accountId));

        assertThat(weigering(login)).isEqualTo("ondertekening.gemeente.geenCollegelid");
        assertThat(handtekeningenVanDeGemeente()).isZero();

        als(gegevens.account(s.id(), Rol.SECRETARIS), () -> koppelingen.bevestig(voorstel));
        als(login, () -> {
            gemeenteOndertekening.onderteken(ronde, "Wethouder Wacht", true, false, HERKOMST);
            return null;
        });
        assertThat(handtekeningenVanDeGemeente()).isEqualTo(1);
    }

    /**
     * Issue 12: a BEHEERDER gave himself BESTUURDER, linked the mandated wethouder's college record to his own account
     * and signed for the gemeente. Each step is refused now, and the wethouder still signs.
     */
    @Test
    void deBeheerderKanNietTekenenInPlaatsVanDeWethouder() {
        var wethouder = og.wethouderMetMandaat(s.id());
        var beheerder = gegevens.account(s.id(), Rol.BEHEERDER);
        var beheerderId = jdbc.queryForObject("select id from account where gebruikersnaam = ?", Long.class,
                beheerder);
        var versie = jdbc.queryForObject("select versie from account where id = ?", Long.class, beheerderId);

        assertThat(mvc.post().uri("/beheer/accounts/" + beheerderId).with(user(beheerder)).with(csrf())
                .param("versie", String.valueOf(versie)).param("naam", "Test " + beheerder)
                .param("email", beheerder + "@test.example").param("rollen", "BEHEERDER", "BESTUURDER"))
                .hasStatusOk().bodyText().contains("U kunt uw eigen rollen niet wijzigen.");
        assertThat(jdbc.queryForList("select rol from roltoekenning where account_id = ?", String.class, beheerderId))
                .containsExactly("BEHEERDER");
        assertThat(mvc.post().uri("/college/" + wethouder.collegelidId() + "/koppeling").with(user(beheerder))
                .with(csrf()).param("accountId", String.valueOf(beheerderId))).hasStatusOk().bodyText()
                .contains("Het gaat om uw eigen account.");
        assertThat(jdbc.queryForObject("select count(*) from koppelingsvoorstel where collegelid_id = ? and "
                + "voorgesteld_door = ?", Integer.class, wethouder.collegelidId(), beheerderId)).isZero();
        assertThatThrownBy(() -> weigering(beheerder)).isInstanceOf(GeenToegangException.class);

        als(wethouder.login(), () -> {
            gemeenteOndertekening.onderteken(ronde, wethouder.naam(), true, false, HERKOMST);
            return null;
        });
        assertThat(jdbc.queryForObject("select gebruikersnaam from handtekening where ronde_id = ? and soort = "
                + "'GEMEENTE'", String.class, ronde)).isEqualTo(wethouder.login());
    }

    @Test
    void alleenEenBestuurderTekentNamensDeGemeente() {
        assertThatThrownBy(() -> als(s.ambtenaar(), () -> {
            gemeenteOndertekening.onderteken(ronde, "Ambtenaar", true, false, HERKOMST);
            return null;
        })).isInstanceOf(GeenToegangException.class);
        assertThat(mvc.post().uri("/ondertekening/rondes/" + ronde + "/ondertekenen").with(user(s.ambtenaar()))
                .with(csrf()).param("naam", "A").param("akkoord", "true")).hasStatus(403);
        assertThat(handtekeningenVanDeGemeente()).isZero();
    }
}
