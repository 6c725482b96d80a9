package nl.wijkafspraken.reservekopie;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The list of every file of a backup with its SHA-256, in the format of {@code sha256sum} (so that an operator can
 * check a copy with {@code sha256sum -c manifest.sha256} too). Written last: a backup without it is unfinished.
 * A restore checks every file against it before it writes anything.
 */
final class Manifest {

    static final String NAAM = "manifest.sha256";

    private Manifest() {
    }

    /** Writes the manifest of every file under {@code map} (except itself). */
    static void schrijf(Path map) {
        var regels = new StringBuilder();
        bestanden(map).forEach((pad, bestand) -> regels.append(sha256(bestand)).append("  ").append(pad).append('\n'));
        try {
            Files.writeString(map.resolve(NAAM), regels, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Checks that the files under {@code map} are exactly those of the manifest, each with its SHA-256.
     *
     * @throws ReservekopieException naming the first file that is missing, added or changed
     */
    static void controleer(Path map) {
        var manifest = map.resolve(NAAM);
        if (!Files.isRegularFile(manifest)) {
            throw new ReservekopieException(map + " is geen volledige reservekopie: " + NAAM + " ontbreekt (het maken "
                    + "is afgebroken, of dit is een andere map)");
        }
        var verwacht = new TreeMap<String, String>();
        try {
            for (var regel : Files.readAllLines(manifest, StandardCharsets.UTF_8)) {
                if (!regel.matches("[0-9a-f]{64}  .+")) {
                    throw new ReservekopieException("De reservekopie is beschadigd: " + NAAM + " bevat een onleesbare "
                            + "regel");
                }
                verwacht.put(regel.substring(66), regel.substring(0, 64));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var aanwezig = bestanden(map);
        for (var pad : verwacht.keySet()) {
            if (!aanwezig.containsKey(pad)) {
                throw new ReservekopieException("De reservekopie is beschadigd: " + pad + " ontbreekt");
            }
        }
        for (var bestand : aanwezig.entrySet()) {
            var hash = verwacht.get(bestand.getKey());
            if (hash == null) {
                throw new ReservekopieException("De reservekopie is beschadigd: " + bestand.getKey() + " staat niet in "
                        + NAAM + " (toegevoegd na het maken)");
            }
            if (!hash.equals(sha256(bestand.getValue()))) {
                throw new ReservekopieException("De reservekopie is beschadigd: " + bestand.getKey() + " heeft een "
                        + "andere SHA-256 dan in " + NAAM + " (gewijzigd na het maken)");
            }
        }
    }

    /** Every regular file under {@code map} but the manifest, by its path relative to {@code map} with '/'. */
    private static Map<String, Path> bestanden(Path map) {
        var bestanden = new TreeMap<String, Path>();
        try (Stream<Path> paden = Files.walk(map)) {
            paden.filter(Files::isRegularFile).forEach(p -> {
                var relatief = map.relativize(p).toString().replace('\\', '/');
                if (!relatief.equals(NAAM)) {
                    bestanden.put(relatief, p);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bestanden;
    }

    static String sha256(Path bestand) {
        try {
            var digest = MessageDigest.getInstance("SHA-256");
            try (InputStream in = new DigestInputStream(Files.newInputStream(bestand), digest)) {
                in.transferTo(OutputStream.nullOutputStream());
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
