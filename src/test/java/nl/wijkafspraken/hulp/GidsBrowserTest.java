package nl.wijkafspraken.hulp;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.wijkafspraken.config.DemoData;
import nl.wijkafspraken.gedeeld.Rol;
import nl.wijkafspraken.support.BrowserTest;
import nl.wijkafspraken.support.Testgegevens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The flows of the user guide in a real browser, on the demo data (config/DemoData, the data every role sees in the
 * demo), with an accessibility scan of each page: every chapter's steps still work, and each screenshot the guide
 * shows is taken here. Run with {@code -Dgids.schrijf=true} ({@link #SCHRIJVEN}) it writes them to
 * {@code src/main/resources/static/hulp/afbeeldingen/} (1280 px wide; the board member's signing at 390 px) and
 * removes the ones no chapter shows any more; without it, it writes nothing and checks that the walk takes exactly
 * the screenshots the guide refers to ({@code GidsTest} checks the files are there).
 * <p>
 * The walk changes the demo data only where no other test looks (DemoDataTest counts the completed parties): the
 * board member signs one round, the wethouder another, so no party becomes complete.
 */
class GidsBrowserTest extends BrowserTest {

    static final String SCHRIJVEN = "./mvnw -B -q verify -Dtest=GidsBrowserTest "
            + "-Dsurefire.failIfNoSpecifiedTests=false -Dgids.schrijf=true";
    private static final boolean SCHRIJF = Boolean.getBoolean("gids.schrijf");
    private static final Pattern LINK = Pattern.compile("/ondertekenen/([A-Za-z0-9_-]{43})");
    private static final Pattern CODE = Pattern.compile("(?m)^\\s*(\\d{6})\\s*$");
    private static final String NOOR = "n.hoogendoorn@aalsmeer-wijken.example";

    @Autowired
    DemoData demo;
    @Autowired
    Gids gids;
    @Autowired
    Testgegevens testgegevens;
    @Autowired
    JdbcTemplate jdbc;

    private final Set<String> genomen = new LinkedHashSet<>();

    @Test
    void deStappenVanDeHandleidingWerkenVoorElkeRol() throws IOException {
        demo.vulAan();
        medewerkerBegint();
        ambtenaarRegistreertEnSchrijft();
        var rondes = ambtenaarStartRondes();
        bestuurslidTekentOpDeTelefoon();
        wethouderTekent(rondes);
        secretarisLegtVastEnPubliceert();
        bestuurslidWerktBestuurBijEnLeest();
        beheerderBeheert();

        var getoond = Arrays.stream(Hoofdstuk.values()).flatMap(h -> gids.tekst(h).afbeeldingen().stream())
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(genomen).as("the screenshots the walk takes are those the guide shows")
                .containsExactlyInAnyOrderElementsOf(getoond);
        if (SCHRIJF) {
            try (var bestanden = Files.list(GidsTest.AFBEELDINGEN)) {
                for (var oud : bestanden.filter(b -> !getoond.contains(b.getFileName().toString())).toList()) {
                    Files.delete(oud);
                }
            }
        }
    }

    /** The guide's own pages: axe at 1280 px, and at 390 and 320 px without sideways scrolling. */
    @Test
    void deHandleidingIsToegankelijkEnPastOpElkeTelefoon() {
        page.navigate(url("/hulp"));
        assertThat(page.locator("h1")).hasText("Handleiding");
        assertGeenToegankelijkheidsproblemen(page);
        bekijkOpTelefoons("/hulp", "hulp-openbaar");
        for (var hoofdstuk : Hoofdstuk.values()) {
            if (hoofdstuk.openbaar()) {
                bekijkOpTelefoons("/hulp/" + hoofdstuk.naam(), "hulp-" + hoofdstuk.naam());
            }
        }
        var g = testgegevens.gemeente();
        login(testgegevens.account(g.id(), Rol.AMBTENAAR), Testgegevens.WACHTWOORD);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Hulp").setExact(true)).click();
        assertThat(page).hasURL(Pattern.compile("/hulp/aan-de-slag$"));
        for (var hoofdstuk : Hoofdstuk.values()) {
            page.navigate(url("/hulp/" + hoofdstuk.naam()));
            assertThat(page.locator("h1")).hasText(gids.tekst(hoofdstuk).titel());
            assertGeenToegankelijkheidsproblemen(page);
            assertGeenZijwaartsScrollen(page);
            schermafdruk("hulp-ingelogd-" + hoofdstuk.naam() + "-1280");
            bekijkOpTelefoons("/hulp/" + hoofdstuk.naam(), "hulp-ingelogd-" + hoofdstuk.naam());
        }
        bekijkOpTelefoons("/hulp", "hulp-ingelogd");
    }

    private void medewerkerBegint() {
        page.navigate(url("/login"));
        assertHulp("/hulp");
        foto("aan-de-slag-inloggen");
        login("ambtenaar", DemoData.WACHTWOORD);
        assertThat(page.locator("h1")).containsText("Welkom");
        assertHulp("/hulp/aan-de-slag");
        foto("aan-de-slag-start");
        page.navigate(url("/beveiliging"));
        foto("aan-de-slag-beveiliging");
    }

    private void ambtenaarRegistreertEnSchrijft() {
        page.navigate(url("/wijkoverleggen"));
        assertHulp("/hulp/wijkoverleg-registreren");
        foto("wijkoverleg-registreren-lijst");
        link("Wijkoverleg registreren");
        label("Naam").fill("Wijkoverleg Stommeer");
        label("Stommeer").check();
        page.getByLabel("In oprichting").check();
        page.getByLabel("Openbaar contactadres (e-mail)").fill("bestuur@wijkoverleg-stommeer.example");
        page.getByLabel("2 tekenbevoegde bestuursleden ondertekenen").check();
        foto("wijkoverleg-registreren-formulier");
        knop("Opslaan");
        assertThat(page.locator("h1")).hasText("Bestuurslid toevoegen");
        scan();
        foto("wijkoverleg-registreren-klaar");
        link("Later toevoegen");
        assertThat(page.locator("h1")).hasText("Wijkoverleg Stommeer");

        page.navigate(url("/collegevoorstellen"));
        assertHulp("/hulp/collegevoorstel-schrijven");
        foto("collegevoorstel-schrijven-lijst");
        link("Nieuw collegevoorstel");
        label("Ja").first().check();
        label("Nee").nth(1).check();
        label("Hoe").fill("via staf / mail");
        label("Naam").fill("R. Jonkman");
        label("Team").fill("Team Participatie en Wijkzaken");
        label("Portefeuillehouder").selectOption(new SelectOption()
                .setLabel("Wethouder Willemijn de Wit (participatie, wijkzaken, sport)"));
        label("Onderwerp").fill("Wijkbudget Stommeer 2027");
        scan();
        foto("collegevoorstel-schrijven-formulier");

        var concept = jdbc.queryForObject("select c.id from collegevoorstel c join gemeente g on g.id = c.gemeente_id "
                + "where g.code = 'aalsmeer' and c.onderwerp like 'Subsidieregeling%'", Long.class);
        page.navigate(url("/collegevoorstellen/" + concept + "/besluitpunten/nieuw"));
        page.getByLabel("Tekst van het besluitpunt").fill("de Subsidieregeling bewonersinitiatieven 2027 in te laten "
                + "gaan op 1 januari 2027.");
        page.getByLabel("Geen effect").check();
        scan();
        foto("collegevoorstel-schrijven-besluitpunt");
        page.navigate(url("/collegevoorstellen/" + concept));
        scan();
        foto("collegevoorstel-schrijven-voorstel");
    }

    /** Two rounds, Centrum and Kudelstaart, so that the board member and the wethouder sign different ones. */
    private String[] ambtenaarStartRondes() {
        var rondes = new String[2];
        for (int i = 0; i < 2; i++) {
            page.navigate(url("/ondertekening"));
            link("Ondertekenronde starten");
            page.getByLabel(i == 0 ? "Alleen Wijkoverleg Centrum" : "Alleen Wijkoverleg Kudelstaart").check();
            if (i == 0) {
                scan();
                foto("ondertekenronde-starten-formulier");
            }
            knop("Ronde starten");
            assertThat(page.locator(".melding--succes")).containsText("De ronde is gestart");
            assertHulp("/hulp/ondertekenronde-starten");
            rondes[i] = page.url();
            if (i == 0) {
                foto("ondertekenronde-starten-ronde");
            }
        }
        page.navigate(url("/ondertekening"));
        scan();
        foto("ondertekenronde-starten-overzicht");
        knop("Uitloggen");
        return rondes;
    }

    private void bestuurslidTekentOpDeTelefoon() {
        page.setViewportSize(390, 844);
        var link = url("/ondertekenen/" + uitMail(NOOR, LINK, ""));
        page.navigate(link);
        assertThat(page.locator("h1")).containsText("ondertekenen");
        assertHulp("/hulp/ondertekenen-als-bestuurslid");
        assertGeenZijwaartsScrollen(page);
        scan();
        foto("ondertekenen-als-bestuurslid-telefoon-link");
        knop("Stuur mij een code");
        var melding = page.locator("#ondertekenen [role=status]");
        assertThat(melding).containsText("De code is verstuurd");
        melding.scrollIntoViewIfNeeded();
        fotoHier("ondertekenen-als-bestuurslid-telefoon-code");
        page.getByLabel("Code uit de e-mail").first().fill(uitMail(NOOR, CODE, "Uw code"));
        page.getByLabel("Uw volledige naam").fill("Noor Hoogendoorn");
        page.locator("#ondertekenen").getByRole(AriaRole.CHECKBOX).check();
        page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Stap 2: onderteken"))
                .evaluate("kop => kop.scrollIntoView({block: 'start'})");
        fotoHier("ondertekenen-als-bestuurslid-telefoon-ingevuld");
        knop("Ondertekenen");
        assertThat(page.locator("h1")).hasText("Bedankt, u heeft ondertekend");
        scan();
        foto("ondertekenen-als-bestuurslid-telefoon-klaar");
        page.setViewportSize(1280, 800);
    }

    private void wethouderTekent(String[] rondes) {
        login("wethouder", DemoData.WACHTWOORD);
        page.navigate(rondes[1]);
        scan();
        foto("ondertekenen-als-wethouder-ronde");
        link("Namens de gemeente ondertekenen");
        assertHulp("/hulp/ondertekenen-als-wethouder");
        page.getByLabel("Uw volledige naam").fill("Willemijn de Wit");
        page.getByRole(AriaRole.CHECKBOX).check();
        scan();
        fotoHier("ondertekenen-als-wethouder-formulier");
        knop("Ondertekenen");
        assertThat(page.locator(".melding--succes")).containsText("U heeft namens de gemeente ondertekend.");
        foto("ondertekenen-als-wethouder-klaar");
        knop("Uitloggen");
    }

    private void secretarisLegtVastEnPubliceert() {
        login("secretaris", DemoData.WACHTWOORD);
        page.navigate(url("/vergaderingen"));
        assertHulp("/hulp/vergadering-vastleggen");
        foto("vergadering-vastleggen-lijst");
        page.locator("table a").first().click();
        label("Collegevoorstel").selectOption(new SelectOption().setIndex(1));
        knop("Op de agenda zetten");
        assertThat(page.locator("main table")).containsText("Subsidieregeling");
        scan();
        foto("vergadering-vastleggen-agenda");
        page.locator("main table").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions()
                .setName(Pattern.compile("^Uitkomst vastleggen"))).first().click();
        page.getByLabel("Conform advies").check();
        scan();
        foto("vergadering-vastleggen-uitkomst");

        page.navigate(url("/besluiten"));
        assertHulp("/hulp/besluiten-publiceren");
        foto("besluiten-publiceren-lijst");
        page.locator("table a").first().click();
        scan();
        foto("besluiten-publiceren-besluit");
        link("Publicatie en verval wijzigen");
        scan();
        foto("besluiten-publiceren-formulier");
        knop("Uitloggen");
    }

    private void bestuurslidWerktBestuurBijEnLeest() {
        page.navigate(url("/openbaar/aalsmeer"));
        assertHulp("/hulp/afspraken-lezen");
        foto("afspraken-lezen-register");
        login("bestuurslid", DemoData.WACHTWOORD);
        page.navigate(url("/wijkoverleggen"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Wijkoverleg Hornmeer")).click();
        assertHulp("/hulp/bestuur-bijwerken");
        scan();
        foto("bestuur-bijwerken-wijkoverleg");
        var wijkoverleg = page.url();
        link("Bestuurslid toevoegen");
        label("Naam").fill("Eva Kramer");
        label("E-mailadres").fill("e.kramer@wijkoverleg-hornmeer.example");
        label("Functie").selectOption("LID");
        scan();
        foto("bestuur-bijwerken-toevoegen");
        page.navigate(wijkoverleg);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Uit bestuur Joost van Eerden")).click();
        scan();
        foto("bestuur-bijwerken-beeindigen");

        page.navigate(url("/afspraken"));
        foto("afspraken-lezen-lijst");
        var afspraken = jdbc.queryForObject("select a.id from afspraken a join gemeente g on g.id = a.gemeente_id "
                + "where g.code = 'aalsmeer'", Long.class);
        page.navigate(url("/afspraken/" + afspraken + "/versies/1"));
        scan();
        foto("afspraken-lezen-versie");
        knop("Uitloggen");
    }

    private void beheerderBeheert() {
        login("beheerder", DemoData.WACHTWOORD);
        page.navigate(url("/beheer/accounts"));
        assertHulp("/hulp/gebruikers-beheren");
        foto("gebruikers-beheren-lijst");
        link("Nieuwe gebruiker");
        page.getByLabel("Gebruikersnaam").fill("e.kramer");
        label("Naam").fill("Eva Kramer");
        label("E-mailadres").fill("e.kramer@wijkoverleg-hornmeer.example");
        page.getByLabel("Bestuurslid wijkoverleg").check();
        label("Wijkoverleg Hornmeer").check();
        scan();
        foto("gebruikers-beheren-nieuw");
        page.navigate(url("/beheer/post"));
        scan();
        foto("gebruikers-beheren-post");
    }

    private Locator label(String tekst) {
        return page.getByLabel(tekst, new Page.GetByLabelOptions().setExact(true));
    }

    /** The Help link of the header points at the chapter about this page. */
    private void assertHulp(String pad) {
        assertThat(page.locator("a.kop__hulp")).hasAttribute("href", pad);
    }

    private void scan() {
        assertGeenToegankelijkheidsproblemen(page);
    }

    /** A screenshot of the top of the page, without the focus ring of the field filled last. */
    private void foto(String naam) {
        page.evaluate("() => { document.activeElement?.blur(); window.scrollTo(0, 0); }");
        fotoHier(naam);
    }

    /** A screenshot of the part of the page on the screen now. */
    private void fotoHier(String naam) {
        page.evaluate("() => document.activeElement?.blur()");
        var bestand = naam + ".png";
        assertThat(genomen.add(bestand)).as("screenshot taken twice: " + bestand).isTrue();
        if (SCHRIJF) {
            page.screenshot(new Page.ScreenshotOptions().setPath(GidsTest.AFBEELDINGEN.resolve(bestand)));
        }
    }

    private void link(String naam) {
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(naam).setExact(true)).first().click();
    }

    private void knop(String naam) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(naam).setExact(true)).click();
    }

    /** The first group of the pattern in the latest e-mail to the address whose subject starts so. */
    private String uitMail(String aan, Pattern patroon, String onderwerp) {
        var teksten = jdbc.queryForList("select tekst from uitgaand_bericht where lower(aan) = lower(?) "
                + "and onderwerp like ? order by id desc", String.class, aan, onderwerp + "%");
        assertThat(teksten).as("mail '%s…' to %s", onderwerp, aan).isNotEmpty();
        var m = patroon.matcher(teksten.getFirst());
        assertThat(m.find()).as("%s in the mail to %s", patroon, aan).isTrue();
        return m.group(1);
    }
}
