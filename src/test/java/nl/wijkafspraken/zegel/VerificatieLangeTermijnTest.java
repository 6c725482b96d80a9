package nl.wijkafspraken.zegel;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import nl.wijkafspraken.audit.AuditService;
import nl.wijkafspraken.audit.Ketencontrole;
import nl.wijkafspraken.support.IntegratieTest;
import nl.wijkafspraken.support.Testgegevens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The register with long-term validation data (issue 13, part 5): a document sealed by a certificate with OCSP and
 * CRL ({@link TestPki}) is stored with the SHA-256 of its signed revision next to that of the whole file, so the
 * verification recognises the file as sealed, the signed revision without its DSS, and a copy with a comment added
 * after the DSS as "intact, with an addition"; the hash chain of the register holds with the new column.
 */
@IntegratieTest
class VerificatieLangeTermijnTest {

    private static TestPki pki;

    @Autowired
    VerzegeldDocumentRepository repository;
    @Autowired
    AuditService audit;
    @Autowired
    Clock clock;
    @Autowired
    Testgegevens gegevens;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Ketencontrole ketencontrole;
    @Autowired
    TransactionTemplate transacties;

    @BeforeAll
    static void ca() throws Exception {
        pki = new TestPki();
    }

    @AfterAll
    static void stop() {
        pki.close();
    }

    @Test
    void deRegisterHerkentDocumentRevisieEnToevoeging() throws Exception {
        var zegel = new ZegelService(pki.zegelsleutel(), Tijdstempeldienst.geen(),
                new Validatiebron(Duration.ofSeconds(2)), clock);
        var register = new VerzegeldeDocumenten(repository, zegel, audit, clock, "http://localhost:8080");
        var gemeente = gegevens.gemeente();
        var tekst = Verzegeling.nieuweTekstSha256();
        var identificatie = UUID.randomUUID();

        // Built by hand (with the test CA's seal), so without Spring's proxy: the transaction comes from here.
        var document = transacties.execute(status -> register.verzegelEnBewaar(gemeente.id(), "lt/" + identificatie,
                identificatie,
                Verzegeling.pdf("Wijkoverleg Lange Termijn", register.verificatieUrl(identificatie), tekst),
                Verzegeling.beschrijving("Wijkoverleg Lange Termijn", tekst)));
        var verzegeld = register.pdf(gemeente.id(), document.id());
        var revisie = ZegelLangeTermijnTest.ondertekendeRevisie(verzegeld);

        assertThat(new PdfReader(verzegeld).getCatalog().getAsDict(DssToevoeging.DSS)).isNotNull();
        assertThat(jdbc.queryForObject("select revisie_sha256 from verzegeld_document where id = ?", String.class,
                document.id())).isEqualTo(zegel.sha256(revisie)).isNotEqualTo(document.sha256());

        assertThat(register.verifieer(verzegeld).uitkomst()).isEqualTo(Verificatie.Uitkomst.HERKEND);
        var zonderDss = register.verifieer(revisie);
        assertThat(zonderDss.uitkomst()).isEqualTo(Verificatie.Uitkomst.HERKEND);
        assertThat(zonderDss.document()).map(VerzegeldDocument::id).contains(document.id());
        var metOpmerking = register.verifieer(Verzegeling.metOpmerking(verzegeld));
        assertThat(metOpmerking.uitkomst()).isEqualTo(Verificatie.Uitkomst.HERKEND_MET_TOEVOEGING);
        assertThat(metOpmerking.document()).map(VerzegeldDocument::id).contains(document.id());

        // The new column is part of the row's link in the chain: the register's chain still verifies.
        assertThat(ketencontrole.controleer()).allMatch(Ketencontrole.Uitkomst::intact);
    }
}
