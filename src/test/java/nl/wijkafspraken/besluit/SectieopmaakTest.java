package nl.wijkafspraken.besluit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import nl.wijkafspraken.gedeeld.Rol;
import nl.wijkafspraken.support.IntegratieTest;
import nl.wijkafspraken.support.Testgegevens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * The editor's paste and preview endpoints, through the whole stack: only for those who may write voorstellen,
 * only with the CSRF token, an oversized body refused with 413 and a Dutch message, the result the same as the
 * converter's and the voorstel page's.
 */
@IntegratieTest
class SectieopmaakTest {

    @Autowired
    MockMvcTester mvc;
    @Autowired
    Testgegevens gegevens;

    String ambtenaar;
    long gemeente;

    @BeforeEach
    void ambtenaar() {
        gemeente = gegevens.gemeente().id();
        ambtenaar = gegevens.account(gemeente, Rol.AMBTENAAR);
    }

    private static String fixture(String naam) throws IOException {
        try (var in = SectieopmaakTest.class.getResourceAsStream("/plakken/" + naam)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void geplakteWordHtmlKomtTerugAlsMarkdownMetLetterlijstEnTabel() throws IOException {
        assertThat(mvc.post().uri("/collegevoorstellen/plakken").with(user(ambtenaar)).with(csrf().asHeader())
                .param("html", fixture("word365-besluit.html") + fixture("word365-financien.html"))
                .param("tekst", fixture("word365-financien.txt")))
                .hasStatusOk().hasContentType("text/plain;charset=UTF-8").bodyText()
                .contains("A. de *Samenwerkingsafspraken Wijkoverleggen Aalsmeer* vast te stellen;\n"
                        + "B. de convenanten wijkbeheer", "   1. het convenant met Wijkraad Oosteinde;",
                        "D. de 1^e^ evaluatie", "| | **2026** | **2027** | **2028** | **2029 e.v.** |",
                        "| Subsidie wijkoverleggen | € 477.800 | € 547.600 | € 547.600 | € 547.600 |")
                .doesNotContain("mso-", "<");
    }

    @Test
    void alleenTekstMetTabsWordtEenTabel() throws IOException {
        assertThat(mvc.post().uri("/collegevoorstellen/plakken").with(user(ambtenaar)).with(csrf())
                .param("tekst", fixture("word365-financien.txt")))
                .hasStatusOk().bodyText().contains("| | 2026 | 2027 | 2028 | 2029 e.v. |\n");
    }

    @Test
    void voorbeeldToontDeSectieZoalsDePagina() {
        assertThat(mvc.post().uri("/collegevoorstellen/voorbeeld").with(user(ambtenaar)).with(csrf())
                .param("tekst", "A. de 1^e^ stap\nB. <script>alert(1)</script>\n\n| Post | 2026 |\n| --- | ---: |\n| Subsidie | € 477.800 |"))
                .hasStatusOk().bodyText()
                .contains("<ol type=\"A\">", "<li>de 1<sup>e</sup> stap</li>", "&lt;script&gt;",
                        "<td align=\"right\">€ 477.800</td>")
                .doesNotContain("<script>", "<html", "<nav");
    }

    @Test
    void legeVoorbeeldtekstZegtDatErNogGeenTekstIs() {
        assertThat(mvc.post().uri("/collegevoorstellen/voorbeeld").with(user(ambtenaar)).with(csrf()))
                .hasStatusOk().bodyText().contains("Er is nog geen tekst geschreven.");
    }

    @Test
    void zonderCsrfTokenGeweigerd() {
        assertThat(mvc.post().uri("/collegevoorstellen/plakken").with(user(ambtenaar)).param("html", "<p>x</p>"))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.post().uri("/collegevoorstellen/voorbeeld").with(user(ambtenaar)).param("tekst", "x"))
                .hasStatus(HttpStatus.FORBIDDEN);
    }

    @Test
    void zonderInloggenNaarDeInlogpagina() {
        assertThat(mvc.post().uri("/collegevoorstellen/plakken").with(csrf()).param("html", "<p>x</p>"))
                .hasStatus3xxRedirection().redirectedUrl().endsWith("/login");
    }

    @ParameterizedTest
    @EnumSource(value = Rol.class, names = {"SECRETARIS", "BESTUURDER", "BEHEERDER"})
    void wieGeenVoorstellenSchrijftKrijgtGeenOmzetting(Rol rol) {
        var ander = gegevens.account(gemeente, rol);
        assertThat(mvc.post().uri("/collegevoorstellen/plakken").with(user(ander)).with(csrf())
                .param("html", "<p><b>vet</b></p>")).hasStatus(HttpStatus.FORBIDDEN)
                .bodyText().doesNotContain("**vet**");
        assertThat(mvc.post().uri("/collegevoorstellen/voorbeeld").with(user(ander)).with(csrf())
                .param("tekst", "**vet**")).hasStatus(HttpStatus.FORBIDDEN)
                .bodyText().doesNotContain("<strong>vet</strong>");
    }

    @Test
    void teGroteInhoudGeeft413MetNederlandseMelding() {
        var teGroot = "<p>" + "a".repeat(1_600_000) + "</p>";
        assertThat(mvc.post().uri("/collegevoorstellen/plakken").with(user(ambtenaar)).with(csrf().asHeader())
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).content("html=" + teGroot))
                .hasStatus(HttpStatus.CONTENT_TOO_LARGE).bodyText()
                .isEqualTo("De geplakte tekst is te groot: een onderdeel mag hoogstens 100.000 tekens bevatten. "
                        + "Plak de tekst in delen.");
        assertThat(mvc.post().uri("/collegevoorstellen/voorbeeld").with(user(ambtenaar)).with(csrf())
                .param("tekst", "a".repeat(100_001))).hasStatus(HttpStatus.CONTENT_TOO_LARGE);
    }

    @Test
    void omzettingLangerDanEenSectieGeeft413() {
        var lang = "<p>" + "woord ".repeat(20_000) + "</p>";
        assertThat(mvc.post().uri("/collegevoorstellen/plakken").with(user(ambtenaar)).with(csrf())
                .param("html", lang)).hasStatus(HttpStatus.CONTENT_TOO_LARGE);
    }
}
