package nl.wijkafspraken.convenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import nl.wijkafspraken.gedeeld.Rol;
import nl.wijkafspraken.support.AfsprakenGegevens;
import nl.wijkafspraken.support.IntegratieTest;
import nl.wijkafspraken.support.Testgegevens;
import nl.wijkafspraken.support.Testgegevens.TestGemeente;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMultipartMvcRequestBuilder;

/** Registering convenanten over HTTP: the scan is checked on its content and size, bad input is refused. */
@IntegratieTest
class ConvenantRegisterTest {

    private static final byte[] PDF = "%PDF-1.4\n% scan\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Autowired
    MockMvcTester mvc;
    @Autowired
    Testgegevens gegevens;
    @Autowired
    ConvenantService convenanten;
    @Autowired
    JdbcTemplate jdbc;

    TestGemeente gemeente;
    String ambtenaar;

    @BeforeEach
    void gemeenteMetAmbtenaar() {
        gemeente = gegevens.gemeente();
        ambtenaar = gegevens.account(gemeente.id(), Rol.AMBTENAAR);
    }

    private MockMultipartMvcRequestBuilder registreer(String titel, byte[] scan, String naam) {
        return mvc.post().uri("/convenanten/nieuw").multipart().file(new MockMultipartFile("scan", naam,
                "application/pdf", scan)).with(user(ambtenaar)).with(csrf()).param("titel", titel)
                .param("partij", "Wijkraad Noord").param("datumOndertekend", "2007-03-15");
    }

    private int aantal() {
        return jdbc.queryForObject("select count(*) from convenant where gemeente_id = ?", Integer.class,
                gemeente.id());
    }

    @Test
    void eenConvenantMetScanWordtGeregistreerdEnDeScanIsTeDownloaden() {
        var wijkoverleg = gegevens.wijkoverleg(gemeente.id(), "Noord", Set.of(gemeente.wijkNoord()));
        var resultaat = registreer("Convenant wijkbeheer Noord", PDF, "../../etc/passwd.pdf")
                .param("wijkoverlegId", "" + wijkoverleg).exchange();
        assertThat(resultaat).hasStatus3xxRedirection();
        var id = jdbc.queryForObject("select id from convenant where gemeente_id = ?", Long.class, gemeente.id());
        assertThat(jdbc.queryForObject("select grootte from convenant_scan where convenant_id = ?", Integer.class, id))
                .isEqualTo(PDF.length);

        assertThat(mvc.get().uri("/convenanten/" + id).with(user(ambtenaar))).hasStatusOk().bodyText()
                .contains("Convenant wijkbeheer Noord", "Wijkraad Noord", "Noord", "15 maart 2007", "Geldend",
                        "Scan downloaden");
        var download = mvc.get().uri("/convenanten/" + id + "/scan").with(user(ambtenaar)).exchange();
        assertThat(download).hasStatusOk().hasContentType("application/pdf")
                .hasHeader("Content-Disposition", "attachment; filename=\"convenant-" + id + ".pdf\"");
        assertThat(download.getResponse().getContentAsByteArray()).isEqualTo(PDF);
    }

    @Test
    void eenBestandDatGeenPdfIsWordtGeweigerdOokMetPdfInDeNaam() {
        assertThat(registreer("Nep", "<html>geen pdf</html>".getBytes(StandardCharsets.UTF_8), "scan.pdf"))
                .hasStatusOk().bodyText().contains("Dit bestand is geen PDF.");
        assertThat(registreer("Kort", "%PD".getBytes(StandardCharsets.US_ASCII), "scan.pdf")).hasStatusOk()
                .bodyText().contains("Dit bestand is geen PDF.");
        assertThat(aantal()).isZero();
    }

    @Test
    void eenScanVanMeerDan10MBWordtGeweigerd() {
        var groot = Arrays.copyOf(PDF, 10 * 1024 * 1024 + 1);
        assertThat(registreer("Groot", groot, "groot.pdf")).hasStatusOk().bodyText()
                .contains("De scan is te groot: hoogstens 10 MB.");
        var precies = Arrays.copyOf(PDF, 10 * 1024 * 1024);
        assertThat(registreer("Precies 10 MB", precies, "precies.pdf")).hasStatus3xxRedirection();
        assertThat(aantal()).isEqualTo(1);
    }

    @Test
    void legeTeLangeEnOnjuisteVeldenWordenGeweigerd() {
        assertThat(mvc.post().uri("/convenanten/nieuw").with(user(ambtenaar)).with(csrf()).param("titel", "")
                .param("partij", " ").param("datumOndertekend", "")).hasStatusOk().bodyText()
                .contains("Vul de titel in.", "Vul de partij in.", "Vul de datum van ondertekening in.");
        assertThat(mvc.post().uri("/convenanten/nieuw").with(user(ambtenaar)).with(csrf()).param("titel", "t".repeat(201))
                .param("partij", "<script>alert(1)</script>").param("datumOndertekend", LocalDate.now().plusDays(1)
                        .toString())).hasStatusOk().bodyText()
                .contains("Dit is te lang: gebruik hoogstens 200 tekens.").doesNotContain("<script>alert(1)");
        var andere = gegevens.gemeente();
        var vreemd = gegevens.wijkoverleg(andere.id(), "Vreemd", Set.of(andere.wijkNoord()));
        assertThat(mvc.post().uri("/convenanten/nieuw").with(user(ambtenaar)).with(csrf()).param("titel", "T")
                .param("partij", "P").param("datumOndertekend", "2007-01-01").param("wijkoverlegId", "" + vreemd))
                .hasStatusOk().bodyText().contains("Kies een wijkoverleg van deze gemeente.");
        assertThat(aantal()).isZero();
    }

    @Test
    void eenIngetrokkenConvenantKanNietMeerWordenGewijzigd() {
        var id = AfsprakenGegevens.als(ambtenaar, () -> convenanten.registreer(
                new ConvenantGegevens("Oud", "Buurtvereniging Zuid", null, LocalDate.of(2007, 1, 1)), null));
        convenanten.trekIn(gemeente.id(), List.of(id), 5, AfsprakenGegevens.nieuwBesluitpunt(),
                LocalDate.of(2026, 5, 4), null, "B&W 4 mei 2026");
        var versie = jdbc.queryForObject("select versie from convenant where id = ?", Long.class, id);

        assertThat(mvc.get().uri("/convenanten/" + id).with(user(ambtenaar))).hasStatusOk().bodyText()
                .contains("ingetrokken per 4 mei 2026", "B&amp;W 4 mei 2026", "ingetrokken_overheid")
                .doesNotContain("/wijzigen");
        assertThat(mvc.get().uri("/convenanten/" + id + "/wijzigen").with(user(ambtenaar))).hasStatus(403);
        assertThat(mvc.post().uri("/convenanten/" + id + "/wijzigen").with(user(ambtenaar)).with(csrf())
                .param("titel", "Nieuw").param("partij", "P").param("datumOndertekend", "2007-01-01")
                .param("versie", "" + versie)).hasStatusOk().bodyText()
                .contains("is ingetrokken en kan niet meer worden gewijzigd");
        assertThat(jdbc.queryForObject("select titel from convenant where id = ?", String.class, id)).isEqualTo("Oud");
    }
}
