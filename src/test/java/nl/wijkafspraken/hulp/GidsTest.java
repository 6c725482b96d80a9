package nl.wijkafspraken.hulp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import nl.wijkafspraken.gedeeld.Rol;
import nl.wijkafspraken.support.Ingelogd;
import nl.wijkafspraken.support.IntegratieTest;
import nl.wijkafspraken.support.Testgegevens;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The user guide over HTTP: the index and every chapter for each of its roles, the board member's chapters without
 * login and the others only after it, the Help link of the layout pointing at the chapter of the page, and the guide's
 * own references: every screenshot it shows is in the jar, every page it links answers 200 for its readers.
 */
@IntegratieTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GidsTest {

    static final Path AFBEELDINGEN = Path.of("src/main/resources/static/hulp/afbeeldingen");

    @Autowired
    MockMvcTester mvc;
    @Autowired
    Testgegevens testgegevens;
    @Autowired
    Gids gids;

    private final Map<Rol, RequestPostProcessor> als = new EnumMap<>(Rol.class);

    /** Once for the class: an account per role costs a password hash each. */
    @BeforeAll
    void gebruikers() {
        var g = testgegevens.gemeente();
        var wijkoverleg = testgegevens.wijkoverleg(g.id(), "Wijkoverleg Gids " + g.id(), Set.of(g.wijkNoord()));
        for (var rol : Rol.values()) {
            var naam = rol == Rol.BESTUURSLID ? testgegevens.bestuurslid(g.id(), wijkoverleg)
                    : testgegevens.account(g.id(), rol);
            als.put(rol, user(naam).authorities(Ingelogd.metTweedeFactor()));
        }
    }

    @Test
    void elkHoofdstukStaatInDeInhoudVanElkeRolDieHetLeest() {
        for (var rol : Rol.values()) {
            assertThat(mvc.get().uri("/hulp").with(als.get(rol))).as("the index for %s", rol).hasStatusOk()
                    .bodyText().contains(Arrays.stream(Hoofdstuk.values()).map(h -> "/hulp/" + h.naam()).toList());
        }
    }

    @Test
    void elkHoofdstukOpentVoorElkeRolDieHetLeestMetZijnTitelEnSchermafdrukken() {
        for (var hoofdstuk : Hoofdstuk.values()) {
            var tekst = gids.tekst(hoofdstuk);
            assertThat(tekst.titel()).as(hoofdstuk.naam()).isNotBlank();
            assertThat(tekst.afbeeldingen()).as("every chapter shows its steps").isNotEmpty();
            for (var rol : hoofdstuk.rollen()) {
                assertThat(mvc.get().uri("/hulp/" + hoofdstuk.naam()).with(als.get(rol))).as("%s for %s",
                        hoofdstuk, rol).hasStatusOk().bodyText().contains("<h1>" + html(tekst.titel()) + "</h1>")
                        .contains(tekst.afbeeldingen().stream().map(a -> "src=\"" + Gids.AFBEELDINGEN + a + "\"")
                                .toList());
            }
        }
    }

    @Test
    void zonderInloggenOpenenDeInhoudEnDeHoofdstukkenVoorBestuursleden() {
        var index = mvc.get().uri("/hulp");
        assertThat(index).hasStatusOk().bodyText().contains("Voor bestuursleden van een wijkoverleg",
                "/hulp/ondertekenen-als-bestuurslid").doesNotContain("/hulp/collegevoorstel-schrijven");
        for (var hoofdstuk : Hoofdstuk.values()) {
            var antwoord = mvc.get().uri("/hulp/" + hoofdstuk.naam());
            if (hoofdstuk.rollen().contains(Rol.BESTUURSLID)) {
                assertThat(hoofdstuk.openbaar()).as(hoofdstuk.naam()).isTrue();
                assertThat(antwoord).as(hoofdstuk.naam()).hasStatusOk();
            } else {
                assertThat(antwoord).as(hoofdstuk.naam()).hasStatus3xxRedirection()
                        .redirectedUrl().endsWith("/login");
            }
        }
    }

    @Test
    void eenOnbekendHoofdstukBestaatNiet() {
        // Without login like every other page that is not open: to the login page.
        assertThat(mvc.get().uri("/hulp/bestaat-niet")).hasStatus3xxRedirection().redirectedUrl().endsWith("/login");
        assertThat(mvc.get().uri("/hulp/bestaat-niet").with(als.get(Rol.AMBTENAAR))).hasStatus(404);
    }

    @Test
    void deHulplinkOpentHetHoofdstukVanDePagina() {
        assertThat(mvc.get().uri("/collegevoorstellen").with(als.get(Rol.AMBTENAAR))).bodyText()
                .contains("href=\"/hulp/collegevoorstel-schrijven\"");
        assertThat(mvc.get().uri("/vergaderingen").with(als.get(Rol.SECRETARIS))).bodyText()
                .contains("href=\"/hulp/vergadering-vastleggen\"");
        assertThat(mvc.get().uri("/ondertekening").with(als.get(Rol.AMBTENAAR))).bodyText()
                .contains("href=\"/hulp/ondertekenronde-starten\"");
        assertThat(mvc.get().uri("/beheer/accounts").with(als.get(Rol.BEHEERDER))).bodyText()
                .contains("href=\"/hulp/gebruikers-beheren\"");
        // The signing page of a board member, reached without login (an unknown link still shows the layout).
        assertThat(mvc.get().uri("/ondertekenen/" + "A".repeat(43))).bodyText()
                .contains("href=\"/hulp/ondertekenen-als-bestuurslid\"", ">Hulp</a>");
        assertThat(mvc.get().uri("/openbaar")).bodyText().contains("href=\"/hulp/afspraken-lezen\"");
        // A page without its own chapter opens the index.
        assertThat(mvc.get().uri("/login")).bodyText().contains("href=\"/hulp\"", ">Hulp</a>");
        assertThat(mvc.get().uri("/mandaten").with(als.get(Rol.AMBTENAAR))).bodyText().contains("href=\"/hulp\"");
    }

    @Test
    void elkeSchermafdrukVanDeHandleidingStaatInDeAppEnWordtZonderInloggenGeleverd() throws Exception {
        var ontbrekend = new ArrayList<String>();
        for (var hoofdstuk : Hoofdstuk.values()) {
            for (var afbeelding : gids.tekst(hoofdstuk).afbeeldingen()) {
                if (!Files.isRegularFile(AFBEELDINGEN.resolve(afbeelding))) {
                    ontbrekend.add(hoofdstuk.naam() + ": " + afbeelding);
                }
            }
        }
        assertThat(ontbrekend).as("screenshots the guide shows but " + AFBEELDINGEN + " lacks; make them with "
                + GidsBrowserTest.SCHRIJVEN).isEmpty();
        var eerste = gids.tekst(Hoofdstuk.ONDERTEKENEN_ALS_BESTUURSLID).afbeeldingen().getFirst();
        assertThat(mvc.get().uri(Gids.AFBEELDINGEN + eerste)).hasStatusOk().hasContentType("image/png");
    }

    @Test
    void elkeLinkInDeHandleidingWerktVoorDeLezersVanHetHoofdstuk() {
        for (var hoofdstuk : Hoofdstuk.values()) {
            for (var koppeling : gids.tekst(hoofdstuk).koppelingen()) {
                assertThat(koppeling).as("a link of %s stays inside the app", hoofdstuk).startsWith("/");
                for (var rol : hoofdstuk.rollen()) {
                    assertThat(mvc.get().uri(koppeling).with(als.get(rol))).as("%s in %s for %s", koppeling,
                            hoofdstuk, rol).hasStatusOk();
                }
                if (hoofdstuk.openbaar() && koppeling.startsWith("/hulp")) {
                    assertThat(mvc.get().uri(koppeling)).as("%s in %s without login", koppeling, hoofdstuk)
                            .hasStatusOk();
                }
            }
        }
    }

    private static String html(String tekst) {
        return tekst.replace("&", "&amp;");
    }
}
