package nl.wijkafspraken.wijkoverleg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.regex.Pattern;
import nl.wijkafspraken.gedeeld.Rol;
import nl.wijkafspraken.support.IntegratieTest;
import nl.wijkafspraken.support.Testgegevens;
import nl.wijkafspraken.support.Testgegevens.TestGemeente;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * The register forms follow the work (issue 15, part 7): opheffing only when that status is chosen, the bestuur as
 * the next step after registering, the signing-rule warning in plain Dutch.
 */
@IntegratieTest
class WijkoverlegFormulierTest {

    @Autowired
    MockMvcTester mvc;
    @Autowired
    Testgegevens gegevens;
    @Autowired
    JdbcTemplate jdbc;

    TestGemeente gemeente;
    String ambtenaar;

    @BeforeEach
    void gemeenteMetAmbtenaar() {
        gemeente = gegevens.gemeente();
        ambtenaar = gegevens.account(gemeente.id(), Rol.AMBTENAAR);
    }

    private static final Pattern OPHEFFING = Pattern.compile("<div id=\"opheffing\"([^>]*)>");

    private String pagina(String pad) {
        var antwoord = mvc.get().uri(pad).with(user(ambtenaar)).exchange();
        assertThat(antwoord).hasStatusOk();
        return tekst(antwoord);
    }

    private static String tekst(org.springframework.test.web.servlet.assertj.MvcTestResult antwoord) {
        try {
            return antwoord.getMvcResult().getResponse().getContentAsString(StandardCharsets.UTF_8);
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The attributes of the opheffing group, or null when the page has none. */
    private static String opheffing(String html) {
        var m = OPHEFFING.matcher(html);
        return m.find() ? m.group(1) : null;
    }

    @Test
    void hetNieuwFormulierVraagtGeenOpheffingEnBiedtOpgehevenNietAan() {
        var formulier = pagina("/wijkoverleggen/nieuw");
        assertThat(opheffing(formulier)).isNull();
        assertThat(formulier).doesNotContain("id=\"opheffingsdatum\"", "id=\"opheffingsreden\"",
                "value=\"OPGEHEVEN\"", "Datum van opheffing", "Reden van opheffing")
                .contains("value=\"IN_OPRICHTING\"", "value=\"ACTIEF\"",
                        "Na het registreren voegt u het bestuur toe");
    }

    @Test
    void eenNieuwWijkoverlegRegistrerenAlsOpgehevenWordtGeweigerd() {
        assertThat(mvc.post().uri("/wijkoverleggen/nieuw").with(user(ambtenaar)).with(csrf())
                .param("naam", "Meteen Weg").param("wijkIds", "" + gemeente.wijkNoord()).param("status", "OPGEHEVEN")
                .param("opheffingsdatum", "2026-01-01").param("opheffingsreden", "Nooit begonnen")
                .param("aantalTekenbevoegden", "1")).hasStatusOk().bodyText()
                .contains("Registreer een nieuw wijkoverleg als In oprichting of Actief.");
        assertThat(jdbc.queryForObject("select count(*) from wijkoverleg where gemeente_id = ?", Integer.class,
                gemeente.id())).isZero();
    }

    @Test
    void hetWijzigformulierVerbergtDeOpheffingTotOpgehevenGekozenIs() {
        var id = gegevens.wijkoverleg(gemeente.id(), "Golf", Set.of(gemeente.wijkNoord()));
        var formulier = pagina("/wijkoverleggen/" + id + "/wijzigen");
        assertThat(opheffing(formulier)).contains("data-toon-bij=\"status=OPGEHEVEN\"").contains("hidden");
        assertThat(formulier).contains("value=\"OPGEHEVEN\"", "id=\"opheffingsdatum\"").doesNotContain("required");

        // Without script: Opgeheven chosen, no date: the answer shows the fields, with the error next to them.
        var antwoord = mvc.post().uri("/wijkoverleggen/" + id + "/wijzigen").with(user(ambtenaar)).with(csrf())
                .param("naam", "Golf").param("wijkIds", "" + gemeente.wijkNoord()).param("status", "OPGEHEVEN")
                .param("aantalTekenbevoegden", "1").param("versie", "0").exchange();
        assertThat(antwoord).hasStatusOk();
        var metFout = tekst(antwoord);
        assertThat(opheffing(metFout)).doesNotContain("hidden");
        assertThat(metFout).contains("Vul de datum van opheffing in.");
        assertThat(jdbc.queryForObject("select status from wijkoverleg where id = ?", String.class, id))
                .isEqualTo("ACTIEF");
    }

    @Test
    void naHetRegistrerenVolgtHetBestuur() {
        var antwoord = mvc.post().uri("/wijkoverleggen/nieuw").with(user(ambtenaar)).with(csrf())
                .param("naam", "Hotel").param("wijkIds", "" + gemeente.wijkNoord()).param("status", "ACTIEF")
                .param("aantalTekenbevoegden", "2").exchange();
        var id = jdbc.queryForObject("select id from wijkoverleg where gemeente_id = ? and naam = 'Hotel'", Long.class,
                gemeente.id());
        var bestuur = "/wijkoverleggen/" + id + "/bestuursleden/nieuw";
        assertThat(antwoord).redirectedUrl().isEqualTo(bestuur);

        var formulier = pagina(bestuur);
        assertThat(formulier).contains("<h1>Bestuurslid toevoegen</h1>", "Dit wijkoverleg heeft nog geen bestuur.",
                "volgens de ondertekenregel ondertekenen twee tekenbevoegde bestuursleden",
                "name=\"vervolg\"", "Opslaan en nog een bestuurslid toevoegen",
                "href=\"/wijkoverleggen/" + id + "\">Later toevoegen</a>");

        // Save and add another: back to an empty form; plain save: to the wijkoverleg.
        assertThat(mvc.post().uri(bestuur).with(user(ambtenaar)).with(csrf()).param("naam", "Ina Eerst")
                .param("email", "ina@hotel.example").param("functie", "VOORZITTER").param("tekenbevoegd", "true")
                .param("startdatum", "2026-01-01").param("vervolg", "nogEen")).redirectedUrl().isEqualTo(bestuur);
        assertThat(pagina(bestuur)).doesNotContain("Dit wijkoverleg heeft nog geen bestuur.");
        assertThat(mvc.post().uri(bestuur).with(user(ambtenaar)).with(csrf()).param("naam", "Jan Tweede")
                .param("email", "jan@hotel.example").param("functie", "SECRETARIS").param("tekenbevoegd", "true")
                .param("startdatum", "2026-01-01")).redirectedUrl().isEqualTo("/wijkoverleggen/" + id);
        assertThat(jdbc.queryForObject("select count(*) from bestuurslid where wijkoverleg_id = ?", Integer.class,
                id)).isEqualTo(2);
    }

    @Test
    void deWaarschuwingOverDeOndertekenregelIsEenGewoneZin() {
        var regelVanTwee = gegevens.wijkoverleg(gemeente.id(), "India", Set.of(gemeente.wijkNoord()));
        jdbc.update("update wijkoverleg set aantal_tekenbevoegden = 2 where id = ?", regelVanTwee);
        assertThat(pagina("/wijkoverleggen/" + regelVanTwee)).contains("Het bestuur heeft één tekenbevoegd lid, en volgens de ondertekenregel ondertekenen er "
                        + "twee. Zo kan het wijkoverleg niet ondertekenen: voeg een tweede tekenbevoegd bestuurslid "
                        + "toe.");

        var zonderTekenbevoegde = gegevens.wijkoverleg(gemeente.id(), "Juliet", Set.of(gemeente.wijkNoord()));
        jdbc.update("update bestuurslid set tekenbevoegd = false where wijkoverleg_id = ?", zonderTekenbevoegde);
        assertThat(pagina("/wijkoverleggen/" + zonderTekenbevoegde)).contains("Het bestuur heeft geen tekenbevoegd lid. Zo kan het wijkoverleg niet ondertekenen: voeg "
                        + "een tekenbevoegd bestuurslid toe.");
        assertThat(pagina("/wijkoverleggen/" + zonderTekenbevoegde)).doesNotContain("minder dan");
    }

    @Test
    void eenBestuurslidRegistreertGeenWijkoverleg() {
        var eigen = gegevens.wijkoverleg(gemeente.id(), "Kilo", Set.of(gemeente.wijkNoord()));
        var bestuurslid = gegevens.bestuurslid(gemeente.id(), eigen);
        assertThat(mvc.post().uri("/wijkoverleggen/nieuw").with(user(bestuurslid)).with(csrf())
                .param("naam", "Eigen Club").param("wijkIds", "" + gemeente.wijkNoord()).param("status", "ACTIEF")
                .param("aantalTekenbevoegden", "1")).hasStatus(403);
        assertThat(jdbc.queryForObject("select count(*) from wijkoverleg where gemeente_id = ?", Integer.class,
                gemeente.id())).isOne();
    }
}
