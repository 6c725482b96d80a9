package nl.wijkafspraken.zegel;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Poppler's {@code pdfsig}, the independent check of the seal. Missing pdfsig fails the test instead of skipping it,
 * so CI cannot turn green without this check ({@code .ci/run} installs poppler-utils).
 */
public final class Pdfsig {

    private Pdfsig() {
    }

    /** What pdfsig prints about the signatures of this PDF. */
    public static String controleer(byte[] pdf, Path map) throws IOException, InterruptedException {
        var bestand = Files.write(Files.createTempFile(map, "zegel", ".pdf"), pdf);
        Process proces;
        try {
            proces = new ProcessBuilder("pdfsig", bestand.toString()).redirectErrorStream(true).start();
        } catch (IOException e) {
            return fail("pdfsig not found: install poppler-utils (apt-get install -y poppler-utils, as .ci/run does)",
                    e);
        }
        var uitvoer = new String(proces.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!proces.waitFor(60, TimeUnit.SECONDS)) {
            proces.destroyForcibly();
            fail("pdfsig did not finish: " + uitvoer);
        }
        return uitvoer;
    }
}
