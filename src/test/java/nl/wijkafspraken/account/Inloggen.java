package nl.wijkafspraken.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import nl.wijkafspraken.support.TweedeStap;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;

/**
 * Logins through the real login form in MockMvc, each test from an address of its own (198.18.0.0/15, the range
 * for tests), so that the budget of failures per address of one test does not reach another.
 */
record Inloggen(MockMvcTester mvc, String ipAdres) {

    private static final Pattern SLEUTEL = Pattern.compile("data-totp-sleutel[^>]*>([A-Z2-7 ]+)<");

    private static final AtomicInteger TELLER = new AtomicInteger();

    static Inloggen vanEigenAdres(MockMvcTester mvc) {
        int n = TELLER.incrementAndGet();
        return new Inloggen(mvc, "198.18." + (n / 250) + "." + (n % 250 + 1));
    }

    MockMvcRequestBuilder poging(String gebruikersnaam, String wachtwoord) {
        return mvc.post().uri("/login").param("username", gebruikersnaam).param("password", wachtwoord)
                .with(csrf()).with(verzoek -> {
                    verzoek.setRemoteAddr(ipAdres);
                    return verzoek;
                });
    }

    /** Logs in and returns the session, as a browser would keep it. */
    MockHttpSession sessie(String gebruikersnaam, String wachtwoord) {
        var resultaat = poging(gebruikersnaam, wachtwoord).exchange();
        assertThat(resultaat).hasStatus3xxRedirection().hasRedirectedUrl("/");
        var sessie = (MockHttpSession) resultaat.getMvcResult().getRequest().getSession(false);
        tweedeStap(gebruikersnaam, sessie);
        return sessie;
    }

    /**
     * The second factor, as {@code BrowserTest.tweedeStap} does it: enrols the authenticator app of the tests when
     * the app asks (BEHEERDER, SECRETARIS, BESTUURDER), types its code when the app asks for one.
     */
    void tweedeStap(String gebruikersnaam, MockHttpSession sessie) {
        var naar = mvc.get().uri("/").session(sessie).exchange().getResponse().getRedirectedUrl();
        if ("/beveiliging".equals(naar)) {
            var pagina = mvc.get().uri("/beveiliging/totp").session(sessie).exchange().getResponse();
            var sleutel = SLEUTEL.matcher(contentAlsTekst(pagina));
            assertThat(sleutel.find()).as("TOTP-sleutel op de pagina").isTrue();
            TweedeStap.onthoud(gebruikersnaam, sleutel.group(1));
            assertThat(mvc.post().uri("/beveiliging/totp").session(sessie).param("code", TweedeStap.code(gebruikersnaam))
                    .with(csrf())).hasRedirectedUrl("/beveiliging");
        } else if ("/tweede-factor".equals(naar)) {
            assertThat(mvc.post().uri("/tweede-factor/totp").session(sessie).param("code",
                    TweedeStap.code(gebruikersnaam)).with(csrf())).hasStatus3xxRedirection();
        }
    }

    private static String contentAlsTekst(MockHttpServletResponse antwoord) {
        try {
            return antwoord.getContentAsString(StandardCharsets.UTF_8);
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether the session still works: the start page opens instead of a redirect to the login page. */
    boolean werkt(MockHttpSession sessie) {
        return mvc.get().uri("/").session(sessie).exchange().getResponse().getStatus() == 200;
    }
}
