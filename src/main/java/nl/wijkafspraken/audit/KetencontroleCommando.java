package nl.wijkafspraken.audit;

import java.io.PrintStream;
import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The check of the hash chains as a command, for the operator and for a scheduled job outside the app:
 * {@code java -jar wijkafspraken.jar --ketencontrole} (or {@code ./mvnw spring-boot:run
 * -Dspring-boot.run.arguments=--ketencontrole}). Prints one line per chain and exits with 0 when all are intact, 1
 * otherwise, naming the first broken link of each broken chain (table, row, what is wrong).
 */
@Component
@Profile("ketencontrole")
class KetencontroleCommando implements ApplicationRunner {

    private final Ketencontrole controle;
    private final ApplicationContext context;

    KetencontroleCommando(Ketencontrole controle, ApplicationContext context) {
        this.controle = controle;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) {
        var uitkomsten = controle.controleer();
        druk(uitkomsten, System.out);
        boolean intact = uitkomsten.stream().allMatch(Ketencontrole.Uitkomst::intact);
        System.exit(SpringApplication.exit(context, () -> intact ? 0 : 1));
    }

    static void druk(List<Ketencontrole.Uitkomst> uitkomsten, PrintStream uit) {
        for (var u : uitkomsten) {
            var tabel = u.keten().tabel() + ": ";
            if (u.intact()) {
                uit.println("INTACT    " + tabel + u.regels() + " regels");
            } else if (u.breuk() == Ketencontrole.Breuk.KOP) {
                uit.println("GEBROKEN  " + tabel + "de kop (keten_kop) klopt niet met de laatste regel (schakel "
                        + u.volgnummer() + "): regels aan het eind weggehaald, " + u.regels() + " regels");
            } else {
                uit.println("GEBROKEN  " + tabel + "eerste breuk bij regel " + u.rij() + " (schakel "
                        + u.volgnummer() + ", " + u.breuk() + "), " + u.regels() + " regels");
            }
        }
    }
}
