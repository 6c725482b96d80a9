package nl.wijkafspraken.wijkoverleg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.Set;
import nl.wijkafspraken.gedeeld.Rol;
import nl.wijkafspraken.support.IntegratieTest;
import nl.wijkafspraken.support.Testgegevens;
import nl.wijkafspraken.support.Testgegevens.TestGemeente;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;

/** The register over HTTP on the real database: the civil servant's main flows and bad input. */
@IntegratieTest
class WijkoverlegRegisterTest {

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

    private MockMvcRequestBuilder registreer(String naam, Object... wijkIds) {
        var request = mvc.post().uri("/wijkoverleggen/nieuw").with(user(ambtenaar)).with(csrf())
                .param("naam", naam).param("status", "ACTIEF").param("aantalTekenbevoegden", "2")
                .param("contactadres", "info@noord.example");
        for (Object wijkId : wijkIds) {
            request.param("wijkIds", wijkId.toString());
        }
        return request;
    }

    private int aantalWijkoverleggen() {
        return jdbc.queryForObject("select count(*) from wijkoverleg where gemeente_id = ?", Integer.class,
                gemeente.id());
    }

    @Test
    void ambtenaarRegistreertWijkoverlegEnVindtHetInDeLijst() {
        var resultaat = registreer("Wijkoverleg Noordkant", gemeente.wijkNoord(), gemeente.wijkZuid())
                .param("oprichtingsdatum", "2024-02-29").exchange();
        assertThat(resultaat).hasStatus3xxRedirection();
        var id = jdbc.queryForObject("select id from wijkoverleg where gemeente_id = ? and naam = ?", Long.class,
                gemeente.id(), "Wijkoverleg Noordkant");
        assertThat(resultaat).redirectedUrl().isEqualTo("/wijkoverleggen/" + id + "/bestuursleden/nieuw");
        assertThat(jdbc.queryForList("select wijk_id from wijkoverleg_wijk where wijkoverleg_id = ?", Long.class, id))
                .containsExactlyInAnyOrder(gemeente.wijkNoord(), gemeente.wijkZuid());
        assertThat(jdbc.queryForObject("select count(*) from audit_regel where objecttype = 'Wijkoverleg' "
                + "and object_id = ? and gebruikersnaam = ?", Integer.class, id.toString(), ambtenaar)).isEqualTo(1);

        assertThat(mvc.get().uri("/wijkoverleggen?naam=noordk").with(user(ambtenaar))).hasStatusOk().bodyText()
                .contains("Wijkoverleg Noordkant", "Noord, Zuid", "Actief");
        assertThat(mvc.get().uri("/wijkoverleggen/" + id).with(user(ambtenaar))).hasStatusOk().bodyText()
                .contains("Wijkoverleg Noordkant", "29 februari 2024", "info@noord.example",
                        "2 tekenbevoegde bestuursleden ondertekenen",
                        "Het bestuur heeft geen tekenbevoegde leden, en volgens de ondertekenregel ondertekenen "
                                + "er twee.")
                .doesNotContain("minder dan");
    }

    @Test
    void zoekenOpWijkEnStatusEnPagineren() {
        gegevens.wijkoverleg(gemeente.id(), "Alfa", Set.of(gemeente.wijkNoord()));
        gegevens.wijkoverleg(gemeente.id(), "Bravo", Set.of(gemeente.wijkZuid()));
        for (int i = 0; i < 21; i++) {
            gegevens.wijkoverleg(gemeente.id(), "Charlie " + i, Set.of(gemeente.wijkZuid()));
        }
        assertThat(mvc.get().uri("/wijkoverleggen?wijk=" + gemeente.wijkNoord()).with(user(ambtenaar)))
                .bodyText().contains("Alfa").doesNotContain("Bravo");
        assertThat(mvc.get().uri("/wijkoverleggen?status=OPGEHEVEN").with(user(ambtenaar)))
                .bodyText().contains("Geen wijkoverleggen gevonden");
        assertThat(mvc.get().uri("/wijkoverleggen").with(user(ambtenaar)))
                .bodyText().contains("Pagina 1 van 2", "pagina=1", "Alfa").doesNotContain("Charlie 9");
        assertThat(mvc.get().uri("/wijkoverleggen?pagina=1").with(user(ambtenaar)))
                .bodyText().contains("Pagina 2 van 2", "Charlie 9");
        assertThat(mvc.get().uri("/wijkoverleggen?naam=%25").with(user(ambtenaar)))
                .bodyText().contains("Geen wijkoverleggen gevonden");
    }

    @Test
    void htmxZoekopdrachtKrijgtAlleenDeResultaten() {
        gegevens.wijkoverleg(gemeente.id(), "Delta", Set.of(gemeente.wijkNoord()));
        assertThat(mvc.get().uri("/wijkoverleggen?naam=delta").header("HX-Request", "true").with(user(ambtenaar)))
                .hasStatusOk().bodyText().contains("Delta", "id=\"resultaten\"", "id=\"resultaten-aantal\"")
                .doesNotContain("<header");
    }

    @Test
    void legeEnTeLangeInvoerGeeftNederlandseMeldingenEnBewaartNiets() {
        assertThat(registreer("")).hasStatusOk().bodyText()
                .contains("Vul de naam van het wijkoverleg in.", "Kies minstens een wijk.");
        assertThat(registreer("x".repeat(151), gemeente.wijkNoord())).hasStatusOk().bodyText()
                .contains("Dit is te lang: gebruik hoogstens 150 tekens.");
        assertThat(mvc.post().uri("/wijkoverleggen/nieuw").with(user(ambtenaar)).with(csrf()).param("naam", "Goed")
                .param("wijkIds", "" + gemeente.wijkNoord()).param("status", "ACTIEF")
                .param("aantalTekenbevoegden", "1").param("contactadres", "geen-adres")
                .param("oprichtingsdatum", "31-02-abc")).hasStatusOk().bodyText()
                .contains("Vul een geldig e-mailadres in", "Vul een geldige datum in");
        assertThat(registreer("Goed", "niet-een-getal")).hasStatusOk().bodyText()
                .contains("Kies alleen wijken uit de lijst.");
        assertThat(aantalWijkoverleggen()).isZero();
    }

    @Test
    void ingevuldeWaardenBlijvenStaanNaEenFout() {
        assertThat(registreer("Mijn wijkoverleg").param("notities", "Belangrijke notitie")).hasStatusOk()
                .bodyText().contains("value=\"Mijn wijkoverleg\"", "Belangrijke notitie", "info@noord.example");
    }

    @Test
    void scriptInNaamWordtAlsTekstGetoond() {
        var id = gegevens.wijkoverleg(gemeente.id(), "<script>alert(1)</script>", Set.of(gemeente.wijkNoord()));
        assertThat(mvc.get().uri("/wijkoverleggen/" + id).with(user(ambtenaar))).bodyText()
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>alert(1)");
        assertThat(mvc.get().uri("/wijkoverleggen").with(user(ambtenaar))).bodyText()
                .contains("&lt;script&gt;").doesNotContain("<script>alert(1)");
    }

    @Test
    void wijkVanEenAndereGemeenteWordtGeweigerd() {
        var andere = gegevens.gemeente();
        assertThat(registreer("Grensgeval", andere.wijkNoord())).hasStatusOk().bodyText()
                .contains("Kies alleen wijken van deze gemeente.");
        assertThat(aantalWijkoverleggen()).isZero();
    }

    @Test
    void dubbeleNaamWordtGeweigerd() {
        gegevens.wijkoverleg(gemeente.id(), "Echo", Set.of(gemeente.wijkNoord()));
        assertThat(registreer("echo", gemeente.wijkZuid())).hasStatusOk().bodyText()
                .contains("Er is al een wijkoverleg met de naam echo in deze gemeente.");
        assertThat(aantalWijkoverleggen()).isEqualTo(1);
    }

    @Test
    void opheffenZonderRedenGeeftMeldingBijHetVeld() {
        var id = gegevens.wijkoverleg(gemeente.id(), "Foxtrot", Set.of(gemeente.wijkNoord()));
        assertThat(mvc.post().uri("/wijkoverleggen/" + id + "/wijzigen").with(user(ambtenaar)).with(csrf())
                .param("naam", "Foxtrot").param("wijkIds", "" + gemeente.wijkNoord()).param("status", "OPGEHEVEN")
                .param("opheffingsdatum", "2026-01-01").param("aantalTekenbevoegden", "1").param("versie", "0"))
                .hasStatusOk().bodyText().contains("Vul de reden van opheffing in.");
        assertThat(jdbc.queryForObject("select status from wijkoverleg where id = ?", String.class, id))
                .isEqualTo("ACTIEF");
    }

    @Test
    void tweedeWijzigingOpEenVerouderdFormulierKrijgtConflictEnOverschrijftNiets() {
        var id = gegevens.wijkoverleg(gemeente.id(), "Golf", Set.of(gemeente.wijkNoord()));
        var collega = gegevens.account(gemeente.id(), Rol.AMBTENAAR);
        // Both opened the form on version 0; the colleague saves first.
        assertThat(wijzig(collega, id, "Golf (collega)", 0)).hasStatus3xxRedirection();
        assertThat(wijzig(ambtenaar, id, "Golf (ik)", 0)).hasStatusOk().bodyText()
                .contains("Iemand anders heeft dit intussen gewijzigd", "value=\"Golf (ik)\"");
        assertThat(jdbc.queryForObject("select naam from wijkoverleg where id = ?", String.class, id))
                .isEqualTo("Golf (collega)");
    }

    private MockMvcRequestBuilder wijzig(String wie, long id, String naam, long versie) {
        return mvc.post().uri("/wijkoverleggen/" + id + "/wijzigen").with(user(wie)).with(csrf())
                .param("naam", naam).param("wijkIds", "" + gemeente.wijkNoord()).param("status", "ACTIEF")
                .param("aantalTekenbevoegden", "1").param("versie", "" + versie);
    }

    @Test
    void bestuurWijzigenBewaartDeHistorie() {
        var id = gegevens.wijkoverleg(gemeente.id(), "Hotel", Set.of(gemeente.wijkNoord()));
        assertThat(mvc.post().uri("/wijkoverleggen/" + id + "/bestuursleden/nieuw").with(user(ambtenaar)).with(csrf())
                .param("naam", "Ina Penning").param("email", "ina@hotel.example").param("functie", "LID")
                .param("startdatum", "2021-03-01")).hasStatus3xxRedirection();
        var lidId = jdbc.queryForObject("select id from bestuurslid where wijkoverleg_id = ? and naam = 'Ina Penning'",
                Long.class, id);

        assertThat(mvc.post().uri("/wijkoverleggen/" + id + "/bestuursleden/" + lidId + "/wijzigen")
                .with(user(ambtenaar)).with(csrf()).param("naam", "Ina Penning").param("email", "ina@hotel.example")
                .param("functie", "PENNINGMEESTER").param("tekenbevoegd", "true").param("startdatum", "2021-03-01")
                .param("per", "2025-01-01").param("versie", "0")).hasStatus3xxRedirection();

        var perioden = jdbc.queryForList("select functie, startdatum::text, einddatum::text, tekenbevoegd "
                + "from bestuurslid where wijkoverleg_id = ? and naam = 'Ina Penning' order by startdatum", id);
        assertThat(perioden).hasSize(2);
        assertThat(perioden.get(0)).containsEntry("functie", "LID").containsEntry("einddatum", "2024-12-31");
        assertThat(perioden.get(1)).containsEntry("functie", "PENNINGMEESTER").containsEntry("einddatum", null)
                .containsEntry("tekenbevoegd", true);

        var nieuwId = jdbc.queryForObject("select id from bestuurslid where wijkoverleg_id = ? and einddatum is null "
                + "and naam = 'Ina Penning'", Long.class, id);
        assertThat(mvc.get().uri("/wijkoverleggen/" + id + "/bestuursleden/" + nieuwId + "/beeindigen")
                .with(user(ambtenaar))).hasStatusOk().bodyText().contains("Ina Penning uit het bestuur");
        assertThat(mvc.post().uri("/wijkoverleggen/" + id + "/bestuursleden/" + nieuwId + "/beeindigen")
                .with(user(ambtenaar)).with(csrf()).param("einddatum", "2026-06-30").param("versie", "0"))
                .hasStatus3xxRedirection();
        assertThat(mvc.get().uri("/wijkoverleggen/" + id).with(user(ambtenaar))).bodyText()
                .contains("Andere perioden", "30 juni 2026", "31 december 2024");
    }

    @Test
    void bestuurslidZonderGeldigeGegevensWordtNietToegevoegd() {
        var id = gegevens.wijkoverleg(gemeente.id(), "India", Set.of(gemeente.wijkNoord()));
        assertThat(mvc.post().uri("/wijkoverleggen/" + id + "/bestuursleden/nieuw").with(user(ambtenaar)).with(csrf())
                .param("naam", " ").param("email", "geen").param("telefoon", "bel me").param("functie", "KEIZER"))
                .hasStatusOk().bodyText().contains("Vul de naam in.", "Vul een geldig e-mailadres in",
                        "Vul een geldig telefoonnummer in", "Deze waarde is ongeldig.",
                        "Vul de datum in waarop het bestuurslidmaatschap begint.");
        assertThat(jdbc.queryForObject("select count(*) from bestuurslid where wijkoverleg_id = ?", Integer.class, id))
                .isEqualTo(1);
    }

    @Test
    void wijkenZonderActiefWijkoverlegZijnZichtbaar() {
        gegevens.wijkoverleg(gemeente.id(), "Juliet", Set.of(gemeente.wijkNoord()));
        assertThat(mvc.get().uri("/wijken").with(user(ambtenaar))).hasStatusOk().bodyText()
                .contains("Juliet", "Geen actief wijkoverleg");
        assertThat(mvc.post().uri("/wijken/nieuw").with(user(ambtenaar)).with(csrf()).param("naam", "noord"))
                .hasStatusOk().bodyText().contains("Er is al een wijk noord in deze gemeente.");
        assertThat(mvc.post().uri("/wijken/nieuw").with(user(ambtenaar)).with(csrf()).param("naam", "Stommeer"))
                .hasStatus3xxRedirection();
        assertThat(jdbc.queryForObject("select count(*) from wijk where gemeente_id = ?", Integer.class,
                gemeente.id())).isEqualTo(3);
    }
}
