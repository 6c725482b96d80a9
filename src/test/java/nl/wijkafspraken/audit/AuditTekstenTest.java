package nl.wijkafspraken.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;

/**
 * Every code that can appear in an audit line has a Dutch word in messages.properties (issue 15 part 5), so the
 * screen never shows EFFECT_UITGEVOERD or CONFORM_ADVIES. Like TemplateTekstenTest it reads the sources, so a new
 * audit call or a new enum is checked without anyone having to list it here: the actions and object types of every
 * {@code audit.registreer…(…)} call, and the constants of every enum of the application (they reach the trail
 * through {@code Wijziging}'s snapshots and through summaries such as "(ACTIEF)").
 */
class AuditTekstenTest {

    private static final Path BRONNEN = Path.of("src/main/java");
    private static final Path MESSAGES = Path.of("src/main/resources/messages.properties");
    private static final Pattern AANROEP = Pattern.compile("\\baudit\\w*\\.(registreer|registreerWijziging|registreerInlog)\\(");
    private static final Pattern CONSTANTE = Pattern.compile("static final String (\\w+) = \"([^\"]*)\";");
    private static final Pattern VERWIJZING = Pattern.compile("(?:(\\w+)\\.)?([A-Z][A-Z0-9_]*)");
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]*[A-Z0-9]");

    /**
     * Enums that never reach an audit line: the screen's own words (the flash message kind, the search result
     * kind), the rights matrix (its descriptions are actie.*), the login state machine, the chain check's report,
     * the comparison of two texts, the seal verifier's answers and the user guide's chapters, all shown on their own
     * pages with their own messages.
     */
    private static final Set<String> NOOIT_IN_DE_TRAIL = Set.of("nl.wijkafspraken.gedeeld.Melding$Soort",
            "nl.wijkafspraken.register.Zoekuitkomst$Soort", "nl.wijkafspraken.gedeeld.Actie",
            "nl.wijkafspraken.tweedefactor.Stand", "nl.wijkafspraken.audit.Ketencontrole$Keten",
            "nl.wijkafspraken.audit.Ketencontrole$Breuk", "nl.wijkafspraken.afspraken.Fragment$Soort",
            "nl.wijkafspraken.afspraken.ArtikelVergelijking$Wijziging", "nl.wijkafspraken.zegel.Verificatie$Uitkomst",
            "nl.wijkafspraken.zegel.Zegelcontrole$Uitkomst", "nl.wijkafspraken.zegel.Tijdstempel$Status", "nl.wijkafspraken.hulp.Hoofdstuk");

    @Test
    void elkeActieEnElkSoortObjectHeeftEenNederlandseNaam() throws IOException {
        var berichten = berichten();
        var acties = new TreeSet<String>();
        var objecttypen = new TreeSet<String>();
        for (var bron : bronnen()) {
            var tekst = Files.readString(bron);
            var aanroep = AANROEP.matcher(tekst);
            while (aanroep.find()) {
                var argumenten = argumenten(tekst, aanroep.end());
                var inlog = aanroep.group(1).equals("registreerInlog");
                acties.addAll(waarden(bron, tekst, argumenten.get(inlog ? 2 : 1)));
                objecttypen.addAll(inlog ? Set.of("Account") : waarden(bron, tekst, argumenten.get(2)));
            }
        }
        // The scan must find the calls at all, or this test would pass on nothing.
        assertThat(acties).contains("AANGEMAAKT", "EFFECT_UITGEVOERD", "INLOG_GELUKT", "TWEEDE_FACTOR_GELUKT")
                .hasSizeGreaterThan(60);
        assertThat(objecttypen).contains("Wijkoverleg", "BwVergadering", "Verzegeld document", "Account");

        assertThat(acties.stream().map(actie -> "audit.actie." + actie).filter(sleutel -> !berichten.containsKey(sleutel)))
                .as("acties zonder Nederlandse naam").isEmpty();
        assertThat(objecttypen.stream()
                .map(type -> "audit.objecttype." + type.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", ""))
                .filter(sleutel -> !berichten.containsKey(sleutel))).as("soorten object zonder Nederlandse naam").isEmpty();
    }

    @Test
    void elkeWaardeVanElkeEnumHeeftEenNederlandsWoord() throws Exception {
        var berichten = berichten();
        var scanner = new ClassPathScanningCandidateComponentProvider(false) {
            @Override
            protected boolean isCandidateComponent(
                    org.springframework.beans.factory.annotation.AnnotatedBeanDefinition definitie) {
                return true;
            }
        };
        scanner.addIncludeFilter(new AssignableTypeFilter(Enum.class));
        var ontbrekend = new TreeSet<String>();
        var gezien = new ArrayList<String>();
        for (var definitie : scanner.findCandidateComponents("nl.wijkafspraken")) {
            var naam = definitie.getBeanClassName();
            var klasse = Class.forName(naam);
            var uitTests = klasse.getProtectionDomain().getCodeSource().getLocation().getPath()
                    .contains("test-classes");
            if (!klasse.isEnum() || uitTests || NOOIT_IN_DE_TRAIL.contains(naam)) {
                continue;
            }
            gezien.add(naam);
            for (var waarde : klasse.getEnumConstants()) {
                var sleutel = "audit.waarde." + ((Enum<?>) waarde).name();
                if (!berichten.containsKey(sleutel)) {
                    ontbrekend.add(sleutel + " (" + klasse.getSimpleName() + ")");
                }
            }
        }
        assertThat(gezien).contains("nl.wijkafspraken.besluit.Uitkomst", "nl.wijkafspraken.bestuur.CollegeRol",
                "nl.wijkafspraken.wijkoverleg.WijkoverlegStatus");
        assertThat(ontbrekend).as("enumwaarden zonder Nederlands woord").isEmpty();
    }

    @Test
    void uitgezonderdeEnumsBestaanNog() throws ClassNotFoundException {
        // An exception for a class that was renamed would silently exempt nothing and hide nothing; keep the list true.
        for (var naam : NOOIT_IN_DE_TRAIL) {
            assertThat(Class.forName(naam).isEnum()).as(naam).isTrue();
        }
    }

    /** The values a call argument can have: a literal, a constant of this file or of another, or (a parameter
     * named e.g. actie) every upper-case constant of this file, which is how the login classes pass theirs. */
    private static Set<String> waarden(Path bron, String tekst, String argument) throws IOException {
        if (argument.startsWith("\"")) {
            return Set.of(argument.substring(1, argument.length() - 1));
        }
        var verwijzing = VERWIJZING.matcher(argument);
        if (verwijzing.matches()) {
            var elders = verwijzing.group(1) == null ? tekst : Files.readString(bronnen().stream()
                    .filter(pad -> pad.getFileName().toString().equals(verwijzing.group(1) + ".java")).findFirst()
                    .orElseThrow(() -> new AssertionError("Geen bron voor " + argument)));
            var constante = CONSTANTE.matcher(elders);
            while (constante.find()) {
                if (constante.group(1).equals(verwijzing.group(2))) {
                    return Set.of(constante.group(2));
                }
            }
            // OBJECTTYPE = Bestuursmutatie.OBJECTTYPE: followed to the other class.
            var doorverwijzing = Pattern.compile("static final String " + verwijzing.group(2) + " = (\\w+)\\.(\\w+);")
                    .matcher(elders);
            if (doorverwijzing.find()) {
                return waarden(bron, tekst, doorverwijzing.group(1) + "." + doorverwijzing.group(2));
            }
            var statischeImport = Pattern.compile("import static [\\w.]+\\.(\\w+)\\." + verwijzing.group(2) + ";")
                    .matcher(elders);
            if (verwijzing.group(1) == null && statischeImport.find()) {
                return waarden(bron, tekst, statischeImport.group(1) + "." + verwijzing.group(2));
            }
            throw new AssertionError("Constante " + argument + " niet gevonden voor " + bron);
        }
        var codes = new TreeSet<String>();
        var constante = CONSTANTE.matcher(tekst);
        while (constante.find()) {
            if (CODE.matcher(constante.group(2)).matches()) {
                codes.add(constante.group(2));
            }
        }
        assertThat(codes).as("codes voor " + argument + " in " + bron).isNotEmpty();
        return codes;
    }

    /** The top-level arguments of the call whose "(" ends at {@code begin}. */
    private static java.util.List<String> argumenten(String tekst, int begin) {
        var argumenten = new ArrayList<String>();
        var huidig = new StringBuilder();
        int diepte = 1;
        boolean inTekst = false;
        for (int i = begin; diepte > 0; i++) {
            char c = tekst.charAt(i);
            if (c == '"' && tekst.charAt(i - 1) != '\\') {
                inTekst = !inTekst;
            } else if (!inTekst && "([{".indexOf(c) >= 0) {
                diepte++;
            } else if (!inTekst && ")]}".indexOf(c) >= 0) {
                diepte--;
            }
            if (diepte == 1 && !inTekst && c == ',') {
                argumenten.add(huidig.toString().strip());
                huidig.setLength(0);
            } else if (diepte > 0) {
                huidig.append(c);
            }
        }
        argumenten.add(huidig.toString().strip());
        return argumenten;
    }

    private static java.util.List<Path> bronnen() throws IOException {
        try (Stream<Path> paden = Files.walk(BRONNEN)) {
            return paden.filter(pad -> pad.toString().endsWith(".java"))
                    .filter(pad -> !pad.endsWith(Path.of("audit", "AuditService.java"))).toList();
        }
    }

    private static Properties berichten() throws IOException {
        var berichten = new Properties();
        try (Reader lezer = Files.newBufferedReader(MESSAGES, StandardCharsets.UTF_8)) {
            berichten.load(lezer);
        }
        return berichten;
    }
}
