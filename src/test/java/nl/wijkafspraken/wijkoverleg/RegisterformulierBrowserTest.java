package nl.wijkafspraken.wijkoverleg;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.SelectOption;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Set;
import nl.wijkafspraken.gedeeld.Rol;
import nl.wijkafspraken.support.BrowserTest;
import nl.wijkafspraken.support.Testgegevens;
import org.apache.commons.csv.CSVFormat;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The register forms in a browser (issue 15, parts 7 and 8): register a wijkoverleg and go straight on to its board,
 * opheffing fields that appear only with that status, and the download of the register; axe on every form, and the
 * forms photographed at 1280, 390 and 320 px.
 */
class RegisterformulierBrowserTest extends BrowserTest {

    @Autowired
    Testgegevens gegevens;

    private static Page.GetByLabelOptions exact() {
        return new Page.GetByLabelOptions().setExact(true);
    }

    @Test
    void naHetRegistrerenVoegtDeAmbtenaarMeteenHetBestuurToeEnDownloadtHetRegister() throws IOException {
        var gemeente = gegevens.gemeente();
        login(gegevens.account(gemeente.id(), Rol.AMBTENAAR), Testgegevens.WACHTWOORD);

        page.navigate(url("/wijkoverleggen/nieuw"));
        assertThat(page.getByLabel("Datum van opheffing")).hasCount(0);
        assertThat(page.getByLabel("Opgeheven")).hasCount(0);
        schermafdruk("nieuw-1280");
        page.getByLabel("Naam", exact()).fill("Wijkoverleg Eerste Bestuur");
        page.getByLabel("Zuid").check();
        page.getByLabel("Actief").check();
        page.getByLabel("2 tekenbevoegde bestuursleden ondertekenen").check();
        page.getByText("Opslaan", new Page.GetByTextOptions().setExact(true)).click();

        // Straight on to the board, with the first member.
        assertThat(page.locator("h1")).hasText("Bestuurslid toevoegen");
        assertThat(page.locator(".melding--succes")).containsText("Wijkoverleg Eerste Bestuur is geregistreerd. "
                + "Voeg nu het bestuur toe.");
        assertThat(page.locator("main")).containsText("Dit wijkoverleg heeft nog geen bestuur.");
        assertGeenToegankelijkheidsproblemen(page);
        schermafdruk("eerste-bestuurslid-1280");
        vulBestuurslidIn("Eva Eerst", "eva@eerste.example", "Voorzitter");
        page.getByText("Opslaan en nog een bestuurslid toevoegen").click();

        assertThat(page.locator("h1")).hasText("Bestuurslid toevoegen");
        assertThat(page.locator(".melding--succes")).containsText("Eva Eerst is toegevoegd aan het bestuur.");
        assertThat(page.getByLabel("Naam", exact())).hasValue("");
        vulBestuurslidIn("Frans Tweede", "frans@eerste.example", "Secretaris");
        page.getByText("Opslaan", new Page.GetByTextOptions().setExact(true)).click();

        assertThat(page.locator("h1")).hasText("Wijkoverleg Eerste Bestuur");
        assertThat(page.locator("table").first()).containsText("Eva Eerst");
        assertThat(page.locator("table").first()).containsText("Frans Tweede");
        assertThat(page.locator(".melding--waarschuwing")).hasCount(0);

        // The list, searched, offers its rows as a file.
        page.navigate(url("/wijkoverleggen?naam=eerste"));
        assertGeenToegankelijkheidsproblemen(page);
        var csv = page.waitForDownload(() -> page.getByText("Downloaden als CSV").click());
        assertThat(csv.suggestedFilename()).startsWith("wijkoverleggen-").endsWith(".csv");
        var inhoud = Files.readString(csv.path(), StandardCharsets.UTF_8);
        try (var parser = CSVFormat.RFC4180.builder().setDelimiter(';').setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(inhoud.substring(1)))) {
            assertThat(parser.getRecords()).extracting(r -> r.get("Wijkoverleg") + " / " + r.get("Bestuurslid"))
                    .containsExactlyInAnyOrder("Wijkoverleg Eerste Bestuur / Eva Eerst",
                            "Wijkoverleg Eerste Bestuur / Frans Tweede");
        }
        var xlsx = page.waitForDownload(() -> page.getByText("Downloaden als Excel").click());
        try (var werkboek = new XSSFWorkbook(Files.newInputStream(xlsx.path()))) {
            assertThat(werkboek.getSheetAt(0).getLastRowNum()).isEqualTo(2);
        }
    }

    private void vulBestuurslidIn(String naam, String email, String functie) {
        page.getByLabel("Naam", exact()).fill(naam);
        page.getByLabel("E-mailadres").fill(email);
        page.getByLabel("Functie", exact()).selectOption(new SelectOption().setLabel(functie));
        page.getByLabel("Tekenbevoegd: mag namens het wijkoverleg ondertekenen").check();
    }

    @Test
    void deOpheffingVerschijntAlleenBijDeStatusOpgeheven() {
        var gemeente = gegevens.gemeente();
        var id = gegevens.wijkoverleg(gemeente.id(), "Wijkoverleg Blijft", Set.of(gemeente.wijkNoord()));
        login(gegevens.account(gemeente.id(), Rol.AMBTENAAR), Testgegevens.WACHTWOORD);

        page.navigate(url("/wijkoverleggen/" + id + "/wijzigen"));
        assertThat(page.getByLabel("Datum van opheffing")).isHidden();
        assertGeenToegankelijkheidsproblemen(page);
        page.getByLabel("Opgeheven").check();
        assertThat(page.getByLabel("Datum van opheffing")).isVisible();
        assertThat(page.getByLabel("Reden van opheffing")).isEnabled();
        assertGeenToegankelijkheidsproblemen(page);
        schermafdruk("opheffen-1280");
        page.getByLabel("Reden van opheffing").fill("Getypt en toch niet");
        page.getByLabel("Actief").check();
        assertThat(page.getByLabel("Datum van opheffing")).isHidden();
        assertThat(page.locator("#opheffingsreden")).isDisabled();

        // Hidden fields are not sent: saving as Actief keeps the wijkoverleg as it was, without a reason.
        page.getByText("Opslaan", new Page.GetByTextOptions().setExact(true)).click();
        assertThat(page.locator(".melding--succes")).containsText("Wijkoverleg Blijft is gewijzigd.");
        assertThat(page.locator("main")).not().containsText("Getypt en toch niet");

        page.navigate(url("/wijkoverleggen/" + id + "/wijzigen"));
        page.getByLabel("Opgeheven").check();
        page.getByText("Opslaan", new Page.GetByTextOptions().setExact(true)).click();
        assertThat(page.locator("#opheffingsdatum-fout")).containsText("Vul de datum van opheffing in.");
        assertThat(page.getByLabel("Datum van opheffing")).isVisible();
        assertGeenToegankelijkheidsproblemen(page);
    }

    @Test
    void deFormulierenOpEenTelefoon() {
        var gemeente = gegevens.gemeente();
        var id = gegevens.wijkoverleg(gemeente.id(), "Wijkoverleg Smal", Set.of(gemeente.wijkNoord()));
        login(gegevens.account(gemeente.id(), Rol.AMBTENAAR), Testgegevens.WACHTWOORD);
        bekijkOpTelefoons("/wijkoverleggen/nieuw", "nieuw");
        bekijkOpTelefoons("/wijkoverleggen/" + id + "/wijzigen", "wijzigen");
        bekijkOpTelefoons("/wijkoverleggen/" + id + "/bestuursleden/nieuw", "bestuurslid");
        bekijkOpTelefoons("/wijkoverleggen", "lijst");
        // The forms at 390 px too, to look at (bekijkOpTelefoons photographs 320 px).
        page.setViewportSize(390, 800);
        for (var pad : new String[] {"nieuw", id + "/wijzigen", id + "/bestuursleden/nieuw"}) {
            page.navigate(url("/wijkoverleggen/" + pad));
            schermafdruk(pad.replace('/', '-') + "-390");
        }
        page.setViewportSize(1280, 800);
    }

    @Test
    void hetCollegeformulierOpEenTelefoonEnDeWeigeringVanEenTweedeBurgemeester() {
        var gemeente = gegevens.gemeente();
        login(gegevens.account(gemeente.id(), Rol.SECRETARIS), Testgegevens.WACHTWOORD);
        page.navigate(url("/college/nieuw"));
        page.getByLabel("Naam", exact()).fill("Anna Eerst");
        page.getByLabel("Burgemeester").check();
        page.getByLabel("In functie vanaf").fill("2022-06-01");
        page.getByText("Opslaan", new Page.GetByTextOptions().setExact(true)).click();
        assertThat(page.locator(".melding--succes")).containsText("Anna Eerst is toegevoegd aan het college.");

        page.navigate(url("/college/nieuw"));
        page.getByLabel("Naam", exact()).fill("Bert Tweede");
        page.getByLabel("Burgemeester").check();
        page.getByLabel("In functie vanaf").fill("2026-01-01");
        page.getByText("Opslaan", new Page.GetByTextOptions().setExact(true)).click();
        assertThat(page.locator("#periodeVan-fout")).containsText("Een gemeente heeft één burgemeester tegelijk");
        assertGeenToegankelijkheidsproblemen(page);
        schermafdruk("tweede-burgemeester-1280");
        bekijkOpTelefoons("/college/nieuw", "college-nieuw");
    }
}
