package nl.wijkafspraken.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import nl.wijkafspraken.gedeeld.Rol;
import nl.wijkafspraken.support.IntegratieTest;
import nl.wijkafspraken.support.Testgegevens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@IntegratieTest
class StartEnLoginTest {

    @Autowired
    MockMvcTester mvc;
    @Autowired
    Testgegevens gegevens;

    @Test
    void loginpaginaIsNederlandsEnZonderLoginBereikbaar() {
        assertThat(mvc.get().uri("/login")).hasStatusOk().bodyText()
                .contains("Inloggen", "Gebruikersnaam", "Wachtwoord", "lang=\"nl\"");
    }

    @Test
    void zonderLoginGaatElkePaginaNaarDeLoginpagina() {
        assertThat(mvc.get().uri("/wijkoverleggen")).hasStatus3xxRedirection().redirectedUrl()
                .endsWith("/login");
    }

    @Test
    void inloggenMetJuistWachtwoordLuktEnMetOnjuistNiet() {
        var gemeente = gegevens.gemeente();
        var naam = gegevens.account(gemeente.id(), Rol.AMBTENAAR);
        assertThat(mvc.perform(formLogin().user(naam).password(Testgegevens.WACHTWOORD)))
                .hasStatus3xxRedirection().redirectedUrl().isEqualTo("/");
        assertThat(mvc.perform(formLogin().user(naam).password("fout-wachtwoord")))
                .hasStatus3xxRedirection().redirectedUrl().isEqualTo("/login?error");
    }

    @Test
    void startpaginaToontGebruikerEnActieveGemeente() {
        var gemeente = gegevens.gemeente();
        var naam = gegevens.account(gemeente.id(), Rol.AMBTENAAR);
        assertThat(mvc.get().uri("/").with(user(naam))).hasStatusOk().bodyText()
                .contains("Welkom, Test " + naam, gemeente.naam(),
                        "<h3><a href=\"/collegevoorstellen\">Collegevoorstellen</a></h3>")
                .doesNotContain("href=\"/beheer/post\"");
        var beheerder = gegevens.account(gemeente.id(), Rol.BEHEERDER);
        assertThat(mvc.get().uri("/").with(user(beheerder))).hasStatusOk().bodyText()
                .contains("<h3><a href=\"/beheer/post\">");
    }

    @Test
    void onbekendeUrlGeeftNederlandse404ZonderStacktrace() {
        var gemeente = gegevens.gemeente();
        var naam = gegevens.account(gemeente.id(), Rol.AMBTENAAR);
        assertThat(mvc.get().uri("/bestaat-niet").with(user(naam))).hasStatus(404).bodyText()
                .contains("Pagina niet gevonden").doesNotContain("Exception", "at nl.");
    }

    @Test
    void healthProbesZijnOpenEnVerderNiets() {
        assertThat(mvc.get().uri("/actuator/health/liveness")).hasStatusOk();
        assertThat(mvc.get().uri("/actuator/health/readiness")).hasStatusOk();
        assertThat(mvc.get().uri("/actuator/env")).hasStatus3xxRedirection();
    }
}
