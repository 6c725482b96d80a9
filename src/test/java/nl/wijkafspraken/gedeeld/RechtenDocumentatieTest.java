package nl.wijkafspraken.gedeeld;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * {@code src/docs/rechten.md} is the role × action matrix as {@link Rechtenmatrix} has it, with the Dutch texts of
 * messages.properties. Fails with the differing lines when the file is out of date; with
 * {@code -Drechten.schrijf=true} it writes the file instead.
 */
class RechtenDocumentatieTest {

    static final Path BESTAND = Path.of("src/docs/rechten.md");
    static final String HERSCHRIJVEN = "./mvnw -B -q verify -Dtest=RechtenDocumentatieTest "
            + "-Dsurefire.failIfNoSpecifiedTests=false -Drechten.schrijf=true";

    @Test
    void rechtenMdVolgtUitDeRechtenmatrix() throws IOException {
        var verwacht = matrixAlsMarkdown(teksten());
        if (Boolean.getBoolean("rechten.schrijf")) {
            Files.createDirectories(BESTAND.getParent());
            Files.writeString(BESTAND, verwacht, StandardCharsets.UTF_8);
            return;
        }
        var huidig = Files.exists(BESTAND) ? Files.readString(BESTAND, StandardCharsets.UTF_8) : "";
        if (!huidig.equals(verwacht)) {
            fail(BESTAND + " is niet bijgewerkt na een wijziging van de rechtenmatrix. Schrijf het opnieuw met\n  "
                    + HERSCHRIJVEN + "\nVerschil (- in het bestand, + uit de code):\n" + verschil(huidig, verwacht));
        }
    }

    static String matrixAlsMarkdown(Properties teksten) {
        var rollen = Arrays.asList(Rol.values());
        var regels = new ArrayList<String>();
        regels.add("# Rechten: wie mag wat");
        regels.add("");
        regels.add("<!-- Generated from gedeeld/Rechtenmatrix by RechtenDocumentatieTest; do not edit by hand. -->");
        regels.add("Generated from `gedeeld/Rechtenmatrix` (the one place that decides) by `RechtenDocumentatieTest`, "
                + "which fails when this file is out of date. Regenerate it with");
        regels.add("");
        regels.add("```");
        regels.add(HERSCHRIJVEN);
        regels.add("```");
        regels.add("");
        regels.add("Every role holds for one gemeente: only the roles of the active gemeente count, and an object of "
                + "another gemeente is \"niet gevonden\" (404). *ja*: everywhere in the active gemeente; "
                + "*eigen wijkoverleg*: only for the wijkoverleggen the role was granted for; *nee*: refused (403).");
        regels.add("");
        regels.add("| module | actie | " + rollen.stream().map(r -> teksten.getProperty("rol." + r.name()))
                .collect(Collectors.joining(" | ")) + " |");
        regels.add("| --- | --- |" + " :---: |".repeat(rollen.size()));
        for (var actie : Actie.values()) {
            var rij = Rechtenmatrix.rij(actie);
            regels.add("| " + actie.module() + " | " + teksten.getProperty(actie.berichtcode()) + " (`" + actie.name()
                    + "`) | " + rollen.stream().map(r -> bereik(rij.get(r))).collect(Collectors.joining(" | "))
                    + " |");
        }
        regels.add("");
        regels.add("Rules about one object stay with the service that owns it, on top of this table: nobody changes "
                + "their own roles or deactivates their own account (`AccountService`); BEHEERDER and BESTUURDER "
                + "take effect only when a second person, a BEHEERDER or the SECRETARIS, confirms "
                + "(`RolverzoekService`); a link between a college member and an account is proposed by one person "
                + "and confirmed by another, never by the account itself (`KoppelingService`); the gemeente signs only through a linked college member with a valid "
                + "mandaat on that day (`GemeenteOndertekening`); a board member reads only afspraken its "
                + "wijkoverleg is party to (`AfsprakenToegang`).");
        return String.join("\n", regels) + "\n";
    }

    private static String bereik(Bereik bereik) {
        if (bereik == null) {
            return "nee";
        }
        return bereik == Bereik.GEMEENTE ? "ja" : "eigen wijkoverleg";
    }

    static Properties teksten() throws IOException {
        var teksten = new Properties();
        try (var in = RechtenDocumentatieTest.class.getResourceAsStream("/messages.properties")) {
            teksten.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return teksten;
    }

    /** The lines only in the file (-) and only in the generated text (+), in their order. */
    private static String verschil(String huidig, String verwacht) {
        List<String> oud = huidig.lines().toList();
        List<String> nieuw = verwacht.lines().toList();
        var uit = new StringBuilder();
        oud.stream().filter(r -> !nieuw.contains(r)).forEach(r -> uit.append("- ").append(r).append('\n'));
        nieuw.stream().filter(r -> !oud.contains(r)).forEach(r -> uit.append("+ ").append(r).append('\n'));
        return uit.isEmpty() ? "(alleen de volgorde of witruimte verschilt)\n" : uit.toString();
    }
}
