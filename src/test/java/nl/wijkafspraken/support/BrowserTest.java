package nl.wijkafspraken.support;

import static org.assertj.core.api.Assertions.fail;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.LifecycleMethodExecutionExceptionHandler;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Base class for browser tests: the running app (the shared {@link IntegratieTest} context) driven by headless
 * Chromium through Playwright. Each test gets a fresh {@link #page} in its own BrowserContext, so no cookie or
 * session leaks between tests; the browser itself is shared by the whole run (see {@link Chromium}). When a test
 * fails, a screenshot lands in {@code target/screenshots/<class>.<method>.png}.
 */
@IntegratieTest
@ExtendWith(BrowserTest.PaginaPerTest.class)
public abstract class BrowserTest {

    /**
     * WCAG 2.1 level A and AA, the level the Dutch government requires (Besluit digitale toegankelijkheid), and the
     * AA criteria that WCAG 2.2 added (e.g. target size), which EN 301 549 is moving to.
     */
    private static final List<String> WCAG_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");
    /** The narrowest screen WCAG 1.4.10 (reflow) asks for, and a common phone. */
    private static final int[] TELEFOONBREEDTES = {320, 390};
    private static final Path SCHERMAFDRUKKEN = Path.of("target", "screenshots");

    @LocalServerPort
    private int poort;

    protected Page page;
    private BrowserContext context;

    /** The absolute address of a path in the app under test, e.g. {@code url("/wijkoverleggen")}. */
    protected String url(String pad) {
        return "http://localhost:" + poort + pad;
    }

    /**
     * Logs in through the real login form and waits for the page the app sends the user to: the start page (or
     * the page asked for before), or the login page with an error for a wrong password.
     */
    protected void login(String gebruikersnaam, String wachtwoord) {
        loginMetWachtwoord(gebruikersnaam, wachtwoord);
        tweedeStap(gebruikersnaam);
    }

    /** Only the first step: the password. The app may then ask for the second factor or its enrolment. */
    protected void loginMetWachtwoord(String gebruikersnaam, String wachtwoord) {
        page.navigate(url("/login"));
        page.locator("#username").fill(gebruikersnaam);
        page.locator("#password").fill(wachtwoord);
        page.locator("form[action$='/login'] [type=submit]").click();
        page.waitForURL(adres -> !adres.endsWith("/login"));
    }

    /**
     * The second factor as the authenticator app of the tests ({@link TweedeStap}) gives it: enrols one when the app
     * asks for it (accounts with BEHEERDER, SECRETARIS or BESTUURDER), types a code when it asks for one, and
     * otherwise does nothing.
     */
    protected void tweedeStap(String gebruikersnaam) {
        if (page.url().endsWith("/beveiliging")) {
            page.navigate(url("/beveiliging/totp"));
            TweedeStap.onthoud(gebruikersnaam, page.locator("[data-totp-sleutel]").textContent());
            page.locator("#totp-code").fill(TweedeStap.code(gebruikersnaam));
            page.locator("form[action$='/beveiliging/totp'] [type=submit]").click();
            page.waitForURL(adres -> adres.endsWith("/beveiliging"));
            page.navigate(url("/"));
        } else if (page.url().endsWith("/tweede-factor")) {
            page.locator("#totp-code").fill(TweedeStap.code(gebruikersnaam));
            page.locator("form[action$='/tweede-factor/totp'] [type=submit]").click();
            page.waitForURL(adres -> !adres.endsWith("/tweede-factor/totp") && !adres.endsWith("/tweede-factor"));
        }
    }

    /** Presses Tab until the element has the keyboard focus; fails when it is not reachable that way. */
    protected void tabNaar(Locator element) {
        for (int i = 0; i < 50; i++) {
            page.keyboard().press("Tab");
            if ((Boolean) element.evaluate("e => e === document.activeElement")) {
                return;
            }
        }
        fail("Not reachable with the Tab key: " + element);
    }

    /** Saves a full-page screenshot as target/screenshots/{@code <class>-<naam>.png}, to look at the layout. */
    protected Path schermafdruk(String naam) {
        var bestand = SCHERMAFDRUKKEN.resolve(getClass().getSimpleName() + "-" + naam + ".png");
        page.screenshot(new Page.ScreenshotOptions().setPath(bestand).setFullPage(true));
        return bestand;
    }

    /**
     * Opens the page on a 320 and a 390 px wide phone and checks at each width that nothing pushes it sideways
     * (WCAG 1.4.10) and that axe finds no problem; photographs it at 320 px as {@code <naam>-320}. Leaves the
     * viewport at 1280 px.
     */
    protected void bekijkOpTelefoons(String pad, String naam) {
        for (var breedte : TELEFOONBREEDTES) {
            page.setViewportSize(breedte, 800);
            page.navigate(url(pad));
            assertGeenZijwaartsScrollen(page);
            assertGeenToegankelijkheidsproblemen(page);
            if (breedte == TELEFOONBREEDTES[0]) {
                schermafdruk(naam + "-" + breedte);
            }
        }
        page.setViewportSize(1280, 800);
    }

    /** Fails when the page is wider than the window, naming the elements that stick out on the right. */
    protected static void assertGeenZijwaartsScrollen(Page page) {
        @SuppressWarnings("unchecked")
        var uitstekend = (List<String>) page.evaluate("""
                () => {
                    const breedte = window.innerWidth;
                    if (document.documentElement.scrollWidth <= breedte) return [];
                    return [...document.querySelectorAll("body *")]
                        .filter(e => e.getBoundingClientRect().right > breedte + 0.5
                            && !(e.parentElement && e.parentElement.getBoundingClientRect().right > breedte + 0.5))
                        .slice(0, 5)
                        .map(e => e.tagName.toLowerCase() + (e.className ? "." + String(e.className).trim().split(/\\s+/).join(".") : "")
                            + " (" + Math.round(e.getBoundingClientRect().right) + " px): "
                            + (e.textContent || "").trim().replace(/\\s+/g, " ").slice(0, 60));
                }""");
        if (!uitstekend.isEmpty()) {
            fail("Sideways scrolling at " + page.viewportSize().width + " px on " + page.url() + ":\n- "
                    + String.join("\n- ", uitstekend));
        }
    }

    /** Runs axe-core on the page as it is now and fails, listing every violation, on any WCAG 2.1/2.2 AA problem. */
    protected static void assertGeenToegankelijkheidsproblemen(Page page) {
        var resultaat = new AxeBuilder(page).withTags(WCAG_AA).analyze();
        if (resultaat.isErrored()) {
            fail("axe could not check " + page.url() + ": " + resultaat.getErrorMessage());
        }
        if (!resultaat.getViolations().isEmpty()) {
            fail("WCAG 2.1 A/AA violations on " + page.url() + ":\n" + resultaat.getViolations().stream()
                    .map(BrowserTest::beschrijf).collect(Collectors.joining("\n")));
        }
    }

    private static String beschrijf(Rule overtreding) {
        return "- " + overtreding.getId() + " (" + overtreding.getImpact() + "): " + overtreding.getHelp() + " "
                + overtreding.getHelpUrl() + overtreding.getNodes().stream()
                        .map(node -> "\n    " + node.getTarget() + ": "
                                + String.valueOf(node.getFailureSummary()).replace("\n", " "))
                        .collect(Collectors.joining());
    }

    /**
     * Opens and closes the page around each test, and photographs it when the test (or a {@code @BeforeEach}
     * such as a login) fails, before {@code @AfterEach} closes it.
     */
    static final class PaginaPerTest implements BeforeEachCallback, AfterEachCallback,
            TestExecutionExceptionHandler, LifecycleMethodExecutionExceptionHandler {

        @Override
        public void beforeEach(ExtensionContext extensionContext) {
            var test = test(extensionContext);
            test.context = Chromium.browser(extensionContext).newContext(new Browser.NewContextOptions()
                    .setLocale("nl-NL")
                    .setTimezoneId("Europe/Amsterdam")
                    .setViewportSize(1280, 800));
            test.page = test.context.newPage();
        }

        @Override
        public void afterEach(ExtensionContext extensionContext) {
            var test = test(extensionContext);
            if (test.context != null) {
                test.context.close();
                test.context = null;
                test.page = null;
            }
        }

        @Override
        public void handleTestExecutionException(ExtensionContext extensionContext, Throwable fout)
                throws Throwable {
            bewaarSchermafdruk(extensionContext, fout);
            throw fout;
        }

        @Override
        public void handleBeforeEachMethodExecutionException(ExtensionContext extensionContext, Throwable fout)
                throws Throwable {
            bewaarSchermafdruk(extensionContext, fout);
            throw fout;
        }

        private static void bewaarSchermafdruk(ExtensionContext extensionContext, Throwable fout) {
            var page = test(extensionContext).page;
            if (page == null || page.isClosed()) {
                return;
            }
            var naam = extensionContext.getRequiredTestClass().getSimpleName() + "."
                    + extensionContext.getRequiredTestMethod().getName() + ".png";
            try {
                page.screenshot(new Page.ScreenshotOptions().setPath(SCHERMAFDRUKKEN.resolve(naam))
                        .setFullPage(true));
            } catch (RuntimeException e) {
                fout.addSuppressed(e);
            }
        }

        private static BrowserTest test(ExtensionContext extensionContext) {
            return (BrowserTest) extensionContext.getRequiredTestInstance();
        }
    }
}
