package nl.wijkafspraken.zegel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import nl.wijkafspraken.gedeeld.NietGevondenException;
import nl.wijkafspraken.opmaak.OndertekendeAfsprakenVoorbeeld;
import nl.wijkafspraken.support.Eigenaar;
import nl.wijkafspraken.support.IntegratieTest;
import nl.wijkafspraken.support.Testgegevens;
import nl.wijkafspraken.support.Testgegevens.TestGemeente;
import nl.wijkafspraken.zegel.Verificatie.Uitkomst;
import org.apache.pdfbox.Loader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

/** The register of sealed documents on the real PostgreSQL, with the app's own seal. */
@IntegratieTest
class VerzegeldeDocumentenTest {

    private static final String PARTIJ = "Wijkoverleg Hornmeer";

    @Autowired
    VerzegeldeDocumenten register;
    @Autowired
    ZegelService zegel;
    @Autowired
    Testgegevens gegevens;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Eigenaar eigenaar;

    @TempDir
    Path map;

    TestGemeente gemeente;

    @BeforeEach
    void gemeente() {
        gemeente = gegevens.gemeente();
    }

    private VerzegeldDocument verzegel(String kenmerk) {
        return register.verzegelEnBewaar(gemeente.id(), kenmerk, UUID.randomUUID(), Verzegeling.pdf(PARTIJ),
                Verzegeling.beschrijving(PARTIJ));
    }

    /** Rows of the register's table that belong to this test's gemeente. */
    private int aantal(String tabel) {
        var kolom = "verzegeld_document".equals(tabel) ? "id" : "document_id";
        return jdbc.queryForObject("select count(*) from " + tabel + " where " + kolom
                + " in (select id from verzegeld_document where gemeente_id = ?)", Integer.class, gemeente.id());
    }

    @Test
    void verzegeltBewaartEnBeschrijftHetDocument() throws Exception {
        var document = verzegel("ronde/1/wijkoverleg/7");

        var pdf = register.pdf(gemeente.id(), document.id());
        assertThat(document.sha256()).isEqualTo(zegel.sha256(pdf)).matches("[0-9a-f]{64}");
        assertThat(document.grootte()).isEqualTo(pdf.length);
        assertThat(document.gemeenteId()).isEqualTo(gemeente.id());
        assertThat(document.kenmerk()).isEqualTo("ronde/1/wijkoverleg/7");
        assertThat(document.verzegeldOp()).isNotNull();
        assertThat(document.beschrijving()).isEqualTo(Verzegeling.beschrijving(PARTIJ));
        assertThat(document.beschrijving().ondertekenaars()).extracting(Documentbeschrijving.Ondertekenaar::naam)
                .containsExactly("Anna de Vries-Oosterhout", "Jeroen Bakker", "L.M. Visser");

        assertThat(zegel.controleer(pdf).geldig()).isTrue();
        assertThat(Pdfsig.controleer(pdf, map)).contains("Signature is Valid", "Total document signed",
                "ETSI.CAdES.detached", "SHA-256");
        try (var gelezen = Loader.loadPDF(pdf)) {
            var handtekening = gelezen.getLastSignatureDictionary();
            assertThat(handtekening.getReason())
                    .isEqualTo("Samenwerkingsafspraken Wijkoverleggen Aalsmeer, versie 2, " + PARTIJ);
            assertThat(handtekening.getLocation()).isEqualTo("Aalsmeer");
        }

        assertThat(register.opKenmerk(gemeente.id(), "ronde/1/wijkoverleg/7")).contains(document);
        assertThat(register.opSha256(document.sha256())).contains(document);
        assertThat(register.opSha256(" " + document.sha256().toUpperCase(Locale.ROOT) + "\n")).contains(document);
        assertThat(jdbc.queryForList("select samenvatting from audit_regel where gemeente_id = ? and actie = ?",
                String.class, gemeente.id(), VerzegeldeDocumenten.VERZEGELD))
                .singleElement().asString().contains("ronde/1/wijkoverleg/7", document.sha256(), PARTIJ);
    }

    @Test
    void eenTweedeAanroepMetHetzelfdeKenmerkGeeftHetBewaardeDocumentEnVerzegeltNiets() {
        var eerste = verzegel("ronde/2/wijkoverleg/1");

        var tweede = register.verzegelEnBewaar(gemeente.id(), "ronde/2/wijkoverleg/1", UUID.randomUUID(),
                Verzegeling.pdf("Ander"),
                Verzegeling.beschrijving("Ander"));

        assertThat(tweede).isEqualTo(eerste);
        assertThat(aantal("verzegeld_document")).isOne();
        assertThat(aantal("verzegeld_document_inhoud")).isOne();
        assertThat(aantal("verzegeld_document_ondertekenaar")).isEqualTo(3);
        assertThat(jdbc.queryForObject("select count(*) from audit_regel where gemeente_id = ? and actie = ?",
                Integer.class, gemeente.id(), VerzegeldeDocumenten.VERZEGELD)).isOne();
    }

    @Test
    void tweeGelijktijdigeAanroepenMetHetzelfdeKenmerkBewarenEenDocument() throws Exception {
        int aantalTegelijk = 6;
        var klaar = new CountDownLatch(aantalTegelijk);
        var start = new CountDownLatch(1);
        List<Future<VerzegeldDocument>> uitkomsten = new ArrayList<>();
        try (var uitvoerder = Executors.newFixedThreadPool(aantalTegelijk)) {
            for (int i = 0; i < aantalTegelijk; i++) {
                Callable<VerzegeldDocument> aanroep = () -> {
                    klaar.countDown();
                    start.await();
                    return verzegel("ronde/3/wijkoverleg/2");
                };
                uitkomsten.add(uitvoerder.submit(aanroep));
            }
            klaar.await(10, TimeUnit.SECONDS);
            start.countDown();
            var eerste = uitkomsten.getFirst().get(60, TimeUnit.SECONDS);
            for (var uitkomst : uitkomsten) {
                assertThat(uitkomst.get(60, TimeUnit.SECONDS)).isEqualTo(eerste);
            }
        }
        assertThat(aantal("verzegeld_document")).isOne();
        assertThat(aantal("verzegeld_document_ondertekenaar")).isEqualTo(3);
        // Sealed once: the others waited for the first and found its document.
        assertThat(jdbc.queryForObject("select count(*) from audit_regel where gemeente_id = ? and actie = ?",
                Integer.class, gemeente.id(), VerzegeldeDocumenten.VERZEGELD)).isOne();
    }

    @Test
    void hetKenmerkIsUniekPerGemeente() {
        var hier = verzegel("ronde/4/wijkoverleg/3");
        var andere = gegevens.gemeente();

        var daar = register.verzegelEnBewaar(andere.id(), "ronde/4/wijkoverleg/3", UUID.randomUUID(),
                Verzegeling.pdf(PARTIJ),
                Verzegeling.beschrijving(PARTIJ));

        assertThat(daar.id()).isNotEqualTo(hier.id());
        assertThat(daar.sha256()).isNotEqualTo(hier.sha256());
        assertThat(register.opKenmerk(andere.id(), "ronde/4/wijkoverleg/3")).contains(daar);
        assertThat(register.opKenmerk(gemeente.id(), "ronde/4/wijkoverleg/3")).contains(hier);
        assertThat(register.opKenmerk(gemeente.id(), "ronde/4/wijkoverleg/4")).isEmpty();
    }

    @Test
    void dePdfVanEenAndereGemeenteOfEenOnbekendIdIsNietGevonden() {
        var document = verzegel("ronde/5/wijkoverleg/1");
        var andere = gegevens.gemeente();

        assertThatThrownBy(() -> register.pdf(andere.id(), document.id())).isInstanceOf(NietGevondenException.class);
        assertThatThrownBy(() -> register.pdf(gemeente.id(), Long.MAX_VALUE))
                .isInstanceOf(NietGevondenException.class);
    }

    @Test
    void deDatabaseWeigertElkeWijzigingOfVerwijdering() {
        var document = verzegel("ronde/6/wijkoverleg/1");
        long id = document.id();

        for (var opdracht : List.of(
                "update verzegeld_document set titel = 'vervalst' where id = " + id,
                "delete from verzegeld_document where id = " + id,
                "update verzegeld_document_ondertekenaar set naam = 'vervalst' where document_id = " + id,
                "delete from verzegeld_document_ondertekenaar where document_id = " + id,
                "update verzegeld_document_inhoud set pdf = 'x'::bytea where document_id = " + id,
                "delete from verzegeld_document_inhoud where document_id = " + id,
                "truncate verzegeld_document_ondertekenaar",
                "truncate verzegeld_document_inhoud",
                "truncate verzegeld_document cascade")) {
            assertThatThrownBy(() -> eigenaar.jdbc().execute(opdracht)).as(opdracht).isInstanceOf(DataAccessException.class)
                    .hasMessageContaining("append-only");
        }
        assertThat(register.opKenmerk(gemeente.id(), "ronde/6/wijkoverleg/1")).contains(document);
        assertThat(zegel.sha256(register.pdf(gemeente.id(), id))).isEqualTo(document.sha256());
    }

    @Test
    void eenOngeldigKenmerkOfGeenPdfWordtGeweigerdEnErWordtNietsBewaard() {
        var beschrijving = Verzegeling.beschrijving(PARTIJ);
        var pdf = Verzegeling.pdf(PARTIJ);

        assertThatThrownBy(() -> register.verzegelEnBewaar(gemeente.id(), " ", UUID.randomUUID(), pdf, beschrijving))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> register.verzegelEnBewaar(gemeente.id(), "k".repeat(201), UUID.randomUUID(), pdf,
                beschrijving))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> register.verzegelEnBewaar(gemeente.id(), "geen-pdf", UUID.randomUUID(),
                "geen pdf".getBytes(StandardCharsets.UTF_8), beschrijving))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(aantal("verzegeld_document")).isZero();
    }

    @Test
    void deVerificatiepaginaHeeftEenAbsoluutAdresVoorDeQrCode() {
        assertThat(register.verificatieUrl()).isEqualTo("http://localhost:8080/verifieren");
    }

    @Test
    void eenBeschrijvingZonderTitelOfMetTeLangeNaamKanNiet() {
        assertThatThrownBy(() -> new Documentbeschrijving("Aalsmeer", " ", "1", PARTIJ, List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("titel");
        assertThatThrownBy(() -> new Documentbeschrijving.Ondertekenaar("n".repeat(301), "Voorzitter",
                OndertekendeAfsprakenVoorbeeld.EERSTE)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void verificatieHerkentHetOrigineelEnOnderscheidtDeRest() {
        var document = verzegel("ronde/7/wijkoverleg/1");
        var origineel = register.pdf(gemeente.id(), document.id());

        assertThat(register.verifieer(origineel))
                .isEqualTo(Verificatie.van(Uitkomst.HERKEND, document, document.tijdstempel()));
        var gewijzigd = Verzegeling.metEenAndereByte(origineel, PARTIJ);
        assertThat(register.verifieer(gewijzigd).uitkomst()).isEqualTo(Uitkomst.GEWIJZIGD);
        assertThat(register.verifieer(gewijzigd).document()).isEmpty();
        assertThat(register.verifieer(Verzegeling.pdf(PARTIJ)).uitkomst()).isEqualTo(Uitkomst.ONBEKEND);
        var nietGeregistreerd = zegel.verzegel(Verzegeling.pdf(PARTIJ), "Proef", "Aalsmeer");
        assertThat(register.verifieer(nietGeregistreerd).uitkomst())
                .isEqualTo(Uitkomst.VERZEGELD_NIET_GEREGISTREERD);
        assertThat(register.verifieer("geen pdf".getBytes(StandardCharsets.UTF_8)).uitkomst())
                .isEqualTo(Uitkomst.GEEN_PDF);

        assertThat(register.verifieer(document.sha256().toUpperCase(Locale.ROOT)))
                .isEqualTo(Verificatie.van(Uitkomst.HERKEND, document, document.tijdstempel()));
        assertThat(register.verifieer(zegel.sha256(gewijzigd)).uitkomst()).isEqualTo(Uitkomst.ONBEKEND);
        assertThat(VerzegeldeDocumenten.isSha256(document.sha256())).isTrue();
        assertThat(VerzegeldeDocumenten.isSha256(document.sha256().substring(1))).isFalse();
        assertThat(VerzegeldeDocumenten.isSha256("g".repeat(64))).isFalse();
        assertThat(VerzegeldeDocumenten.isSha256(null)).isFalse();
        assertThat(register.opSha256("niet-hex")).isEmpty();
    }

    @Test
    void eenGewijzigdeKopieIsVoorPdfsigOngeldig() throws Exception {
        var document = verzegel("ronde/8/wijkoverleg/1");
        var gewijzigd = Verzegeling.metEenAndereByte(register.pdf(gemeente.id(), document.id()), PARTIJ);

        assertThat(Pdfsig.controleer(gewijzigd, map)).contains("Digest Mismatch")
                .doesNotContain("Signature is Valid");
    }
}
