package nl.wijkafspraken.web;

import static nl.wijkafspraken.gedeeld.Actie.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.wijkafspraken.gedeeld.Actie;
import nl.wijkafspraken.gedeeld.Gebruiker;
import nl.wijkafspraken.gedeeld.Rechten;
import nl.wijkafspraken.gedeeld.Rol;
import nl.wijkafspraken.support.IntegratieTest;
import nl.wijkafspraken.support.Testgegevens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * Walks the role × action matrix against the real pages: per role, each page that needs one action across the
 * gemeente opens (200) exactly when the matrix allows it and is refused (403) otherwise, and the menu and start page
 * offer a section exactly when its page opens. So the screens, the controllers and the services follow one table.
 */
@IntegratieTest
class RechtenmatrixSchermTest {

    /** A page per action that needs nothing but that action in the active gemeente. */
    private static final Map<String, Actie> PAGINAS = new LinkedHashMap<>();
    /** The sections the menu or the start page links to, with the action that opens them. */
    private static final Map<String, Actie> MENU = new LinkedHashMap<>();

    static {
        PAGINAS.put("/wijkoverleggen/nieuw", WIJKOVERLEGGEN_BEHEREN);
        PAGINAS.put("/wijken", WIJKEN_LEZEN);
        PAGINAS.put("/wijken/nieuw", WIJKEN_BEHEREN);
        PAGINAS.put("/afspraken/nieuw", AFSPRAKEN_BEHEREN);
        PAGINAS.put("/convenanten", CONVENANTEN_LEZEN);
        PAGINAS.put("/convenanten/nieuw", CONVENANTEN_BEHEREN);
        PAGINAS.put("/collegevoorstellen", BESLUITVORMING_LEZEN);
        PAGINAS.put("/vergaderingen", BESLUITVORMING_LEZEN);
        PAGINAS.put("/besluiten", BESLUITVORMING_LEZEN);
        PAGINAS.put("/collegevoorstellen/nieuw", COLLEGEVOORSTELLEN_SCHRIJVEN);
        PAGINAS.put("/vergaderingen/nieuw", VERGADERINGEN_BEHEREN);
        PAGINAS.put("/college", COLLEGE_LEZEN);
        PAGINAS.put("/college/nieuw", COLLEGE_BEHEREN);
        PAGINAS.put("/mandaten", MANDATEN_LEZEN);
        PAGINAS.put("/ondertekening", RONDES_LEZEN);
        PAGINAS.put("/ondertekening/nieuw", RONDES_BEHEREN);
        PAGINAS.put("/beheer/accounts", ACCOUNTS_BEHEREN);
        PAGINAS.put("/beheer/accounts/nieuw", ACCOUNTS_BEHEREN);
        PAGINAS.put("/rolverzoeken", ROLVERZOEKEN_AFHANDELEN);
        PAGINAS.put("/beheer/audit", AUDITTRAIL_LEZEN);
        PAGINAS.put("/beheer/post", POST_LEZEN);

        MENU.put("/convenanten", CONVENANTEN_LEZEN);
        MENU.put("/wijken", WIJKEN_LEZEN);
        MENU.put("/collegevoorstellen", BESLUITVORMING_LEZEN);
        MENU.put("/vergaderingen", BESLUITVORMING_LEZEN);
        MENU.put("/besluiten", BESLUITVORMING_LEZEN);
        MENU.put("/mandaten", MANDATEN_LEZEN);
        MENU.put("/college", COLLEGE_LEZEN);
        MENU.put("/ondertekening", RONDES_LEZEN);
        MENU.put("/beheer/accounts", ACCOUNTS_BEHEREN);
        MENU.put("/rolverzoeken", ROLVERZOEKEN_AFHANDELEN);
        MENU.put("/beheer/audit", AUDITTRAIL_LEZEN);
        MENU.put("/beheer/post", POST_LEZEN);
    }

    @Autowired
    MockMvcTester mvc;
    @Autowired
    Testgegevens gegevens;

    @Test
    void elkeRolOpentPreciesDePaginasDieDeMatrixToestaat() throws Exception {
        var gemeente = gegevens.gemeente();
        var wijkoverleg = gegevens.wijkoverleg(gemeente.id(), "Wijkoverleg Matrix", Set.of(gemeente.wijkNoord()));
        var afwijkingen = new ArrayList<String>();
        for (var rol : Rol.values()) {
            var naam = rol == Rol.BESTUURSLID ? gegevens.bestuurslid(gemeente.id(), wijkoverleg)
                    : gegevens.account(gemeente.id(), rol);
            var gebruiker = new Gebruiker(0, naam, naam, gemeente.id(), gemeente.naam(), Set.of(rol),
                    rol == Rol.BESTUURSLID ? Set.of(wijkoverleg) : Set.of(), List.of());
            for (var pagina : PAGINAS.entrySet()) {
                int verwacht = Rechten.mag(gebruiker, pagina.getValue()) ? 200 : 403;
                int status = mvc.get().uri(pagina.getKey()).with(user(naam)).exchange().getResponse().getStatus();
                if (status != verwacht) {
                    afwijkingen.add(rol + " " + pagina.getKey() + " (" + pagina.getValue() + "): " + status
                            + " in plaats van " + verwacht);
                }
            }
            var start = mvc.get().uri("/").with(user(naam)).exchange().getResponse()
                    .getContentAsString(StandardCharsets.UTF_8);
            for (var onderdeel : MENU.entrySet()) {
                boolean getoond = start.contains("href=\"" + onderdeel.getKey() + "\"");
                if (getoond != Rechten.mag(gebruiker, onderdeel.getValue())) {
                    afwijkingen.add(rol + " menu " + onderdeel.getKey() + " (" + onderdeel.getValue() + "): "
                            + (getoond ? "getoond" : "niet getoond"));
                }
            }
        }
        assertThat(afwijkingen).isEmpty();
    }
}
