package nl.wijkafspraken.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Crash recovery of the embedded PostgreSQL on a kept folder (issue 14): a JVM killed with SIGKILL leaves its
 * PostgreSQL running, and the next start on the folder stops it and starts; a PostgreSQL killed right after commits
 * leaves a stale {@code postmaster.pid} and loses none of them; a folder held by a running instance or by another
 * program is refused with the PID, and nothing of theirs is stopped. The earlier run is a real second JVM
 * ({@link EmbeddedPostgresKind}). No PostgreSQL of the folder is left afterwards.
 */
class AchtergeblevenPostmasterTest {

    private static final Duration START = Duration.ofSeconds(90);
    private static final Log log = LogFactory.getLog(AchtergeblevenPostmasterTest.class);

    @TempDir
    Path tijdelijk;

    /** Every process of the folder's PostgreSQL seen in a test (postmaster and its children), for the end check. */
    private final List<ProcessHandle> postgres = new ArrayList<>();

    @Test
    void deAchtergeblevenPostgresVanEenGedodeJvmWordtGestoptEnDeDataBlijft() throws Exception {
        var map = tijdelijk.resolve("postgres");
        try (var kind = Kindproces.start(tijdelijk, EmbeddedPostgresKind.class, map.toString(), "wacht", "3")) {
            kind.wachtOp("KLAAR", START);
            var postmaster = postmaster(map);

            // while that run lives, the folder is its own: refused, and its PostgreSQL keeps running
            assertThatThrownBy(() -> EmbeddedPostgresServer.start(map, log)).isInstanceOf(GeenDatabaseException.class)
                    .hasMessageContaining("in gebruik door een andere draaiende Wijkafspraken");
            assertThat(postmaster.isAlive()).isTrue();

            kind.doodHard();
            assertThat(postmaster.isAlive()).as("PostgreSQL overleeft een SIGKILL van zijn JVM").isTrue();

            try (var server = EmbeddedPostgresServer.start(map, log)) {
                assertThat(postmaster.isAlive()).as("de achtergebleven PostgreSQL is gestopt").isFalse();
                assertThat(rijen(server)).isEqualTo(3);
                postmaster(map);
            }
        }
        assertThat(levend()).as("geen PostgreSQL van de map over").isEmpty();
    }

    @Test
    void eenPostgresGedoodNaDeCommitsVerliestGeenEnkeleCommit() throws Exception {
        var map = tijdelijk.resolve("postgres");
        try (var kind = Kindproces.start(tijdelijk, EmbeddedPostgresKind.class, map.toString(), "dood-postgres",
                "200")) {
            kind.wachtOp("KLAAR", START);
            kind.doodHard();
        }
        // the postmaster died with SIGKILL: its postmaster.pid stays behind, with a PID that no longer lives
        var pidBestand = map.resolve("postmaster.pid");
        assertThat(pidBestand).exists();
        var pid = Long.parseLong(Files.readAllLines(pidBestand).getFirst().strip());
        ProcessHandle.of(pid).ifPresent(this::wachtOpEinde);

        try (var server = EmbeddedPostgresServer.start(map, log)) {
            assertThat(rijen(server)).as("elke gemelde commit is er na de crash").isEqualTo(200);
            postmaster(map);
        }
        assertThat(levend()).as("geen PostgreSQL van de map over").isEmpty();
    }

    @Test
    void eenMapVastgehoudenDoorEenAnderProgrammaNoemtHetProcesEnLaatHetMetRust() throws Exception {
        var map = Files.createDirectories(tijdelijk.resolve("postgres"));
        var ander = new ProcessBuilder("sleep", "120").start();
        try {
            Files.writeString(map.resolve("postmaster.pid"), ander.pid() + "\n" + map + "\n");
            assertThatThrownBy(() -> EmbeddedPostgresServer.start(map, log)).isInstanceOf(GeenDatabaseException.class)
                    .hasMessageContaining("wordt vastgehouden door proces " + ander.pid() + " (")
                    .hasMessageContaining("sleep 120")
                    .satisfies(e -> assertThat(((GeenDatabaseException) e).actie())
                            .contains("verwijder dan " + map + "/postmaster.pid"));
            assertThat(ander.isAlive()).isTrue();
            assertThat(map.resolve("PG_VERSION")).doesNotExist();
        } finally {
            ander.destroyForcibly().waitFor();
        }
    }

    /** The folder's running postmaster, from its postmaster.pid, checked to be a PostgreSQL of this folder. */
    private ProcessHandle postmaster(Path map) throws IOException {
        var pid = Long.parseLong(Files.readAllLines(map.resolve("postmaster.pid")).getFirst().strip());
        var postmaster = ProcessHandle.of(pid).orElseThrow();
        assertThat(AchtergeblevenPostmaster.isPostgresVan(postmaster, map)).isTrue();
        postgres.add(postmaster);
        postmaster.descendants().forEach(postgres::add);
        return postmaster;
    }

    private static long rijen(EmbeddedPostgresServer server) throws Exception {
        try (var verbinding = server.eigenaar().getConnection();
                var resultaat = verbinding.createStatement().executeQuery("select count(*) from bewaard")) {
            resultaat.next();
            return resultaat.getLong(1);
        }
    }

    private List<ProcessHandle> levend() {
        postgres.forEach(this::wachtOpEinde);
        return postgres.stream().filter(ProcessHandle::isAlive).toList();
    }

    /** The children of a stopped postmaster end on their own, shortly after it. */
    private void wachtOpEinde(ProcessHandle proces) {
        try {
            proces.onExit().get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            // still alive: reported by the caller's check
        }
    }

    /** Whatever a failed test left running is killed, so that no PostgreSQL outlives the test run. */
    @AfterEach
    void ruimOp() {
        var map = tijdelijk.resolve("postgres");
        ProcessHandle.allProcesses().filter(p -> AchtergeblevenPostmaster.isPostgresVan(p, map))
                .forEach(postgres::add);
        postgres.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
    }
}
