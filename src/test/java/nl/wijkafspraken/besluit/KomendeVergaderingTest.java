package nl.wijkafspraken.besluit;

import static nl.wijkafspraken.support.Besluitvorming.als;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.LocalDate;
import nl.wijkafspraken.gedeeld.Rol;
import nl.wijkafspraken.support.IntegratieTest;
import nl.wijkafspraken.support.TestKlok;
import nl.wijkafspraken.support.Testgegevens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * A B&W-vergadering that is still to come (issue 15): the list says so instead of a bare "Gepland" above the
 * meetings that were held, and its besluitenlijst is not an empty "Voorlopig" list but its agenda, with the date.
 */
@IntegratieTest
class KomendeVergaderingTest {

    @Autowired
    MockMvcTester mvc;
    @Autowired
    Testgegevens gegevens;
    @Autowired
    VergaderingService vergaderingen;
    @Autowired
    TestKlok klok;

    @Test
    void eenKomendeVergaderingHeetZoEnHeeftNogGeenVoorlopigeBesluitenlijst() {
        var gemeente = gegevens.gemeente();
        var secretaris = gegevens.account(gemeente.id(), Rol.SECRETARIS);
        var vandaag = LocalDate.now(klok);
        var komend = als(secretaris, () -> vergaderingen.plan(vandaag.plusDays(10)));
        var geweest = als(secretaris, () -> vergaderingen.plan(vandaag.minusDays(3)));

        assertThat(mvc.get().uri("/vergaderingen").with(user(secretaris))).hasStatusOk().bodyText()
                .contains("label--GEPLAND\">Gepland, komt nog</span>", "label--GEPLAND\">Gepland</span>");
        assertThat(mvc.get().uri("/vergaderingen/" + komend + "/besluitenlijst").with(user(secretaris)))
                .hasStatusOk().bodyText().contains("is nog niet geweest", "Er staan nog geen voorstellen op de agenda.")
                .doesNotContain("Voorlopig");
        assertThat(mvc.get().uri("/vergaderingen/" + geweest + "/besluitenlijst").with(user(secretaris)))
                .hasStatusOk().bodyText().contains("Voorlopig: de vergadering is nog niet gesloten")
                .doesNotContain("is nog niet geweest");
    }
}
