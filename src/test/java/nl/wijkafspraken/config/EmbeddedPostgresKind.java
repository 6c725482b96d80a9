package nl.wijkafspraken.config;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.logging.LogFactory;

/**
 * The child JVM of {@link AchtergeblevenPostmasterTest}: starts the embedded PostgreSQL on a kept folder through the
 * application's own code, commits {@code aantal} rows one transaction each (as many saved answers), and then either
 * waits to be killed ({@code wacht}) or first kills its PostgreSQL with SIGKILL right after the last commit
 * ({@code dood-postgres}, the lost besluit of issue 14). It prints {@code KLAAR} when done.
 * Arguments: folder, mode, number of rows.
 */
final class EmbeddedPostgresKind {

    private EmbeddedPostgresKind() {
    }

    public static void main(String[] args) throws Exception {
        var map = Path.of(args[0]);
        var aantal = Integer.parseInt(args[2]);
        var server = EmbeddedPostgresServer.start(map, LogFactory.getLog(EmbeddedPostgresKind.class));
        try (var verbinding = server.eigenaar().getConnection(); var opdracht = verbinding.createStatement()) {
            opdracht.execute("create table if not exists bewaard (nr int primary key)");
            for (int nr = 1; nr <= aantal; nr++) {
                opdracht.execute("insert into bewaard values (" + nr + ")");
            }
        }
        if (args[1].equals("dood-postgres")) {
            var pid = Long.parseLong(Files.readAllLines(map.resolve("postmaster.pid")).getFirst().strip());
            ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
        }
        System.out.println("KLAAR");
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
