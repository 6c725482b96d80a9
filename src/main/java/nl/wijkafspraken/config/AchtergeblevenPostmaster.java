package nl.wijkafspraken.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.commons.logging.Log;

/**
 * The embedded PostgreSQL runs as its own process (started through {@code pg_ctl}), so a JVM killed with SIGKILL (an
 * OOM kill, {@code kill -9}) leaves it running on the data folder. The next start then waited 10 s for a server on
 * its new port and gave up with "Gave up waiting for server to start", never naming the real cause (issue 14).
 *
 * <p>Before the start this looks at the folder's {@code postmaster.pid} (first line: the postmaster's PID):
 * <ul>
 * <li>no file, or a PID that no longer lives: nothing to do, PostgreSQL removes a stale file itself and recovers
 * from its WAL;</li>
 * <li>a living PostgreSQL of this very folder ({@code postgres -D <folder>}) while no running application holds the
 * folder (zonky's lock file {@code epg-lock} is free): the orphan of a killed run, stopped with SIGINT (PostgreSQL's
 * fast shutdown: a checkpoint, then exit) before the new start;</li>
 * <li>a living process that cannot be recognised as a PostgreSQL of this folder (another program with a reused
 * PID; on Windows, where Java cannot read another process's arguments, also an orphan), or a folder a running
 * application holds: a {@link GeenDatabaseException} that names the PID and says what to do. Nothing is stopped
 * then.</li>
 * </ul>
 */
final class AchtergeblevenPostmaster {

    /** zonky's own lock file in the data folder: held by the JVM whose embedded PostgreSQL uses the folder. */
    static final String ZONKY_SLOT = "epg-lock";
    /** A fast shutdown writes one checkpoint; of a demo database that takes seconds, not minutes. */
    private static final long STOPTIJD_SECONDEN = 60;

    private AchtergeblevenPostmaster() {
    }

    static void ruimOp(Path map, Log log) {
        if (inGebruik(map)) {
            throw new GeenDatabaseException("""
                    De datamap %s is in gebruik door een andere draaiende Wijkafspraken (ingebouwde PostgreSQL).
                    The data folder %s is in use by another running Wijkafspraken (embedded PostgreSQL)."""
                    .formatted(map, map), """
                    Stop die andere Wijkafspraken, of start deze met een eigen map: \
                    --wijkafspraken.embedded-postgres.data-dir=<map>.
                    Stop that other Wijkafspraken, or start this one on a folder of its own: \
                    --wijkafspraken.embedded-postgres.data-dir=<folder>.""");
        }
        var pid = pid(map.resolve("postmaster.pid"));
        var proces = pid.flatMap(ProcessHandle::of).filter(ProcessHandle::isAlive);
        if (proces.isEmpty() || proces.get().pid() == ProcessHandle.current().pid()) {
            return;
        }
        if (!isPostgresVan(proces.get(), map)) {
            throw new GeenDatabaseException("""
                    De datamap %s wordt vastgehouden door proces %d (%s), dat niet als PostgreSQL van deze map te \
                    herkennen is; het staat in %s/postmaster.pid.
                    The data folder %s is held by process %d (%s), which cannot be recognised as a PostgreSQL of this \
                    folder; it is named in %s/postmaster.pid.""".formatted(map, pid.get(), beschrijf(proces.get()), map, map, pid.get(),
                    beschrijf(proces.get()), map), """
                    Is proces %d een PostgreSQL-server die deze map gebruikt, stop die dan. Is het een ander \
                    programma (het procesnummer is na een crash hergebruikt), verwijder dan %s/postmaster.pid en start \
                    opnieuw; PostgreSQL herstelt zich dan zelf.
                    If process %d is a PostgreSQL server on this folder, stop it. If it is another program (the \
                    process number was reused after a crash), delete %s/postmaster.pid and start again; PostgreSQL \
                    then recovers by itself.""".formatted(pid.get(), map, pid.get(), map));
        }
        log.warn("Een ingebouwde PostgreSQL (proces " + pid.get() + ") draait nog op " + map + " sinds een vorige "
                + "start die niet netjes stopte; die wordt nu gestopt");
        stop(proces.get(), map);
    }

    /** True when another process (a running application, or a test in this JVM) holds zonky's lock on the folder. */
    private static boolean inGebruik(Path map) {
        var slot = map.resolve(ZONKY_SLOT);
        if (!Files.exists(slot)) {
            return false;
        }
        try (var kanaal = FileChannel.open(slot, StandardOpenOption.WRITE)) {
            var lock = kanaal.tryLock();
            if (lock == null) {
                return true;
            }
            lock.release();
            return false;
        } catch (OverlappingFileLockException e) {
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException("Kan " + slot + " niet lezen", e);
        }
    }

    private static Optional<Long> pid(Path bestand) {
        try {
            var regels = Files.readAllLines(bestand);
            return regels.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(regels.getFirst().strip()));
        } catch (IOException | NumberFormatException e) {
            // no file, or a half-written one: PostgreSQL itself judges it at its start
            return Optional.empty();
        }
    }

    /** A {@code postgres} program started with {@code -D} on this folder, as pg_ctl starts the postmaster. */
    static boolean isPostgresVan(ProcessHandle proces, Path map) {
        var info = proces.info();
        var programma = info.command().map(AchtergeblevenPostmaster::bestandsnaam).orElse("");
        if (!programma.equals("postgres") && !programma.equals("postgres.exe")) {
            return false;
        }
        List<String> argumenten = Arrays.asList(info.arguments().orElse(new String[0]));
        var d = argumenten.indexOf("-D");
        return d >= 0 && d + 1 < argumenten.size() && zelfdeMap(argumenten.get(d + 1), map);
    }

    private static String bestandsnaam(String pad) {
        try {
            var naam = Path.of(pad).getFileName();
            return naam == null ? "" : naam.toString();
        } catch (InvalidPathException e) {
            return "";
        }
    }

    private static boolean zelfdeMap(String pad, Path map) {
        try {
            return Path.of(pad).toRealPath().equals(map.toRealPath());
        } catch (IOException | InvalidPathException e) {
            return false;
        }
    }

    private static boolean sigint(ProcessHandle proces) throws InterruptedException {
        if (System.getProperty("os.name", "").startsWith("Windows")) {
            return false;
        }
        try {
            return new ProcessBuilder("kill", "-INT", Long.toString(proces.pid())).inheritIO().start().waitFor() == 0;
        } catch (IOException e) {
            return false;
        }
    }

    private static String beschrijf(ProcessHandle proces) {
        return proces.info().commandLine().or(() -> proces.info().command()).orElse("onbekend programma");
    }

    /**
     * Stops the postmaster and waits for it. SIGINT is PostgreSQL's fast shutdown (clients are cut off, a checkpoint,
     * exit); Java's destroy() sends SIGTERM, a smart shutdown that waits for each client, only the fallback (Windows,
     * which has no {@code kill} and no SIGINT for another process).
     */
    private static void stop(ProcessHandle proces, Path map) {
        try {
            if (!sigint(proces)) {
                proces.destroy();
            }
            proces.onExit().get(STOPTIJD_SECONDEN, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new GeenDatabaseException("""
                    De achtergebleven PostgreSQL (proces %d) op %s stopte niet binnen %d seconden.
                    The PostgreSQL left behind (process %d) on %s did not stop within %d seconds."""
                    .formatted(proces.pid(), map, STOPTIJD_SECONDEN, proces.pid(), map, STOPTIJD_SECONDEN), """
                    Stop proces %d zelf (kill %d) en start opnieuw.
                    Stop process %d yourself (kill %d) and start again."""
                    .formatted(proces.pid(), proces.pid(), proces.pid(), proces.pid()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Onderbroken tijdens het stoppen van PostgreSQL-proces " + proces.pid(), e);
        }
    }
}
