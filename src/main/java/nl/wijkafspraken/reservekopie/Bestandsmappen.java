package nl.wijkafspraken.reservekopie;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** The one rule for where a backup or a restore may write: a new or empty folder, so that nothing is overwritten. */
final class Bestandsmappen {

    private Bestandsmappen() {
    }

    static void vereisLeeg(Path map, String wat) {
        if (!Files.exists(map)) {
            return;
        }
        if (!Files.isDirectory(map)) {
            throw new ReservekopieException(wat + " (" + map + ") is een bestand, geen map");
        }
        try (Stream<Path> inhoud = Files.list(map)) {
            if (inhoud.findAny().isPresent()) {
                throw new ReservekopieException(wat + " (" + map + ") is niet leeg. Er wordt alleen in een nieuwe of "
                        + "lege map geschreven, zodat nooit iets wordt overschreven: kies een andere map of verplaats "
                        + "de inhoud eerst.");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
