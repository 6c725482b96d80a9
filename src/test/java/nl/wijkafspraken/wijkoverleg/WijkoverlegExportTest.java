package nl.wijkafspraken.wijkoverleg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.wijkafspraken.afspraken.AfsprakenService;
import nl.wijkafspraken.gedeeld.Rol;
import nl.wijkafspraken.support.AfsprakenGegevens;
import nl.wijkafspraken.support.IntegratieTest;
import nl.wijkafspraken.support.Sqlteller;
import nl.wijkafspraken.support.Testgegevens;
import nl.wijkafspraken.support.Testgegevens.TestGemeente;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * The export of the register (issue 15, part 8), read back as a spreadsheet program would: the CSV with Commons CSV,
 * the workbook with Apache POI. Rows, columns, dates, the formula guard, contact data per role, only the own gemeente.
 */
@IntegratieTest
class WijkoverlegExportTest {

    private static final String KWAAD = "=HYPERLINK(\"https://kwaad.example\";\"klik\")";
    private static final CSVFormat NL_CSV = CSVFormat.RFC4180.builder().setDelimiter(';').setHeader()
            .setSkipHeaderRecord(true).get();

    @Autowired
    MockMvcTester mvc;
    @Autowired
    Testgegevens gegevens;
    @Autowired
    AfsprakenGegevens afsprakenGegevens;
    @Autowired
    AfsprakenService afspraken;
    @Autowired
    JdbcTemplate jdbc;

    TestGemeente gemeente;
    String ambtenaar;
    long alfa;
    long kwaad;
    long charlie;

    @BeforeEach
    void register() {
        gemeente = gegevens.gemeente();
        ambtenaar = gegevens.account(gemeente.id(), Rol.AMBTENAAR);
        alfa = gegevens.wijkoverleg(gemeente.id(), "Alfa", Set.of(gemeente.wijkNoord(), gemeente.wijkZuid()));
        kwaad = gegevens.wijkoverleg(gemeente.id(), KWAAD, Set.of(gemeente.wijkZuid()));
        jdbc.update("update bestuurslid set naam = '@Piet', email = '-min@wijk.example', telefoon = '+31 6 12345678' "
                + "where wijkoverleg_id = ?", kwaad);
        charlie = gegevens.wijkoverleg(gemeente.id(), "Charlie", Set.of(gemeente.wijkNoord()));
        jdbc.update("delete from bestuurslid where wijkoverleg_id = ?", charlie);
        var vastgesteld = afsprakenGegevens.vastgesteld(gemeente, LocalDate.of(2026, 5, 4), alfa, kwaad);
        afspraken.registreerOndertekening(gemeente.id(), vastgesteld.versieId(), alfa, LocalDate.of(2026, 5, 20),
                "handtekening alfa");
    }

    private MvcTestResult haal(String pad, String wie) {
        return mvc.get().uri(pad).with(user(wie)).exchange();
    }

    private static String tekst(MvcTestResult antwoord) {
        return new String(antwoord.getMvcResult().getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
    }

    private static List<CSVRecord> csv(MvcTestResult antwoord) throws IOException {
        var inhoud = tekst(antwoord);
        assertThat(inhoud).as("UTF-8 byte order mark, for Excel").startsWith("\uFEFF");
        try (var parser = NL_CSV.parse(new StringReader(inhoud.substring(1)))) {
            return parser.getRecords();
        }
    }

    private static CSVRecord rij(List<CSVRecord> rijen, String wijkoverleg) {
        return rijen.stream().filter(r -> r.get("Wijkoverleg").equals(wijkoverleg)
                || r.get("Wijkoverleg").equals("'" + wijkoverleg)).findFirst().orElseThrow();
    }

    @Test
    void deCsvHeeftEenRegelPerBestuurslidMetOndertekeningEnVerlenging() throws IOException {
        var antwoord = haal("/wijkoverleggen/export.csv", ambtenaar);
        assertThat(antwoord).hasStatusOk().hasContentType("text/csv;charset=UTF-8");
        assertThat(antwoord.getMvcResult().getResponse().getHeader("Content-Disposition"))
                .startsWith("attachment; filename=\"wijkoverleggen-").contains(".csv\"");
        var rijen = csv(antwoord);

        assertThat(rijen).hasSize(3);
        assertThat(rijen.getFirst().getParser().getHeaderNames()).containsExactly("Wijkoverleg", "Wijken", "Status",
                "Oprichtingsdatum", "Aantal tekenbevoegden dat ondertekent", "Openbaar contactadres", "Bestuurslid",
                "Functie", "Tekenbevoegd", "In het bestuur sinds", "E-mailadres bestuurslid", "Telefoon bestuurslid",
                "Samenwerkingsafspraken", "Geldende versie", "Geldende versie ondertekend", "Ondertekend op",
                "Volgende verlenging uiterlijk");
        var a = rij(rijen, "Alfa");
        assertThat(a.get("Wijken")).isEqualTo("Noord, Zuid");
        assertThat(a.get("Status")).isEqualTo("Actief");
        assertThat(a.get("Oprichtingsdatum")).isEqualTo("1-1-2020");
        assertThat(a.get("Bestuurslid")).isEqualTo("Voorzitter Alfa");
        assertThat(a.get("Functie")).isEqualTo("Voorzitter");
        assertThat(a.get("Tekenbevoegd")).isEqualTo("Ja");
        assertThat(a.get("E-mailadres bestuurslid")).isEqualTo("voorzitter@wijk.example");
        assertThat(a.get("Samenwerkingsafspraken")).isEqualTo("Samenwerkingsafspraken " + gemeente.naam());
        assertThat(a.get("Geldende versie")).isEqualTo("1");
        assertThat(a.get("Geldende versie ondertekend")).isEqualTo("Ja");
        assertThat(a.get("Ondertekend op")).isEqualTo("20-5-2026");
        assertThat(a.get("Volgende verlenging uiterlijk")).isEqualTo("4-5-2027");

        var k = rij(rijen, KWAAD);
        assertThat(k.get("Geldende versie ondertekend")).isEqualTo("Nee");
        assertThat(k.get("Ondertekend op")).isEmpty();

        // A wijkoverleg without a bestuur is a row of its own, not left out; it is party to no afspraken.
        var c = rij(rijen, "Charlie");
        assertThat(c.get("Bestuurslid")).isEmpty();
        assertThat(c.get("Tekenbevoegd")).isEmpty();
        assertThat(c.get("Samenwerkingsafspraken")).isEmpty();
    }

    @Test
    void eenCelDieOpEenFormuleLijktKrijgtEenApostrof() throws IOException {
        var k = rij(csv(haal("/wijkoverleggen/export.csv", ambtenaar)), KWAAD);
        assertThat(k.get("Wijkoverleg")).isEqualTo("'" + KWAAD);
        assertThat(k.get("Bestuurslid")).isEqualTo("'@Piet");
        assertThat(k.get("E-mailadres bestuurslid")).isEqualTo("'-min@wijk.example");
        assertThat(k.get("Telefoon bestuurslid")).isEqualTo("'+31 6 12345678");
    }

    @Test
    void deCsvVolgtDeZoekopdrachtVanDeLijst() throws IOException {
        assertThat(csv(haal("/wijkoverleggen/export.csv?naam=alf", ambtenaar)))
                .extracting(r -> r.get("Wijkoverleg")).containsExactly("Alfa");
        assertThat(csv(haal("/wijkoverleggen/export.csv?wijk=" + gemeente.wijkNoord() + "&status=ACTIEF", ambtenaar)))
                .extracting(r -> r.get("Wijkoverleg")).containsExactly("Alfa", "Charlie");
        assertThat(csv(haal("/wijkoverleggen/export.csv?status=OPGEHEVEN", ambtenaar))).isEmpty();
        // The list offers the download with the search it shows.
        assertThat(tekst(haal("/wijkoverleggen?naam=alf&status=ACTIEF", ambtenaar)))
                .contains("href=\"/wijkoverleggen/export.csv?naam=alf&amp;status=ACTIEF\"",
                        "href=\"/wijkoverleggen/export.xlsx?naam=alf&amp;status=ACTIEF\"");
    }

    @Test
    void deExcelHeeftKoppenFilterVasteKopregelEchteDatumsEnTekstcellen() throws IOException {
        var antwoord = haal("/wijkoverleggen/export.xlsx", ambtenaar);
        assertThat(antwoord).hasStatusOk()
                .hasContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        try (var werkboek = new XSSFWorkbook(new ByteArrayInputStream(
                antwoord.getMvcResult().getResponse().getContentAsByteArray()))) {
            var blad = werkboek.getSheet("Wijkoverleggen");
            assertThat(blad.getLastRowNum()).isEqualTo(3);
            var kop = blad.getRow(0);
            assertThat(kop.getLastCellNum()).isEqualTo((short) 17);
            assertThat(kop.getCell(0).getStringCellValue()).isEqualTo("Wijkoverleg");
            assertThat(kop.getCell(16).getStringCellValue()).isEqualTo("Volgende verlenging uiterlijk");
            assertThat(werkboek.getFontAt(kop.getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
            assertThat(blad.getPaneInformation().isFreezePane()).isTrue();
            assertThat(blad.getPaneInformation().getHorizontalSplitTopRow()).isEqualTo((short) 1);
            assertThat(blad.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:Q4");

            var a = rijMet(blad, "Alfa");
            assertThat(a.getCell(3).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(a.getCell(3))).isTrue();
            assertThat(a.getCell(3).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2020, 1, 1));
            assertThat(a.getCell(4).getNumericCellValue()).isEqualTo(1.0);
            assertThat(a.getCell(15).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2026, 5, 20));
            assertThat(a.getCell(16).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2027, 5, 4));

            // Text stays text: a string cell, never a formula, and quote-prefixed so that editing keeps it so.
            var k = rijMet(blad, KWAAD);
            assertThat(k.getCell(0).getCellType()).isEqualTo(CellType.STRING);
            assertThat(k.getCell(0).getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(k.getCell(6).getStringCellValue()).isEqualTo("@Piet");
            assertThat(k.getCell(6).getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(a.getCell(0).getCellStyle().getQuotePrefixed()).isFalse();
        }
    }

    private static Row rijMet(XSSFSheet blad, String wijkoverleg) {
        for (var rij : blad) {
            if (rij.getRowNum() > 0 && rij.getCell(0).getStringCellValue().equals(wijkoverleg)) {
                return rij;
            }
        }
        throw new AssertionError("geen rij voor " + wijkoverleg);
    }

    @Test
    void andereMedewerkersKrijgenDeExportZonderContactgegevensVanBestuursleden() throws IOException {
        var secretaris = gegevens.account(gemeente.id(), Rol.SECRETARIS);
        var antwoord = haal("/wijkoverleggen/export.csv", secretaris);
        var rijen = csv(antwoord);
        assertThat(rijen).hasSize(3);
        assertThat(rijen.getFirst().getParser().getHeaderNames())
                .doesNotContain("E-mailadres bestuurslid", "Telefoon bestuurslid").contains("Bestuurslid");
        assertThat(tekst(antwoord)).doesNotContain("voorzitter@wijk.example", "06-12345678")
                .contains("info@alfa.example");
        try (var werkboek = new XSSFWorkbook(new ByteArrayInputStream(haal("/wijkoverleggen/export.xlsx", secretaris)
                .getMvcResult().getResponse().getContentAsByteArray()))) {
            assertThat(werkboek.getSheetAt(0).getRow(0).getLastCellNum()).isEqualTo((short) 15);
        }
    }

    @Test
    void eenBestuurslidKrijgt403EnGeenBestand() {
        var bestuurslid = gegevens.bestuurslid(gemeente.id(), alfa);
        for (var pad : List.of("/wijkoverleggen/export.csv", "/wijkoverleggen/export.xlsx")) {
            var antwoord = haal(pad, bestuurslid);
            assertThat(antwoord).hasStatus(403);
            assertThat(antwoord.getMvcResult().getResponse().getHeader("Content-Disposition")).isNull();
            assertThat(tekst(antwoord)).doesNotContain("voorzitter@wijk.example", "Voorzitter Alfa");
        }
        assertThat(tekst(haal("/wijkoverleggen", bestuurslid))).doesNotContain("export.csv");
    }

    @Test
    void eenAndereGemeenteZietAlleenHaarEigenWijkoverleggen() throws IOException {
        var elders = gegevens.gemeente();
        gegevens.wijkoverleg(elders.id(), "Elders", Set.of(elders.wijkNoord()));
        var ambtenaarElders = gegevens.account(elders.id(), Rol.AMBTENAAR);

        var antwoord = haal("/wijkoverleggen/export.csv", ambtenaarElders);
        assertThat(csv(antwoord)).extracting(r -> r.get("Wijkoverleg")).containsExactly("Elders");
        assertThat(tekst(antwoord)).doesNotContain("Alfa", "Charlie", "kwaad.example", gemeente.naam());
        // A filter on a wijk of another gemeente finds nothing there either.
        assertThat(csv(haal("/wijkoverleggen/export.csv?wijk=" + gemeente.wijkNoord(), ambtenaarElders))).isEmpty();
    }

    @Test
    void hetAantalStatementsGroeitNietMetHetAantalWijkoverleggen() {
        var weinig = Sqlteller.tel(() -> haal("/wijkoverleggen/export.csv", ambtenaar)).aantal();
        for (int i = 0; i < 8; i++) {
            gegevens.wijkoverleg(gemeente.id(), "Extra " + i, Set.of(gemeente.wijkZuid()));
        }
        var meer = Sqlteller.tel(() -> haal("/wijkoverleggen/export.xlsx", ambtenaar)).aantal();
        assertThat(meer).isEqualTo(weinig).isLessThanOrEqualTo(11);
    }
}
