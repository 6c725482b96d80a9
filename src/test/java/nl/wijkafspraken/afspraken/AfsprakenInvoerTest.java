package nl.wijkafspraken.afspraken;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.wijkafspraken.support.AfsprakenGegevens;
import nl.wijkafspraken.support.IntegratieTest;
import nl.wijkafspraken.support.Testgegevens;
import nl.wijkafspraken.support.Testgegevens.TestGemeente;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** Bad input on the afspraken screens: refused next to the field in Dutch, shown as text, and nothing stored. */
@IntegratieTest
class AfsprakenInvoerTest {

    @Autowired
    MockMvcTester mvc;
    @Autowired
    Testgegevens gegevens;
    @Autowired
    AfsprakenGegevens afsprakenGegevens;
    @Autowired
    JdbcTemplate jdbc;

    TestGemeente gemeente;
    long noord;
    AfsprakenGegevens.Afspraken concept;

    @BeforeEach
    void concept() {
        gemeente = gegevens.gemeente();
        noord = gegevens.wijkoverleg(gemeente.id(), "Noord", Set.of(gemeente.wijkNoord()));
        concept = afsprakenGegevens.concept(gemeente, noord);
    }

    private long slot() {
        return jdbc.queryForObject("select versie from afspraken_versie where id = ?", Long.class, concept.versieId());
    }

    private List<String> koppen() {
        return jdbc.queryForList("select kop from afspraken_artikel where versie_id = ? order by volgnummer",
                String.class, concept.versieId());
    }

    private String artikelen() {
        return "/afspraken/" + concept.id() + "/versies/1/artikelen";
    }

    @Test
    void legeEnTeLangeVeldenWordenNaastHetVeldGeweigerd() {
        assertThat(mvc.post().uri(artikelen() + "/nieuw").with(user(concept.ambtenaar())).with(csrf())
                .param("kop", " ").param("tekst", "").param("versie", "" + slot())).hasStatusOk().bodyText()
                .contains("Vul de kop van het artikel in.", "Vul de tekst van het artikel in.", "aria-invalid=\"true\"");
        assertThat(mvc.post().uri(artikelen() + "/nieuw").with(user(concept.ambtenaar())).with(csrf())
                .param("kop", "k".repeat(201)).param("tekst", "t".repeat(20_001)).param("versie", "" + slot()))
                .hasStatusOk().bodyText().contains("Dit is te lang: gebruik hoogstens 200 tekens.",
                        "Dit is te lang: gebruik hoogstens 20000 tekens.");
        assertThat(mvc.post().uri("/afspraken/nieuw").with(user(concept.ambtenaar())).with(csrf())
                .param("titel", "")).hasStatusOk().bodyText().contains("Vul de titel van de afspraken in.");
        assertThat(koppen()).containsExactly("Rollen", "Samenwerking");
    }

    @Test
    void eenScriptInEenArtikelWordtAlsTekstGetoond() {
        assertThat(mvc.post().uri(artikelen() + "/nieuw").with(user(concept.ambtenaar())).with(csrf())
                .param("kop", "<script>alert('kop')</script>").param("tekst", "<b>vet</b> <img src=x onerror=alert(1)>")
                .param("versie", "" + slot())).hasStatus3xxRedirection();
        assertThat(mvc.get().uri("/afspraken/" + concept.id() + "/versies/1").with(user(concept.ambtenaar())))
                .hasStatusOk().bodyText()
                .contains("&lt;script&gt;alert(&#39;kop&#39;)&lt;/script&gt;", "&lt;b&gt;vet&lt;/b&gt;")
                .doesNotContain("<script>alert", "<img src=x");
    }

    @Test
    void eenVerouderdeVersieGeeftEenConflictEnOverschrijftNiets() {
        var verouderd = slot();
        assertThat(mvc.post().uri(artikelen() + "/1/wijzigen").with(user(concept.ambtenaar())).with(csrf())
                .param("kop", "Eerste wijziging").param("tekst", "Tekst").param("versie", "" + verouderd))
                .hasStatus3xxRedirection();
        assertThat(mvc.post().uri(artikelen() + "/1/wijzigen").with(user(concept.ambtenaar())).with(csrf())
                .param("kop", "Tweede wijziging").param("tekst", "Tekst").param("versie", "" + verouderd))
                .hasStatusOk().bodyText().contains("Iemand anders heeft dit intussen gewijzigd.", "Tweede wijziging");
        var verwijderen = mvc.post().uri(artikelen() + "/2/verwijderen").with(user(concept.ambtenaar())).with(csrf())
                .param("versie", "" + verouderd).exchange();
        assertThat(verwijderen).hasStatus3xxRedirection().flash().containsKey("melding");
        assertThat(koppen()).containsExactly("Eerste wijziging", "Samenwerking");
    }

    @Test
    void eenOnbekendArtikelnummerWordtNietGevonden() {
        assertThat(mvc.get().uri(artikelen() + "/9/wijzigen").with(user(concept.ambtenaar()))).hasStatus(404);
        assertThat(mvc.post().uri(artikelen() + "/9/wijzigen").with(user(concept.ambtenaar())).with(csrf())
                .param("kop", "Kop").param("tekst", "Tekst").param("versie", "" + slot())).hasStatus(404);
        assertThat(mvc.get().uri("/afspraken/" + concept.id() + "/versies/7").with(user(concept.ambtenaar())))
                .hasStatus(404);
    }

    @Test
    void eenVastgesteldeVersieIsOverHttpNietTeWijzigen() {
        var vastgesteld = afsprakenGegevens.vastgesteld(gegevens.gemeente(), LocalDate.of(2026, 5, 4));
        var voor = jdbc.queryForList("select * from afspraken_artikel where versie_id = ?", vastgesteld.versieId());
        var slot = jdbc.queryForObject("select versie from afspraken_versie where id = ?", Long.class,
                vastgesteld.versieId());
        assertThat(mvc.post().uri("/afspraken/" + vastgesteld.id() + "/versies/1/artikelen/1/wijzigen")
                .with(user(vastgesteld.ambtenaar())).with(csrf()).param("kop", "Stiekem").param("tekst", "Tekst")
                .param("versie", "" + slot)).hasStatus(403);
        assertThat(mvc.post().uri("/afspraken/" + vastgesteld.id() + "/versies/1/artikelen/1/verwijderen")
                .with(user(vastgesteld.ambtenaar())).with(csrf()).param("versie", "" + slot))
                .hasStatus3xxRedirection().flash().containsKey("melding");
        assertThat(mvc.get().uri("/afspraken/" + vastgesteld.id() + "/versies/1").with(user(vastgesteld.ambtenaar())))
                .hasStatusOk().bodyText().doesNotContain("Artikel toevoegen", "/verwijderen");
        assertThat(jdbc.queryForList("select * from afspraken_artikel where versie_id = ?", vastgesteld.versieId()))
                .isEqualTo(voor);
    }

    @Test
    void eenWijkoverlegVanEenAndereGemeenteTreedtNietToe() {
        var andere = gegevens.gemeente();
        var vreemd = gegevens.wijkoverleg(andere.id(), "Vreemd", Set.of(andere.wijkNoord()));
        assertThat(mvc.post().uri("/afspraken/" + concept.id() + "/partijen/nieuw").with(user(concept.ambtenaar()))
                .with(csrf()).param("wijkoverlegId", "" + vreemd).param("datum", "2026-06-01")).hasStatusOk()
                .bodyText().contains("Kies een wijkoverleg van deze gemeente dat niet is opgeheven.");
        assertThat(mvc.post().uri("/afspraken/" + concept.id() + "/partijen/nieuw").with(user(concept.ambtenaar()))
                .with(csrf()).param("wijkoverlegId", "geen-getal").param("datum", "4 juni")).hasStatusOk()
                .bodyText().contains("Deze keuze is ongeldig.", "Vul een geldige datum in");
        assertThat(jdbc.queryForList("select wijkoverleg_id from afspraken_deelname where afspraken_id = ?",
                Long.class, concept.id())).containsExactly(noord);
    }

    @Test
    void eenVerlengingMetOnjuisteGegevensWordtGeweigerd() {
        var andere = gegevens.gemeente();
        var vastgesteld = afsprakenGegevens.vastgesteld(andere, LocalDate.of(2026, 5, 4));
        var partij = gegevens.wijkoverleg(andere.id(), "Partij", Set.of(andere.wijkNoord()));
        var pad = "/afspraken/" + vastgesteld.id() + "/partijen/nieuw";
        assertThat(mvc.post().uri(pad).with(user(vastgesteld.ambtenaar())).with(csrf())
                .param("wijkoverlegId", "" + partij).param("datum", "2026-05-04")).hasStatus3xxRedirection();
        var verlengen = "/afspraken/" + vastgesteld.id() + "/verlengingen/nieuw";

        assertThat(mvc.post().uri(verlengen).with(user(vastgesteld.ambtenaar())).with(csrf())
                .param("datum", LocalDate.now().plusDays(2).toString()).param("uitkomst", "VERLENGD")
                .param("partijen[0].wijkoverlegId", "" + partij).param("partijen[0].aanwezig", "true"))
                .hasStatusOk().bodyText().contains("De datum ligt in de toekomst.");
        assertThat(mvc.post().uri(verlengen).with(user(vastgesteld.ambtenaar())).with(csrf())
                .param("datum", "2026-06-01").param("uitkomst", "VERLENGD")
                .param("partijen[0].wijkoverlegId", "" + noord).param("partijen[0].aanwezig", "true"))
                .hasStatusOk().bodyText().contains("Alleen wijkoverleggen die partij zijn");
        assertThat(mvc.post().uri(verlengen).with(user(vastgesteld.ambtenaar())).with(csrf())
                .param("datum", "2026-06-01").param("uitkomst", "VERLENGD")
                .param("partijen[0].wijkoverlegId", "" + partij).param("partijen[0].watWerkt", "Veel"))
                .hasStatusOk().bodyText().contains("Vink Aanwezig aan, of laat de evaluatie van dit wijkoverleg leeg.");
        assertThat(mvc.post().uri(verlengen).with(user(vastgesteld.ambtenaar())).with(csrf())
                .param("datum", "").param("uitkomst", "ONBEKEND")).hasStatusOk().bodyText()
                .contains("Vul de datum van het gezamenlijk wijkoverleg in.");
        assertThat(jdbc.queryForObject("select count(*) from afspraken_verlenging where afspraken_id = ?",
                Integer.class, vastgesteld.id())).isZero();
    }
}
