package nl.wijkafspraken.support;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One Playwright with one headless Chromium for the whole test run: starting a browser costs seconds, a fresh
 * BrowserContext per test costs milliseconds and isolates cookies just as well. Kept in JUnit's root store, which
 * closes it (AutoCloseable) when the run ends.
 *
 * <p>Debian's /usr/bin/chromium, never a downloaded browser: the build machines reach no browser download site.
 * A missing Chromium fails the tests instead of skipping them, so that CI cannot turn green without running them
 * ({@code .ci/run} installs it).
 */
final class Chromium implements AutoCloseable {

    static final Path PROGRAMMA = Path.of("/usr/bin/chromium");

    /** Without the background-networking flags Chromium keeps calling Google's hosts, refused on this network. */
    private static final List<String> ARGUMENTEN = List.of("--no-sandbox", "--disable-gpu",
            "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run");

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(Chromium.class);

    private final Playwright playwright;
    private final Browser browser;

    private Chromium() {
        if (!Files.isExecutable(PROGRAMMA)) {
            throw new IllegalStateException(PROGRAMMA + " not found: install Debian's Chromium for the browser tests"
                    + " (apt-get install -y chromium, as .ci/run does)");
        }
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        try {
            browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                    .setExecutablePath(PROGRAMMA)
                    .setHeadless(true)
                    .setArgs(ARGUMENTEN));
        } catch (RuntimeException e) {
            playwright.close();
            throw e;
        }
    }

    /** The browser of this test run, started on first use. */
    static Browser browser(ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE)
                .computeIfAbsent(Chromium.class, sleutel -> new Chromium(), Chromium.class).browser;
    }

    @Override
    public void close() {
        playwright.close();
    }
}
