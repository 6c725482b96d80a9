package nl.wijkafspraken.ondertekening;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static nl.wijkafspraken.support.AfsprakenGegevens.als;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import nl.wijkafspraken.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A board member types their name otherwise than registered: the page explains it in Dutch, keeps what was typed
 * (code, name, consent) and offers a checkbox to confirm the other spelling; with it ticked the signature goes
 * through and the evidence keeps both names. At 1280 and 320 px, with an accessibility scan.
 */
class NaambevestigingBrowserTest extends BrowserTest {

    @Autowired
    Ondertekeningsgegevens og;
    @Autowired
    RondeService rondes;
    @Autowired
    JdbcTemplate jdbc;

    private void klik(String knop) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(knop).setExact(true)).click();
    }

    @Test
    void eenAndereSchrijfwijzeVanDeNaamWordtBevestigdZonderIetsOpnieuwTeTypen() {
        var s = og.situatie();
        var ronde = als(s.ambtenaar(), () -> rondes.start(s.afspraken().id(), null));
        var link = url("/ondertekenen/" + og.token(s.id(), s.noor()));

        for (var breedte : new int[] {1280, 320}) {
            page.setViewportSize(breedte, 800);
            page.navigate(link);
            assertThat(page.getByLabel("Ik schrijf mijn naam anders")).hasCount(0);
            if (breedte == 1280) {
                klik("Stuur mij een code");
            }
            var code = og.code(s.id(), s.noor());
            page.getByLabel("Code uit de e-mail").first().fill(code);
            page.getByLabel("Uw volledige naam").fill("N. Voorzitter-de Wit");
            page.getByLabel("Ik heb de tekst gelezen").check();
            klik("Ondertekenen");

            assertThat(page.locator("#naam-fout")).containsText("U typte \"N. Voorzitter-de Wit\", maar u staat bij "
                    + "de gemeente geregistreerd als \"Noor Voorzitter\"");
            assertThat(page.getByLabel("Uw volledige naam")).hasValue("N. Voorzitter-de Wit");
            assertThat(page.getByLabel("Code uit de e-mail").first()).hasValue(code);
            assertThat(page.getByLabel("Ik heb de tekst gelezen")).isChecked();
            var bevestiging = page.getByLabel("Ik schrijf mijn naam anders dan \"Noor Voorzitter\"");
            assertThat(bevestiging).isVisible();
            assertThat(bevestiging).not().isChecked();
            assertGeenToegankelijkheidsproblemen(page);
            assertGeenZijwaartsScrollen(page);
            schermafdruk("naam-afwijkend-" + breedte);
        }

        page.getByLabel("Ik schrijf mijn naam anders dan \"Noor Voorzitter\"").check();
        klik("Ondertekenen");
        assertThat(page.locator("h1")).hasText("Bedankt, u heeft ondertekend");
        assertGeenToegankelijkheidsproblemen(page);

        var bewijs = jdbc.queryForMap("select naam, getypte_naam, afwijkende_naam_bevestigd, toestemmingstekst "
                + "from handtekening where ronde_id = ?", ronde);
        assertThat(bewijs).containsEntry("naam", "Noor Voorzitter").containsEntry("getypte_naam",
                "N. Voorzitter-de Wit").containsEntry("afwijkende_naam_bevestigd", true);
        assertThat(bewijs.get("toestemmingstekst").toString()).startsWith("Ik heb de tekst gelezen en onderteken");
    }
}
