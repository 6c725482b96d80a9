package nl.wijkafspraken.gedeeld;

import static nl.wijkafspraken.gedeeld.Actie.*;
import static nl.wijkafspraken.gedeeld.Rol.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The role × action matrix and the object rule on top of it: a board member only for its own wijkoverleg. */
class RechtenTest {

    private static final long EIGEN = 5;
    private static final long ANDER = 6;

    @Test
    void elkeActieHeeftEenRijEnEenNederlandseOmschrijving() throws IOException {
        var teksten = new Properties();
        try (var in = getClass().getResourceAsStream("/messages.properties")) {
            teksten.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        for (var actie : Actie.values()) {
            assertThat(Rechtenmatrix.rij(actie)).as(actie.name()).isNotEmpty();
            assertThat(teksten.getProperty(actie.berichtcode())).as(actie.berichtcode()).isNotBlank();
        }
    }

    @Test
    void medewerkersLezenAllesVanDeGemeenteEnEenBestuurslidNietsDaarbuiten() {
        var leesacties = EnumSet.of(WIJKOVERLEGGEN_LEZEN, WIJKEN_LEZEN, AFSPRAKEN_LEZEN, AFSPRAKEN_VOLGEN,
                CONVENANTEN_LEZEN, BESLUITVORMING_LEZEN, COLLEGE_LEZEN, MANDATEN_LEZEN, RONDES_LEZEN);
        for (var rol : Rechtenmatrix.MEDEWERKERS) {
            var gebruiker = gebruiker(Set.of(rol), Set.of());
            leesacties.forEach(actie -> assertThat(Rechten.mag(gebruiker, actie)).as(rol + " " + actie).isTrue());
        }
        var bestuurslid = gebruiker(Set.of(BESTUURSLID), Set.of(EIGEN));
        var vanDeGemeente = Arrays.stream(Actie.values()).filter(a -> Rechten.mag(bestuurslid, a)).toList();
        assertThat(vanDeGemeente).isEmpty();
        var vanHetEigenWijkoverleg = Arrays.stream(Actie.values()).filter(a -> Rechten.mag(bestuurslid, a, EIGEN))
                .toList();
        assertThat(vanHetEigenWijkoverleg).containsExactly(WIJKOVERLEGGEN_LEZEN, BESTUUR_BIJWERKEN, AFSPRAKEN_LEZEN);
    }

    @Test
    void eenBestuurslidWerktAlleenAanHetEigenWijkoverleg() {
        var bestuurslid = gebruiker(Set.of(BESTUURSLID), Set.of(EIGEN));
        assertThat(Rechten.mag(bestuurslid, BESTUUR_BIJWERKEN, EIGEN)).isTrue();
        assertThat(Rechten.mag(bestuurslid, BESTUUR_BIJWERKEN, ANDER)).isFalse();
        assertThat(Rechten.mag(bestuurslid, BESTUUR_BIJWERKEN)).isFalse();
        assertThat(Rechten.mag(bestuurslid, WIJKOVERLEGGEN_BEHEREN, EIGEN)).isFalse();
        assertThat(Rechten.eigenWijkoverleggen(bestuurslid, AFSPRAKEN_LEZEN)).containsExactly(EIGEN);
        assertThat(Rechten.eigenWijkoverleggen(bestuurslid, AFSPRAKEN_VOLGEN)).isEmpty();
        assertThatThrownBy(() -> Rechten.vereis(bestuurslid, BESTUUR_BIJWERKEN, ANDER))
                .isInstanceOf(GeenToegangException.class);
        assertThat(Rechten.vereis(bestuurslid, BESTUUR_BIJWERKEN, EIGEN)).isSameAs(bestuurslid);
    }

    @Test
    void eenBestuurslidZonderWijkoverlegMagNiets() {
        var bestuurslid = gebruiker(Set.of(BESTUURSLID), Set.of());
        assertThat(Arrays.stream(Actie.values())
                .filter(a -> Rechten.mag(bestuurslid, a) || Rechten.mag(bestuurslid, a, EIGEN))).isEmpty();
    }

    @Test
    void eenWijkoverlegTeltAlleenVoorEenRolMetBereikEigenWijkoverleg() {
        // The wijkoverleggen of a BESTUURSLID role add nothing to a SECRETARIS where only the gemeente counts.
        var secretaris = gebruiker(Set.of(SECRETARIS, BESTUURSLID), Set.of(EIGEN));
        assertThat(Rechten.mag(secretaris, WIJKOVERLEGGEN_BEHEREN, EIGEN)).isFalse();
        assertThat(Rechten.mag(secretaris, BESTUUR_BIJWERKEN, EIGEN)).isTrue();
        assertThat(Rechten.mag(secretaris, BESTUUR_BIJWERKEN, ANDER)).isFalse();
        assertThat(Rechten.mag(secretaris, WIJKOVERLEGGEN_LEZEN, ANDER)).isTrue();
    }

    @Test
    void wieSchrijftInDeBesluitvorming() {
        assertThat(rollenDie(COLLEGEVOORSTELLEN_SCHRIJVEN)).containsExactly(AMBTENAAR);
        assertThat(rollenDie(VERGADERINGEN_BEHEREN)).containsExactly(SECRETARIS);
        assertThat(rollenDie(EFFECTEN_OPNIEUW_OPDRAGEN)).containsExactly(SECRETARIS);
        assertThat(rollenDie(BESLUITVORMING_EXPORTEREN)).containsExactlyInAnyOrder(AMBTENAAR, SECRETARIS);
    }

    @Test
    void alleenDeBestuurderTekentNamensDeGemeenteEnAlleenDeBeheerderBeheertGebruikers() {
        assertThat(rollenDie(NAMENS_GEMEENTE_TEKENEN)).containsExactly(BESTUURDER);
        assertThat(rollenDie(ACCOUNTS_BEHEREN)).containsExactly(BEHEERDER);
        assertThat(rollenDie(ROLVERZOEKEN_AFHANDELEN)).as("the second person on BEHEERDER and BESTUURDER")
                .containsExactlyInAnyOrder(BEHEERDER, SECRETARIS);
        assertThat(rollenDie(AUDITTRAIL_LEZEN)).containsExactly(BEHEERDER);
        assertThat(rollenDie(POST_LEZEN)).containsExactly(BEHEERDER);
        assertThat(rollenDie(KOPPELING_VOORSTELLEN)).containsExactly(BEHEERDER);
        assertThat(rollenDie(KOPPELING_AFHANDELEN)).containsExactlyInAnyOrder(BEHEERDER, SECRETARIS);
    }

    @Test
    void deRollenVanEenActiePerBereik() {
        assertThat(Rechtenmatrix.rollen(ACCOUNTS_BEHEREN, Bereik.GEMEENTE)).containsExactly(BEHEERDER);
        assertThat(Rechtenmatrix.rollen(BESTUUR_BIJWERKEN, Bereik.GEMEENTE)).containsExactly(BEHEERDER, AMBTENAAR);
        assertThat(Rechtenmatrix.rollen(BESTUUR_BIJWERKEN, Bereik.EIGEN_WIJKOVERLEG)).containsExactly(BESTUURSLID);
        assertThat(Rechtenmatrix.rollen(ACCOUNTS_BEHEREN, Bereik.EIGEN_WIJKOVERLEG)).isEmpty();
    }

    @Test
    void zonderRolMagNiemandIets() {
        var zonderRol = gebruiker(Set.of(), Set.of(EIGEN));
        assertThat(Arrays.stream(Actie.values())
                .filter(a -> Rechten.mag(zonderRol, a) || Rechten.mag(zonderRol, a, EIGEN))).isEmpty();
    }

    @Test
    void deIngelogdeGebruikerZonderRolKrijgtGeenToegang() {
        var rechten = new Rechten(Optional::empty);
        assertThat(rechten.mag(WIJKOVERLEGGEN_LEZEN)).isFalse();
        assertThat(rechten.mag(WIJKOVERLEGGEN_LEZEN, EIGEN)).isFalse();
        assertThatThrownBy(() -> rechten.vereis(WIJKOVERLEGGEN_LEZEN)).isInstanceOf(GeenToegangException.class);
        assertThatThrownBy(rechten::gebruiker).isInstanceOf(GeenToegangException.class);
    }

    @Test
    void deIngelogdeGebruikerIsDieVanDeActieveGemeente() {
        var ambtenaar = gebruiker(Set.of(AMBTENAAR), Set.of());
        var rechten = new Rechten(() -> Optional.of(ambtenaar));
        assertThat(rechten.mag(AFSPRAKEN_BEHEREN)).isTrue();
        assertThat(rechten.mag(VERGADERINGEN_BEHEREN)).isFalse();
        assertThat(rechten.vereis(CONVENANTEN_BEHEREN)).isSameAs(ambtenaar);
        assertThatThrownBy(() -> rechten.vereis(ACCOUNTS_BEHEREN)).isInstanceOf(GeenToegangException.class);
    }

    /** A template names an action as text: a typo would only show when the page renders. */
    @Test
    void elkeActieInEenTemplateBestaat() throws IOException {
        var genoemd = new TreeSet<String>();
        var patroon = Pattern.compile("@rechten\\.mag\\('(\\w+)'");
        try (var bestanden = Files.walk(Path.of("src/main/resources/templates"))) {
            for (var bestand : bestanden.filter(b -> b.toString().endsWith(".html")).toList()) {
                var treffers = patroon.matcher(Files.readString(bestand));
                while (treffers.find()) {
                    genoemd.add(treffers.group(1));
                }
            }
        }
        var namen = Arrays.stream(Actie.values()).map(Actie::name).toList();
        assertThat(genoemd).isNotEmpty().allSatisfy(naam -> assertThat(namen).contains(naam));
    }

    private static List<Rol> rollenDie(Actie actie) {
        return Arrays.stream(Rol.values()).filter(r -> Rechten.mag(gebruiker(Set.of(r), Set.of(EIGEN)), actie, EIGEN))
                .toList();
    }

    private static Gebruiker gebruiker(Set<Rol> rollen, Set<Long> wijkoverleggen) {
        return new Gebruiker(1, "test", "Test", 1, "Testgemeente", rollen, wijkoverleggen, List.of());
    }
}
