package nl.wijkafspraken.reservekopie;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * The backup of a data folder on which no server runs: the command starts the embedded server on it for the backup
 * only, with fsync on (the folder is kept), and stops it after. Its own class, so that the embedded binaries are
 * loaded only when this is needed, never by the application's start.
 */
final class EigenServer {

    private EigenServer() {
    }

    static Reservekopie.Verslag maak(Path datamap, List<Path> zegelbestanden, Path doel) {
        try (var server = EmbeddedPostgres.builder().setDataDirectory(datamap).setCleanDataDirectory(false)
                .setServerConfig("timezone", "UTC").setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on").start();
                Connection verbinding = server.getPostgresDatabase().getConnection()) {
            return Reservekopie.maak(verbinding, zegelbestanden, doel);
        } catch (IOException e) {
            throw new UncheckedIOException("De ingebouwde database op " + datamap + " kon niet starten", e);
        } catch (SQLException e) {
            throw new ReservekopieException("Geen verbinding met de database in " + datamap + ": " + e.getMessage(), e);
        }
    }
}
