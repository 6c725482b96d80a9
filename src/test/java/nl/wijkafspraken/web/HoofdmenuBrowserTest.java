package nl.wijkafspraken.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static nl.wijkafspraken.support.Testgegevens.WACHTWOORD;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.wijkafspraken.gedeeld.Rol;
import nl.wijkafspraken.support.BrowserTest;
import nl.wijkafspraken.support.Testgegevens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The main menu (issue 15, part 4), measured in the browser: for the role with the most sections (the beheerder) it
 * is one row at 1280 px, the rarer sections in groups that open with the keyboard and without script; each label is
 * the title of the page it opens; the current section is marked (its group too); at 390 and 320 px nothing sticks
 * out sideways, also with a group open.
 */
class HoofdmenuBrowserTest extends BrowserTest {

    @Autowired
    Testgegevens gegevens;

    private String beheerder() {
        var gemeente = gegevens.gemeente();
        var beheerder = gegevens.account(gemeente.id(), Rol.BEHEERDER);
        login(beheerder, WACHTWOORD);
        page.navigate(url("/"));
        return beheerder;
    }

    @Test
    void hetMenuPastOpEenRijBij1280PixelsEnOndertekeningStaatErIn() {
        beheerder();
        var items = page.locator(".hoofdmenu__rij > li");
        assertThat(items.count()).isGreaterThanOrEqualTo(7);
        var boven = new ArrayList<Double>();
        for (int i = 0; i < items.count(); i++) {
            boven.add(items.nth(i).boundingBox().y);
        }
        assertThat(boven).as("top of every menu item at 1280 px").allMatch(y -> Math.abs(y - boven.getFirst()) < 1);
        var rij = page.locator(".hoofdmenu__rij").boundingBox();
        var laatste = items.last().boundingBox();
        assertThat(laatste.x + laatste.width).isLessThanOrEqualTo(rij.x + rij.width + 0.5);
        assertThat(page.locator(".hoofdmenu").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions()
                .setName("Ondertekening").setExact(true))).isVisible();
        assertThat(page.locator(".hoofdmenu a[aria-current=page]")).hasText("Start");
        assertGeenToegankelijkheidsproblemen(page);
        page.locator(".hoofdmenu").screenshot(new Locator.ScreenshotOptions()
                .setPath(java.nio.file.Path.of("target", "screenshots", "HoofdmenuBrowserTest-1280.png")));
    }

    @Test
    void eenGroepOpentMetHetToetsenbordEnMarkeertDeHuidigePagina() {
        beheerder();
        var beheer = page.locator(".hoofdmenu summary", new com.microsoft.playwright.Page.LocatorOptions()
                .setHasText("Beheer"));
        var post = page.locator(".hoofdmenu").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions()
                .setName("Uitgaande e-mail"));
        assertThat(post).isHidden();
        tabNaar(beheer);
        page.keyboard().press("Enter");
        assertThat(post).isVisible();
        schermafdruk("groep-open-1280");
        tabNaar(post);
        page.keyboard().press("Enter");
        page.waitForURL(url("/beheer/post"));
        assertThat(page.locator(".hoofdmenu a[aria-current=page]")).hasText("Uitgaande e-mail");
        assertThat(page.locator(".hoofdmenu summary.hoofdmenu__actief")).hasText("Beheer");
        assertThat(page.locator(".hoofdmenu summary.hoofdmenu__actief")).hasCount(1);
    }

    @Test
    void elkMenulabelIsDeTitelVanDePaginaDieHetOpent() {
        beheerder();
        @SuppressWarnings("unchecked")
        var links = (List<Map<String, String>>) page.evaluate("""
                () => [...document.querySelectorAll('.hoofdmenu a')]
                    .map(a => ({href: a.getAttribute('href'), label: a.textContent.trim()}))""");
        assertThat(links).hasSizeGreaterThanOrEqualTo(13);
        var afwijkingen = new ArrayList<String>();
        for (var link : links) {
            page.navigate(url(link.get("href")));
            var titel = page.title().split(" · ")[0];
            if (!titel.equals(link.get("label"))) {
                afwijkingen.add(link.get("href") + ": menu \"" + link.get("label") + "\", titel \"" + titel + "\"");
            }
        }
        assertThat(afwijkingen).isEmpty();
    }

    @Test
    void opEenTelefoonStaatNietsOpzijOokNietMetEenOpenGroep() {
        beheerder();
        for (var breedte : new int[] {390, 320}) {
            page.setViewportSize(breedte, 800);
            page.navigate(url("/beheer/audit"));
            assertGeenZijwaartsScrollen(page);
            schermafdruk("menu-" + breedte);
            page.locator(".hoofdmenu summary", new com.microsoft.playwright.Page.LocatorOptions()
                    .setHasText("Registers")).click();
            var mandaten = page.locator(".hoofdmenu").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions()
                    .setName("Mandaatregister"));
            assertThat(mandaten).isVisible();
            assertThat(mandaten.boundingBox().x + mandaten.boundingBox().width).isLessThanOrEqualTo(breedte + 0.5);
            assertGeenZijwaartsScrollen(page);
            assertGeenToegankelijkheidsproblemen(page);
            schermafdruk("menu-" + breedte + "-open");
        }
    }
}
