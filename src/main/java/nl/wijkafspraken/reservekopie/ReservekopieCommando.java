package nl.wijkafspraken.reservekopie;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.util.StringUtils;

/**
 * The backup and restore of the embedded database as commands, run by {@code WijkafsprakenApplication.main} before
 * and instead of the application (no Spring context, no web server, no demo data):
 * <pre>
 * java -jar wijkafspraken.jar --reservekopie=/pad/naar/nieuwe-map
 * java -jar wijkafspraken.jar --terugzetten=/pad/naar/reservekopie
 * </pre>
 * Both read {@code wijkafspraken.embedded-postgres.data-dir} and {@code wijkafspraken.zegel.*} where the app reads
 * them ({@link Instellingen}). The backup finds a running app's embedded server through the data folder's
 * {@code postmaster.pid} and backs it up online; when none runs, it starts the server on the folder for the backup
 * and stops it again. The restore writes only into a new or empty data folder; the app's next start on that folder
 * (or {@code --ketencontrole}) replays the WAL and opens the restored database.
 */
public final class ReservekopieCommando {

    public static final String MAAK = "--reservekopie=";
    public static final String TERUGZETTEN = "--terugzetten=";

    private ReservekopieCommando() {
    }

    /** Whether the arguments ask for a backup or a restore. */
    public static boolean gevraagd(String[] args) {
        return Arrays.stream(args).anyMatch(a -> a.startsWith(MAAK) || a.startsWith(TERUGZETTEN));
    }

    /** Runs the command; returns the exit status: 0 done, 1 refused (the reason printed), 2 failed. */
    public static int voerUit(String[] args, PrintStream uit, PrintStream fout) {
        // Boot has not set up logging (no context): keep the embedded server's start and stop out of the answer.
        // Only that logger: in a test JVM this runs next to the application, whose log must stay as it is.
        LoggingSystem.get(ReservekopieCommando.class.getClassLoader()).setLogLevel("io.zonky", LogLevel.WARN);
        try {
            var instellingen = Instellingen.uit(args);
            if (instellingen.eigenDatabase()) {
                throw new ReservekopieException("spring.datasource.url is ingesteld: deze opdracht is voor de "
                        + "ingebouwde database. Maak van een eigen PostgreSQL een reservekopie met pg_dump en zet hem "
                        + "terug met pg_restore (README, \"Backups and restore\").");
            }
            var maak = waarde(args, MAAK);
            if (maak != null) {
                druk(maak(instellingen, Path.of(maak).toAbsolutePath().normalize()), uit);
            } else {
                druk(Herstel.zetTerug(Path.of(waarde(args, TERUGZETTEN)).toAbsolutePath().normalize(),
                        instellingen.datamap(), instellingen.zegelmap(), instellingen.keystore()), uit);
            }
            return 0;
        } catch (ReservekopieException e) {
            fout.println("GEWEIGERD: " + e.getMessage());
            return 1;
        } catch (RuntimeException e) {
            fout.println("MISLUKT: " + e);
            e.printStackTrace(fout);
            return 2;
        }
    }

    private static Reservekopie.Verslag maak(Instellingen instellingen, Path doel) {
        Bestandsmappen.vereisLeeg(doel, "De map voor de reservekopie");
        var datamap = instellingen.datamap();
        if (!Files.isRegularFile(datamap.resolve("PG_VERSION"))) {
            throw new ReservekopieException("In " + datamap + " staat geen database (wijkafspraken.embedded-postgres"
                    + ".data-dir)");
        }
        var poort = draaiendePoort(datamap);
        if (poort != null) {
            try (Connection verbinding = superuser(poort)) {
                return Reservekopie.maak(verbinding, instellingen.zegelbestanden(), doel);
            } catch (SQLException e) {
                throw new ReservekopieException("Geen verbinding met de database op poort " + poort + ": "
                        + e.getMessage(), e);
            }
        }
        return EigenServer.maak(datamap, instellingen.zegelbestanden(), doel);
    }

    /**
     * The port of the server that runs on the folder now, from line 4 of {@code postmaster.pid}, if a superuser
     * connection to it works and it serves this folder; null otherwise (a stale file after a crash included).
     */
    static Integer draaiendePoort(Path datamap) {
        var pidbestand = datamap.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidbestand)) {
            return null;
        }
        try {
            var regels = Files.readAllLines(pidbestand, StandardCharsets.UTF_8);
            var poort = Integer.parseInt(regels.get(3).strip());
            try (Connection verbinding = superuser(poort)) {
                var map = Sql.waarde(verbinding, "show data_directory");
                return Path.of(map).toRealPath().equals(datamap.toRealPath()) ? poort : null;
            }
        } catch (IOException | SQLException | RuntimeException e) {
            return null;
        }
    }

    private static Connection superuser(int poort) throws SQLException {
        // zonky's initdb trusts local connections; the server listens on localhost only
        return DriverManager.getConnection("jdbc:postgresql://localhost:" + poort + "/postgres", "postgres", "");
    }

    private static String waarde(String[] args, String voorvoegsel) {
        for (var arg : args) {
            if (arg.startsWith(voorvoegsel)) {
                var waarde = arg.substring(voorvoegsel.length());
                if (!StringUtils.hasText(waarde)) {
                    throw new ReservekopieException(voorvoegsel + " heeft een map nodig, bijvoorbeeld "
                            + voorvoegsel + "/var/backups/wijkafspraken/2026-12-03");
                }
                return waarde;
            }
        }
        return null;
    }

    private static void druk(Reservekopie.Verslag verslag, PrintStream uit) {
        uit.println("Reservekopie gemaakt in " + verslag.map());
        uit.println("  database tot WAL-positie " + verslag.stopLsn() + " (" + verslag.gemaakt() + "), "
                + verslag.bestanden() + " bestanden, " + verslag.bytes() / (1024 * 1024) + " MB");
        uit.println("  zegelsleutel: " + (verslag.zegelbestanden().isEmpty()
                ? "geen gevonden (wijkafspraken.zegel.map of .keystore)" : String.join(", ", verslag.zegelbestanden())));
        uit.println("  controle: sha256sum -c manifest.sha256 in die map; terugzetten met --terugzetten=" + verslag.map());
    }

    private static void druk(Herstel.Verslag verslag, PrintStream uit) {
        var zegel = new ArrayList<String>();
        verslag.zegelbestanden().forEach(p -> zegel.add(p.toString()));
        uit.println("Reservekopie van " + verslag.gemaakt() + " teruggezet in " + verslag.datamap());
        uit.println("  zegelsleutel: " + (zegel.isEmpty() ? "niet in de reservekopie" : String.join(", ", zegel)));
        uit.println("  de eerste start op deze map speelt de WAL af tot " + verslag.stopLsn() + "; controleer daarna "
                + "met --ketencontrole");
    }

    /** The settings the commands need, read as the app reads them: arguments, environment, application.properties. */
    record Instellingen(boolean eigenDatabase, Path datamap, Path zegelmap, Path keystore) {

        static Instellingen uit(String[] args) {
            var bron = Instellingsbron.uit(args);
            var data = bron.waarde("wijkafspraken.embedded-postgres.data-dir", "data/postgres");
            if (!StringUtils.hasText(data)) {
                throw new ReservekopieException("wijkafspraken.embedded-postgres.data-dir is leeg (een tijdelijke "
                        + "database): daarvan wordt geen reservekopie gemaakt");
            }
            var map = bron.waarde("wijkafspraken.zegel.map", "data");
            var keystore = bron.waarde("wijkafspraken.zegel.keystore", "");
            return new Instellingen(StringUtils.hasText(bron.waarde("spring.datasource.url", "")), pad(data),
                    StringUtils.hasText(map) ? pad(map) : null, StringUtils.hasText(keystore) ? pad(keystore) : null);
        }

        /** The configured keystore, or the generated test certificate and its password file. */
        List<Path> zegelbestanden() {
            if (keystore != null) {
                return List.of(keystore);
            }
            return zegelmap == null ? List.of()
                    : List.of(zegelmap.resolve("zegel.p12"), zegelmap.resolve("zegel.p12.wachtwoord"));
        }

        private static Path pad(String waarde) {
            return Path.of(waarde).toAbsolutePath().normalize();
        }
    }
}
