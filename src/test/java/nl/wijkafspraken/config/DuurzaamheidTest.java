package nl.wijkafspraken.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.apache.commons.logging.LogFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded PostgreSQL writes every commit to disk before it reports it when its data folder is kept (the demo),
 * and keeps zonky's fast settings on a throw-away folder (the tests). Both started through the application's own
 * code, as the demo and the tests start it; the settings as the server reports them.
 */
class DuurzaamheidTest {

    @TempDir
    Path tijdelijk;

    @Test
    void eenBewaardeMapSchrijftElkeCommitVeiligWeg() throws Exception {
        try (var server = EmbeddedPostgresServer.start(tijdelijk.resolve("postgres"), LogFactory.getLog(getClass()))) {
            assertThat(toon(server, "fsync")).isEqualTo("on");
            assertThat(toon(server, "synchronous_commit")).isEqualTo("on");
            assertThat(toon(server, "full_page_writes")).isEqualTo("on");
        }
    }

    @Test
    void eenWegwerpmapBlijftSnel() throws Exception {
        try (var server = EmbeddedPostgresServer.start(null, LogFactory.getLog(getClass()))) {
            assertThat(toon(server, "fsync")).isEqualTo("off");
            assertThat(toon(server, "synchronous_commit")).isEqualTo("off");
        }
    }

    private static String toon(EmbeddedPostgresServer server, String instelling) throws Exception {
        try (var verbinding = server.eigenaar().getConnection();
                var resultaat = verbinding.createStatement().executeQuery("show " + instelling)) {
            resultaat.next();
            return resultaat.getString(1);
        }
    }
}
