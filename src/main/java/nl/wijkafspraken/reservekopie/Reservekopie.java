package nl.wijkafspraken.reservekopie;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Makes a consistent backup of a running PostgreSQL and the seal's key, as PostgreSQL's documentation describes
 * for the low-level API ("Making a Base Backup Using the Low Level API"): {@code pg_backup_start} → copy the data
 * folder while the server runs → {@code pg_backup_stop} → its backup label into the copy → the WAL written from start
 * to stop into the copy's {@code pg_wal}. Started on the copy, PostgreSQL replays that WAL and so reaches exactly the
 * state at {@code pg_backup_stop}: every committed transaction up to then, nothing half.
 *
 * <p>Why physical and not a logical dump through JDBC {@code COPY}: the copy is the database byte for byte (schema,
 * roles, sequences, Flyway's history, the hash chains and their heads), and a restore inserts nothing, so the
 * append-only and chain triggers need no switching off and cannot be got wrong. The price: it restores only onto the
 * same PostgreSQL major version (the embedded binaries of this app), which is what the embedded database is.
 *
 * <p>A temporary replication slot holds the WAL from before the start until the copy has it, so a checkpoint during
 * a long copy cannot recycle a segment the backup needs.
 *
 * <p>The backup folder: {@value #DATABASE}/ (the data folder), {@value #MAPPEN} (its folders, also the empty ones
 * PostgreSQL needs), {@value #ZEGEL}/ (the seal's key files), {@value #GEGEVENS} (what, when, which WAL) and
 * {@value Manifest#NAAM} (SHA-256 of every file), written last.
 */
public final class Reservekopie {

    static final String DATABASE = "database";
    static final String ZEGEL = "zegel";
    static final String MAPPEN = "mappen.txt";
    static final String GEGEVENS = "reservekopie.properties";

    /** Files a backup leaves out: the server's own run files, zonky's lock, and stale backup or recovery markers. */
    private static final Set<String> BESTANDEN_WEGLATEN = Set.of("postmaster.pid", "postmaster.opts", "epg-lock",
            "backup_label", "backup_label.old", "tablespace_map", "tablespace_map.old", "recovery.signal",
            "standby.signal", "pg_internal.init");
    /** Folders whose contents a backup leaves out (they are rebuilt at start; pg_wal comes separately). */
    private static final Set<String> INHOUD_WEGLATEN = Set.of("pg_wal", "pg_replslot", "pg_dynshmem", "pg_notify",
            "pg_serial", "pg_snapshots", "pg_stat_tmp", "pg_subtrans");
    private static final String PG_CONTROL = "global/pg_control";

    private Reservekopie() {
    }

    /** What was backed up. */
    public record Verslag(Path map, Instant gemaakt, String startLsn, String stopLsn, int bestanden, long bytes,
            List<String> zegelbestanden) {
    }

    /**
     * Backs up the database server behind {@code superuser} (a connection as a superuser of that server, on the
     * same machine: its data folder is read from disk) and the given key files into {@code doel}, a new or empty
     * folder. The server keeps serving meanwhile.
     *
     * @param zegelbestanden the seal's key files to include (a missing one is left out; see the command)
     * @throws ReservekopieException when {@code doel} is not empty, or the connection is no superuser's
     */
    public static Verslag maak(Connection superuser, List<Path> zegelbestanden, Path doel) {
        Bestandsmappen.vereisLeeg(doel, "De map voor de reservekopie");
        try {
            superuser.setAutoCommit(true);
            if (!Sql.waarde(superuser, "select rolsuper::text from pg_roles where rolname = current_user")
                    .equals("true")) {
                throw new ReservekopieException("Een reservekopie maken kan alleen als superuser van de database");
            }
            var data = Path.of(Sql.waarde(superuser, "show data_directory"));
            var gemaakt = Instant.now();
            Files.createDirectories(doel);
            Sql.voerUit(superuser, "select pg_create_physical_replication_slot('wijkafspraken_reservekopie_' "
                    + "|| pg_backend_pid(), true, true)");
            String start = Sql.waarde(superuser, "select pg_backup_start('wijkafspraken " + gemaakt + "', true)::text");
            var kopie = doel.resolve(DATABASE);
            List<String> mappen;
            String stop;
            String label;
            String tablespaces;
            try {
                mappen = kopieerDatamap(data, kopie);
                Files.copy(data.resolve(PG_CONTROL), kopie.resolve(PG_CONTROL), StandardCopyOption.REPLACE_EXISTING);
            } finally {
                var einde = Sql.rij(superuser, "select lsn::text, labelfile, spcmapfile from pg_backup_stop(false)");
                stop = einde.get(0);
                label = einde.get(1);
                tablespaces = einde.get(2);
            }
            Files.writeString(kopie.resolve("backup_label"), label, StandardCharsets.UTF_8);
            if (tablespaces != null && !tablespaces.isEmpty()) {
                Files.writeString(kopie.resolve("tablespace_map"), tablespaces, StandardCharsets.UTF_8);
            }
            kopieerWal(superuser, data.resolve("pg_wal"), kopie.resolve("pg_wal"), start, stop);
            Sql.voerUit(superuser, "select pg_drop_replication_slot('wijkafspraken_reservekopie_' || pg_backend_pid())");
            Files.write(doel.resolve(MAPPEN), mappen, StandardCharsets.UTF_8);

            var zegel = new ArrayList<String>();
            for (var bestand : zegelbestanden) {
                if (Files.isRegularFile(bestand)) {
                    Files.createDirectories(doel.resolve(ZEGEL));
                    Files.copy(bestand, doel.resolve(ZEGEL).resolve(bestand.getFileName()));
                    zegel.add(bestand.getFileName().toString());
                }
            }
            Files.writeString(doel.resolve(GEGEVENS), String.join("\n",
                    "# Reservekopie van Wijkafspraken (README, Backups and restore)",
                    "gemaakt=" + gemaakt,
                    "postgresql=" + Sql.waarde(superuser, "show server_version"),
                    "datamap=" + data,
                    "start-lsn=" + start,
                    "stop-lsn=" + stop,
                    "zegel=" + String.join(",", zegel)) + "\n", StandardCharsets.UTF_8);
            Manifest.schrijf(doel);
            return new Verslag(doel, gemaakt, start, stop, aantalBestanden(doel), omvang(doel), zegel);
        } catch (SQLException e) {
            throw new ReservekopieException("De database weigerde de reservekopie: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Copies the data folder but what a backup leaves out; returns every folder (relative), also the empty ones. */
    private static List<String> kopieerDatamap(Path data, Path kopie) throws IOException {
        var mappen = new TreeSet<String>();
        Files.walkFileTree(data, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path map, BasicFileAttributes attributen) throws IOException {
                var relatief = relatief(data, map);
                Files.createDirectories(kopie.resolve(relatief));
                if (!relatief.isEmpty()) {
                    mappen.add(relatief);
                }
                return INHOUD_WEGLATEN.contains(relatief) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path bestand, BasicFileAttributes attributen) throws IOException {
                var naam = bestand.getFileName().toString();
                var relatief = relatief(data, bestand);
                if (attributen.isRegularFile() && !BESTANDEN_WEGLATEN.contains(naam) && !naam.startsWith("pgsql_tmp")
                        && !relatief.equals(PG_CONTROL)) {
                    try {
                        Files.copy(bestand, kopie.resolve(relatief));
                    } catch (NoSuchFileException weg) {
                        // dropped while copying (a table, a temporary file): the WAL replay knows it is gone
                    }
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path bestand, IOException fout) throws IOException {
                if (fout instanceof NoSuchFileException) {
                    return FileVisitResult.CONTINUE;
                }
                throw fout;
            }
        });
        mappen.add("pg_wal/archive_status");
        mappen.add("pg_wal/summaries");
        return new ArrayList<>(mappen);
    }

    /** The WAL segments from the one holding the start to the one holding the stop, and the timeline histories. */
    private static void kopieerWal(Connection superuser, Path wal, Path doel, String start, String stop)
            throws SQLException, IOException {
        var eerste = Sql.waarde(superuser, "select pg_walfile_name('" + start + "'::pg_lsn)");
        var laatste = Sql.waarde(superuser, "select pg_walfile_name('" + stop + "'::pg_lsn)");
        Files.createDirectories(doel);
        try (Stream<Path> bestanden = Files.list(wal)) {
            for (var bestand : bestanden.filter(Files::isRegularFile).toList()) {
                var naam = bestand.getFileName().toString();
                boolean segment = naam.matches("[0-9A-F]{24}") && naam.compareTo(eerste) >= 0
                        && naam.compareTo(laatste) <= 0;
                if (segment || naam.endsWith(".history")) {
                    Files.copy(bestand, doel.resolve(naam));
                }
            }
        }
        if (!Files.exists(doel.resolve(laatste)) || !Files.exists(doel.resolve(eerste))) {
            throw new ReservekopieException("De WAL van de reservekopie is niet compleet (" + eerste + " tot " + laatste
                    + ")");
        }
    }

    private static String relatief(Path basis, Path pad) {
        return basis.relativize(pad).toString().replace('\\', '/');
    }

    private static int aantalBestanden(Path map) throws IOException {
        try (Stream<Path> paden = Files.walk(map)) {
            return (int) paden.filter(Files::isRegularFile).count();
        }
    }

    private static long omvang(Path map) throws IOException {
        try (Stream<Path> paden = Files.walk(map)) {
            return paden.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }
}
