package nl.wijkafspraken.reservekopie;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * Restores a backup of {@link Reservekopie} into a fresh data folder: first checks every file against the manifest,
 * then refuses a data folder that holds anything and a key file that already exists with other contents, and only
 * then writes. The next start of PostgreSQL on the folder replays the WAL in it to the moment the backup ended.
 */
public final class Herstel {

    private Herstel() {
    }

    /** What was restored, and where. */
    public record Verslag(Path datamap, List<Path> zegelbestanden, String gemaakt, String stopLsn) {
    }

    /**
     * @param reservekopie the backup folder
     * @param datamap      the new data folder of the embedded PostgreSQL: must not exist or be empty
     * @param zegelmap     where the seal's generated key files go ({@code wijkafspraken.zegel.map})
     * @param keystore     the configured keystore ({@code wijkafspraken.zegel.keystore}), or null: a backed-up file
     *                     of that name goes there
     * @throws ReservekopieException when the backup is incomplete or damaged, or a target is taken
     */
    public static Verslag zetTerug(Path reservekopie, Path datamap, Path zegelmap, Path keystore) {
        if (!Files.isDirectory(reservekopie)) {
            throw new ReservekopieException("De reservekopie " + reservekopie + " bestaat niet of is geen map");
        }
        Manifest.controleer(reservekopie);
        if (!Files.isRegularFile(reservekopie.resolve(Reservekopie.DATABASE).resolve("PG_VERSION"))) {
            throw new ReservekopieException(reservekopie + " bevat geen database (" + Reservekopie.DATABASE
                    + "/PG_VERSION ontbreekt)");
        }
        Bestandsmappen.vereisLeeg(datamap, "De nieuwe datamap");
        try {
            var zegel = new ArrayList<Path[]>();
            var zegelbron = reservekopie.resolve(Reservekopie.ZEGEL);
            if (Files.isDirectory(zegelbron)) {
                try (Stream<Path> bestanden = Files.list(zegelbron)) {
                    for (var bron : bestanden.sorted().toList()) {
                        var doel = keystore != null && keystore.getFileName().equals(bron.getFileName())
                                ? keystore : zegelmap.resolve(bron.getFileName());
                        if (Files.exists(doel) && !Arrays.equals(Files.readAllBytes(doel), Files.readAllBytes(bron))) {
                            throw new ReservekopieException("De zegelsleutel " + doel + " bestaat al met een andere "
                                    + "inhoud dan in de reservekopie; verplaats hem eerst, dan wordt hij niet "
                                    + "overschreven");
                        }
                        zegel.add(new Path[] {bron, doel});
                    }
                }
            }

            Files.createDirectories(datamap);
            alleenVoorEigenaar(datamap, "rwx------");
            for (var map : Files.readAllLines(reservekopie.resolve(Reservekopie.MAPPEN), StandardCharsets.UTF_8)) {
                if (!map.isBlank()) {
                    Files.createDirectories(binnen(datamap, map));
                }
            }
            var database = reservekopie.resolve(Reservekopie.DATABASE);
            try (Stream<Path> bestanden = Files.walk(database)) {
                for (var bestand : bestanden.filter(Files::isRegularFile).toList()) {
                    var doel = binnen(datamap, database.relativize(bestand).toString());
                    Files.createDirectories(doel.getParent());
                    Files.copy(bestand, doel);
                }
            }

            var teruggezet = new ArrayList<Path>();
            for (var paar : zegel) {
                if (!Files.exists(paar[1])) {
                    Files.createDirectories(paar[1].toAbsolutePath().getParent());
                    Files.copy(paar[0], paar[1]);
                    alleenVoorEigenaar(paar[1], "rw-------");
                }
                teruggezet.add(paar[1]);
            }
            var gegevens = new java.util.Properties();
            try (var in = Files.newBufferedReader(reservekopie.resolve(Reservekopie.GEGEVENS), StandardCharsets.UTF_8)) {
                gegevens.load(in);
            }
            return new Verslag(datamap, teruggezet, gegevens.getProperty("gemaakt"), gegevens.getProperty("stop-lsn"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A path from the backup, resolved under {@code basis}; a path that would leave it is refused. */
    private static Path binnen(Path basis, String relatief) {
        var pad = basis.resolve(relatief).normalize();
        if (!pad.startsWith(basis.normalize())) {
            throw new ReservekopieException("De reservekopie is beschadigd: " + relatief + " ligt buiten de datamap");
        }
        return pad;
    }

    /** PostgreSQL refuses a data folder others may read; the key is the gemeente's secret. */
    private static void alleenVoorEigenaar(Path pad, String rechten) throws IOException {
        if (pad.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(pad, PosixFilePermissions.fromString(rechten));
        }
    }
}
