package nl.wijkafspraken.ondertekening;

import static nl.wijkafspraken.support.AfsprakenGegevens.als;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.LocalDate;
import nl.wijkafspraken.gedeeld.GeenToegangException;
import nl.wijkafspraken.gedeeld.Rol;
import nl.wijkafspraken.ondertekening.Ondertekeningsgegevens.Situatie;
import nl.wijkafspraken.ondertekening.Ondertekeningsgegevens.Wethouder;
import nl.wijkafspraken.support.Ingelogd;
import nl.wijkafspraken.support.IntegratieTest;
import nl.wijkafspraken.support.TestKlok;
import nl.wijkafspraken.support.Testgegevens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * The to-dos of the signing flow on the start page (issue 15, part 4): the wethouder with the mandaat sees the rounds
 * that wait for his signature, each a link to the signing page; the civil servant sees the running rounds with their
 * progress and the links that expire. Always only the active gemeente's: a round of another gemeente with the same
 * title never shows.
 */
@IntegratieTest
class OndertekentakenTest {

    private static final Herkomst HERKOMST = new Herkomst("203.0.113.9", "Takentest");

    @Autowired
    Ondertekeningsgegevens og;
    @Autowired
    Testgegevens gegevens;
    @Autowired
    RondeService rondes;
    @Autowired
    OndertekeningService ondertekening;
    @Autowired
    Ondertekentaken taken;
    @Autowired
    MockMvcTester mvc;
    @Autowired
    TestKlok klok;

    Situatie s;
    Wethouder wethouder;
    long ronde;
    Situatie ander;
    long andereRonde;

    @BeforeEach
    void rondes() {
        s = og.situatie();
        wethouder = og.wethouderMetMandaat(s.id());
        ronde = als(s.ambtenaar(), () -> rondes.start(s.afspraken().id(), null));
        ander = og.situatie();
        og.wethouderMetMandaat(ander.id());
        andereRonde = als(ander.ambtenaar(), () -> rondes.start(ander.afspraken().id(), null));
    }

    private String start(String login) {
        var pagina = mvc.get().uri("/").with(user(login)).exchange();
        assertThat(pagina).hasStatusOk();
        try {
            return pagina.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    private void teken(String email) {
        var token = og.token(s.id(), email);
        ondertekening.vraagCodeAan(token);
        ondertekening.onderteken(token, og.code(s.id(), email), "Getypte naam", true, true, HERKOMST);
    }

    @Test
    void deWethouderMetMandaatZietDeRondeDieOpHemWachtMetEenLinkNaarDeTekenpagina() {
        var pagina = start(wethouder.login());

        assertThat(pagina).contains("Te ondertekenen namens de gemeente",
                "href=\"/ondertekening/rondes/" + ronde + "/ondertekenen\"")
                .doesNotContain("/ondertekening/rondes/" + andereRonde + "/")
                // the civil servant's lists are not his
                .doesNotContain("Lopende ondertekenrondes", "Links die verlopen");
    }

    @Test
    void naDeHandtekeningVanDeGemeenteWachtDeRondeNietMeerOpHem() {
        assertThat(mvc.post().uri("/ondertekening/rondes/" + ronde + "/ondertekenen")
                .with(user(wethouder.login()).authorities(Ingelogd.metTweedeFactor())).with(csrf())
                .param("naam", wethouder.naam()).param("akkoord", "true")).hasStatus3xxRedirection();

        assertThat(start(wethouder.login()))
                .contains("Niets te doen: er wacht geen ondertekenronde op uw handtekening.")
                .doesNotContain("/ondertekening/rondes/" + ronde + "/ondertekenen");
    }

    @Test
    void eenWethouderZonderMandaatZietWaaromErNietsVoorHemTeTekenenIs() {
        var zonder = og.wethouder(s.id());

        assertThat(start(zonder.login()))
                .contains("Niets te doen: u heeft vandaag geen geldig mandaat om namens de gemeente te ondertekenen.")
                .doesNotContain("/ondertekening/rondes/" + ronde + "/ondertekenen");
    }

    @Test
    void deAmbtenaarZietDeVoortgangPerRonde() {
        assertThat(start(s.ambtenaar())).contains("Lopende ondertekenrondes",
                "href=\"/ondertekening/rondes/" + ronde + "\"", "0 van 3 ondertekend")
                .doesNotContain("/ondertekening/rondes/" + andereRonde + "\"");

        teken(s.noor());

        assertThat(start(s.ambtenaar())).contains("1 van 3 ondertekend");
        // Another gemeente's civil servant sees only the own round, untouched.
        assertThat(start(ander.ambtenaar())).contains("href=\"/ondertekening/rondes/" + andereRonde + "\"",
                "0 van 3 ondertekend").doesNotContain("href=\"/ondertekening/rondes/" + ronde + "\"");
    }

    @Test
    void deAmbtenaarZietLinksDieBinnenDrieDagenVerlopenEnLinksDieVerlopenZijn() {
        var vandaag = LocalDate.now(klok);
        assertThat(start(s.ambtenaar())).contains("Niets te doen: geen link verloopt in de komende drie dagen.");

        var bijna = klok.op(vandaag.plusDays(12), () -> start(s.ambtenaar()));
        assertThat(bijna).contains("Links die verlopen", "Noor Voorzitter (Wijkoverleg Noord",
                "Zara Voorzitter (Wijkoverleg Zuid", "link verloopt op");
        var verlopen = klok.op(vandaag.plusDays(15), () -> start(s.ambtenaar()));
        assertThat(verlopen).contains("link is verlopen op");

        // A signed invitation is no longer open: its link is not on the list.
        teken(s.noor());
        assertThat(klok.op(vandaag.plusDays(12), () -> start(s.ambtenaar())))
                .doesNotContain("Noor Voorzitter (Wijkoverleg Noord").contains("Zara Voorzitter (Wijkoverleg Zuid");
    }

    @Test
    void alleenWieMagTekenenOfRondesBeheertKrijgtDezeLijsten() {
        var secretaris = gegevens.account(s.id(), Rol.SECRETARIS);
        assertThat(start(secretaris)).doesNotContain("Lopende ondertekenrondes", "Te ondertekenen namens de gemeente");
        var lid = gegevens.bestuurslid(s.id(), s.noord());
        assertThat(start(lid)).doesNotContain("Te doen", "/ondertekening/rondes/");

        assertThatThrownBy(() -> als(secretaris, () -> taken.voorWethouder()))
                .isInstanceOf(GeenToegangException.class);
        assertThatThrownBy(() -> als(secretaris, () -> taken.voorAmbtenaar()))
                .isInstanceOf(GeenToegangException.class);
        assertThatThrownBy(() -> als(wethouder.login(), () -> taken.voorAmbtenaar()))
                .isInstanceOf(GeenToegangException.class);
    }
}
