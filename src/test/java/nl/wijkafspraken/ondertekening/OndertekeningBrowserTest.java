package nl.wijkafspraken.ondertekening;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static nl.wijkafspraken.support.AfsprakenGegevens.als;
import static nl.wijkafspraken.support.Testgegevens.WACHTWOORD;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.nio.file.Files;
import nl.wijkafspraken.afspraken.Versietekst;
import com.microsoft.playwright.options.AriaRole;
import nl.wijkafspraken.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The main flow in a real browser: the civil servant starts a round, a board member opens the link from the
 * e-mail (read from the outbox), asks for the code, types it and signs, on a phone-sized screen too; then the
 * wethouder signs for the gemeente. Every page is scanned for accessibility problems.
 */
class OndertekeningBrowserTest extends BrowserTest {

    @Autowired
    Ondertekeningsgegevens og;
    @Autowired
    RondeService rondes;

    private void klik(String knop) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(knop).setExact(true)).click();
    }

    @Test
    void eenBestuurslidTekentViaDeLinkUitDeMailEnDeWethouderTekentNamensDeGemeente() {
        var s = og.situatie();
        var wethouder = og.wethouderMetMandaat(s.id());

        // The civil servant starts the round.
        login(s.ambtenaar(), WACHTWOORD);
        page.navigate(url("/ondertekening"));
        assertGeenToegankelijkheidsproblemen(page);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ondertekenronde starten")).click();
        assertThat(page.locator("h1")).hasText("Ondertekenronde starten");
        assertGeenToegankelijkheidsproblemen(page);
        page.getByLabel("Alle partijen die nog moeten ondertekenen").check();
        klik("Ronde starten");
        assertThat(page.locator(".melding--succes")).containsText("De ronde is gestart");
        assertThat(page.locator("main")).containsText("Noor Voorzitter (voorzitter)");
        assertGeenToegankelijkheidsproblemen(page);
        var rondeAdres = page.url();
        klik("Uitloggen");

        // The board member, on a phone, with nothing but the e-mail.
        page.setViewportSize(390, 844);
        var link = url("/ondertekenen/" + og.token(s.id(), s.noor()));
        page.navigate(link);
        assertThat(page.locator("h1")).containsText("ondertekenen");
        assertThat(page.locator(".artikel")).hasCount(2);
        assertThat(page.locator(".kop__merk")).hasText("Gemeente " + s.gemeente().naam());
        assertThat(page.locator(".technisch code")).hasText(jdbcHash(rondeAdres));
        assertGeenToegankelijkheidsproblemen(page);
        assertGeenZijwaartsScrollen(page);
        page.setViewportSize(320, 640);
        assertGeenZijwaartsScrollen(page);
        assertGeenToegankelijkheidsproblemen(page);
        page.setViewportSize(390, 844);

        klik("Stuur mij een code");
        assertThat(page.locator("#ondertekenen [role=status]")).containsText("De code is verstuurd naar n•••@");
        klik("Ondertekenen");
        assertThat(page.locator("#code-fout")).containsText("Vul de code uit de e-mail in.");
        assertThat(page.locator("#akkoord-fout")).containsText("Vink aan");
        // The volunteer sees at once that it failed: the summary in the signing section, on screen and focused.
        var overzicht = page.locator("#ondertekenen .foutoverzicht");
        assertThat(overzicht).hasAttribute("role", "alert");
        assertThat(overzicht).isInViewport();
        assertThat(overzicht).isFocused();
        assertThat(page).hasTitle(java.util.regex.Pattern.compile("^Fout: "));
        schermafdruk("telefoon-fout");
        assertGeenToegankelijkheidsproblemen(page);
        overzicht.getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions()
                .setName("Vul de code uit de e-mail in.")).click();
        assertThat(page.locator("#code")).isFocused();

        page.getByLabel("Code uit de e-mail").first().fill(og.code(s.id(), s.noor()));
        page.getByLabel("Uw volledige naam").fill("Noor Voorzitter");
        page.getByRole(AriaRole.CHECKBOX).check();
        schermafdruk("telefoon-voor-ondertekenen");
        klik("Ondertekenen");
        assertThat(page.locator("h1")).hasText("Bedankt, u heeft ondertekend");
        assertGeenToegankelijkheidsproblemen(page);
        page.navigate(link);
        assertThat(page.locator("h1")).hasText("U heeft ondertekend");
        assertThat(page.locator("main")).containsText("Het gaat om: Samenwerkingsafspraken");
        assertGeenToegankelijkheidsproblemen(page);

        // The wethouder signs for the gemeente.
        page.setViewportSize(1280, 800);
        login(wethouder.login(), WACHTWOORD);
        page.navigate(rondeAdres);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Namens de gemeente ondertekenen")).click();
        assertThat(page.locator("main")).containsText("Op grond van uw mandaat: " + Ondertekeningsgegevens.SCOPE);
        assertGeenToegankelijkheidsproblemen(page);
        page.getByLabel("Uw volledige naam").fill(wethouder.naam());
        page.getByRole(AriaRole.CHECKBOX).check();
        klik("Ondertekenen");
        assertThat(page.locator(".melding--succes")).containsText("U heeft namens de gemeente ondertekend.");
        assertThat(page.locator("section.partij").first()).containsText("Ondertekend");
        assertThat(page.locator("main")).containsText(wethouder.naam() + " (wethouder)");
        assertGeenToegankelijkheidsproblemen(page);
    }

    @Test
    void naHetOndertekenenIsDeLinkEenOntvangstbewijsOokOpEenSmalleTelefoon() throws Exception {
        var s = og.situatie();
        var ronde = als(s.ambtenaar(), () -> rondes.start(s.afspraken().id(), null));
        var link = url("/ondertekenen/" + og.token(s.id(), s.zara()));

        page.setViewportSize(320, 640);
        page.navigate(link);
        assertThat(page.locator(".kop__merk")).hasText("Gemeente " + s.gemeente().naam());
        assertThat(page.locator("main")).containsText("ondertekenen 2 bestuursleden");
        schermafdruk("tekenpagina-320");
        klik("Stuur mij een code");
        page.getByLabel("Code uit de e-mail").first().fill(og.code(s.id(), s.zara()));
        page.getByLabel("Uw volledige naam").fill("Zara Voorzitter");
        page.getByRole(AriaRole.CHECKBOX).check();
        klik("Ondertekenen");
        assertThat(page.locator("h1")).hasText("Bedankt, u heeft ondertekend");

        page.setViewportSize(390, 844);
        page.navigate(link);
        assertThat(page.locator("h1")).hasText("U heeft ondertekend");
        assertThat(page.locator("main")).containsText("Er ontbreekt nog een handtekening.");
        assertThat(page.locator("main")).containsText("Zara Voorzitter (voorzitter)");
        page.locator(".technisch summary").click();
        assertThat(page.locator(".technisch code")).hasText(og.documentHash(ronde));
        assertGeenToegankelijkheidsproblemen(page);
        schermafdruk("ontvangstbewijs-390");
        page.setViewportSize(320, 640);
        schermafdruk("ontvangstbewijs-320");

        var download = page.waitForDownload(() -> page.getByRole(AriaRole.LINK,
                new Page.GetByRoleOptions().setName("De tekst die u heeft ondertekend (tekstbestand)")).click());
        assertThat(download.suggestedFilename()).endsWith("-versie-1.txt");
        assertThat(Versietekst.sha256(Files.readString(download.path()))).isEqualTo(og.documentHash(ronde));

        page.navigate(url("/ondertekenen/" + "A".repeat(43)));
        assertThat(page.locator("h1")).hasText("Deze link werkt niet (meer)");
        assertGeenToegankelijkheidsproblemen(page);
        schermafdruk("ongeldig-320");
    }

    /** The document hash of the round, as its page shows it. */
    private String jdbcHash(String rondeAdres) {
        return og.documentHash(Long.parseLong(rondeAdres.substring(rondeAdres.lastIndexOf('/') + 1)));
    }
}
