package nl.wijkafspraken.config;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * A second JVM on the tests' classpath, as an operator's {@code java} process would be: what it prints goes to a
 * file (no pipe that could fill up and stall it), and the test waits for a line or for its end.
 */
final class Kindproces implements AutoCloseable {

    private final Process proces;
    private final Path uitvoer;

    private Kindproces(Process proces, Path uitvoer) {
        this.proces = proces;
        this.uitvoer = uitvoer;
    }

    /**
     * Starts {@code hoofdklasse} with {@code argumenten}, without the environment's SPRING_ and WIJKAFSPRAKEN_
     * variables (so that nothing configures a database behind the test's back); its output goes to {@code werkmap}.
     */
    static Kindproces start(Path werkmap, Class<?> hoofdklasse, String... argumenten) throws IOException {
        return start(werkmap, System.getProperty("java.class.path"), hoofdklasse, argumenten);
    }

    /**
     * Starts the application as a jar would run it: its classes and libraries, without the tests' own classes and
     * resources (their profile, their {@code spring.factories} with the test OpenID provider).
     */
    static Kindproces startApp(Path werkmap, Class<?> hoofdklasse, String... argumenten)
            throws IOException, URISyntaxException {
        var testklassen = Path.of(Kindproces.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        var klassenpad = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(item -> !Path.of(item).equals(testklassen))
                .collect(Collectors.joining(File.pathSeparator));
        return start(werkmap, klassenpad, hoofdklasse, argumenten);
    }

    private static Kindproces start(Path werkmap, String klassenpad, Class<?> hoofdklasse, String... argumenten)
            throws IOException {
        var opdracht = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-cp", klassenpad, hoofdklasse.getName()));
        opdracht.addAll(List.of(argumenten));
        var uitvoer = Files.createTempFile(werkmap, "kindproces", ".log");
        var bouwer = new ProcessBuilder(opdracht).redirectErrorStream(true).redirectOutput(uitvoer.toFile());
        bouwer.environment().keySet().removeIf(naam -> naam.startsWith("SPRING_") || naam.startsWith("WIJKAFSPRAKEN_"));
        return new Kindproces(bouwer.start(), uitvoer);
    }

    /** Waits until the process printed a line starting with {@code begin}, and returns that line. */
    String wachtOp(String begin, Duration uiterlijk) throws IOException, InterruptedException {
        var einde = System.nanoTime() + uiterlijk.toNanos();
        while (System.nanoTime() < einde) {
            for (var regel : Files.readAllLines(uitvoer, StandardCharsets.UTF_8)) {
                if (regel.startsWith(begin)) {
                    return regel;
                }
            }
            if (!proces.isAlive()) {
                break;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("Geen regel '" + begin + "' van het kindproces; het schreef:\n" + uitvoer());
    }

    /** Waits for the end of the process and returns its exit code. */
    int wachtOpEinde(Duration uiterlijk) throws InterruptedException, IOException {
        if (!proces.waitFor(uiterlijk.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new AssertionError("Het kindproces stopte niet binnen " + uiterlijk + "; het schreef:\n" + uitvoer());
        }
        return proces.exitValue();
    }

    String uitvoer() throws IOException {
        return Files.readString(uitvoer, StandardCharsets.UTF_8);
    }

    /** SIGKILL, as the OOM killer or {@code kill -9} does: no shutdown hook runs. */
    void doodHard() throws InterruptedException {
        proces.destroyForcibly();
        proces.waitFor();
    }

    @Override
    public void close() throws InterruptedException {
        if (proces.isAlive()) {
            doodHard();
        }
    }
}
