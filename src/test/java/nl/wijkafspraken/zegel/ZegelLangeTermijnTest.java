package nl.wijkafspraken.zegel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import nl.wijkafspraken.opmaak.VeraPdf;
import nl.wijkafspraken.zegel.Zegelcontrole.Uitkomst;
import org.bouncycastle.cert.ocsp.BasicOCSPResp;
import org.bouncycastle.cert.ocsp.OCSPResp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openpdf.text.Element;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PRStream;
import org.openpdf.text.pdf.PdfArray;
import org.openpdf.text.pdf.PdfDictionary;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.PdfStamper;
import org.openpdf.text.pdf.PdfStream;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * The long-term-verifiable seal (issue 13, part 5, PAdES B-LT): with a certificate that names its OCSP responder and
 * CRL (a real CA would; {@link TestPki} plays one over HTTP), the seal is followed by a Document Security Store with
 * the chain, an OCSP answer and a CRL that hold, and a VRI entry for the seal. That update is no "addition after
 * sealing"; an update that also changes a page still is. Revocation data that does not hold is left out.
 */
class ZegelLangeTermijnTest {

    @TempDir
    static Path map;
    private static TestPki pki;
    private static ZegelService zegel;

    @BeforeAll
    static void ca() throws Exception {
        pki = new TestPki();
        zegel = new ZegelService(pki.zegelsleutel(), Tijdstempeldienst.geen(),
                new Validatiebron(Duration.ofSeconds(2)), Clock.systemUTC());
    }

    @AfterAll
    static void stop() {
        pki.close();
    }

    @AfterEach
    void goed() {
        pki.stand = TestPki.Stand.GOED;
    }

    @Test
    void hetZegelKrijgtKetenOcspEnCrlInEenDss() throws Exception {
        var verzegeld = zegel.verzegel(Testpdf.maak(), "Ondertekende samenwerkingsafspraken", "Testdorp");

        var reader = new PdfReader(verzegeld);
        var dss = reader.getCatalog().getAsDict(DssToevoeging.DSS);
        assertThat(dss).as("/DSS in de catalogus").isNotNull();
        var certificaten = certificaten(reader, dss.getAsArray(new PdfName("Certs")));
        assertThat(certificaten).containsExactly(pki.zegel(), pki.ca());

        var ocsps = stromen(reader, dss.getAsArray(new PdfName("OCSPs")));
        assertThat(ocsps).hasSize(1);
        var ocsp = new OCSPResp(ocsps.getFirst());
        assertThat(ocsp.getStatus()).isEqualTo(OCSPResp.SUCCESSFUL);
        var basis = (BasicOCSPResp) ocsp.getResponseObject();
        assertThat(basis.getResponses()[0].getCertID().getSerialNumber()).isEqualTo(pki.zegel().getSerialNumber());
        assertThat(basis.getResponses()[0].getCertStatus()).isNull(); // null is "good" in BouncyCastle

        var crls = stromen(reader, dss.getAsArray(new PdfName("CRLs")));
        assertThat(crls).hasSize(1);
        var crl = (X509CRL) CertificateFactory.getInstance("X.509").generateCRL(new ByteArrayInputStream(crls.getFirst()));
        crl.verify(pki.ca().getPublicKey());

        // The VRI entry names the seal by the SHA-1 of its /Contents.
        var handtekening = reader.getAcroFields().getSignatureDictionary(
                reader.getAcroFields().getSignedFieldNames().getFirst());
        var sleutel = DssToevoeging.sha1(handtekening.getAsString(PdfName.CONTENTS).getOriginalBytes());
        assertThat(dss.getAsDict(new PdfName("VRI")).getKeys()).extracting(PdfName::toString)
                .containsExactly("/" + sleutel);
        reader.close();

        var controle = zegel.controleer(verzegeld);
        assertThat(controle.uitkomst()).isEqualTo(Uitkomst.GELDIG);
        assertThat(controle.revisieSha256()).isEqualTo(zegel.sha256(ondertekendeRevisie(verzegeld)))
                .isNotEqualTo(controle.sha256());
        assertThat(Pdfsig.controleer(verzegeld, map)).contains("Signature is Valid", "SHA-256");
    }

    @Test
    void deVerzegeldeAfsprakenMetDssBlijvenPdfA2a() throws Exception {
        var verzegeld = zegel.verzegel(Verzegeling.pdf("Wijkoverleg Hornmeer"), "Ondertekende samenwerkingsafspraken",
                "Testdorp");

        assertThat(new PdfReader(verzegeld).getCatalog().getAsDict(DssToevoeging.DSS)).isNotNull();
        assertThat(VeraPdf.overtredingen(verzegeld, PDFAFlavour.PDFA_2_A)).isEmpty();
    }

    @Test
    void eenOpmerkingNaDeDssIsEenToevoegingMetDeOndertekendeRevisieIntact() throws Exception {
        var verzegeld = zegel.verzegel(Testpdf.maak(), "Proef", "Testdorp");
        var metOpmerking = Verzegeling.metOpmerking(verzegeld);

        var controle = zegel.controleer(metOpmerking);
        assertThat(controle.uitkomst()).isEqualTo(Uitkomst.GELDIG_MET_TOEVOEGING);
        assertThat(controle.revisieSha256()).isEqualTo(zegel.controleer(verzegeld).revisieSha256());
    }

    @Test
    void eenDssDieOokDeTekstVanEenPaginaVerandertIsGeenValidatiegegeven() throws Exception {
        var verzegeld = zegel.verzegel(Testpdf.maak(), "Proef", "Testdorp");
        var ondertekend = ondertekendeRevisie(verzegeld);

        // Someone appends what looks like validation data, and in the same update writes on the page.
        var vervalst = metDss(ondertekend, true);

        var controle = zegel.controleer(vervalst);
        assertThat(controle.uitkomst()).isEqualTo(Uitkomst.GELDIG_MET_TOEVOEGING);
        // Only validation data, but with the info dictionary rewritten as any PDF library does: not an addition.
        assertThat(Validatierevisie.alleenValidatiegegevens(ondertekend, metDss(ondertekend, false))).isTrue();
    }

    @Test
    void intrekkingsgegevensDieNietKloppenWordenWeggelaten() throws Exception {
        for (var stand : List.of(TestPki.Stand.INGETROKKEN, TestPki.Stand.VREEMDE_ONDERTEKENAAR,
                TestPki.Stand.STORING)) {
            pki.stand = stand;
            var gegevens = new Validatiebron(Duration.ofSeconds(2)).verzamel(List.of(pki.zegel(), pki.ca()));
            // A revoked certificate's OCSP answer is no proof of validity; a foreign signature proves nothing.
            assertThat(gegevens.ocsps()).as(stand.name()).isEmpty();
            if (stand != TestPki.Stand.INGETROKKEN) {
                assertThat(gegevens.crls()).as(stand.name()).isEmpty();
            }
        }

        pki.stand = TestPki.Stand.STORING;
        var zonderBron = zegel.verzegel(Testpdf.maak(), "Proef", "Testdorp");
        // Nothing to add: the seal stays as signed (B-B or B-T), and it holds.
        assertThat(new PdfReader(zonderBron).getCatalog().getAsDict(DssToevoeging.DSS)).isNull();
        var controle = zegel.controleer(zonderBron);
        assertThat(controle.uitkomst()).isEqualTo(Uitkomst.GELDIG);
        assertThat(controle.revisieSha256()).isNull();
    }

    @Test
    void eenZelfondertekendCertificaatZonderAdressenKrijgtGeenDss() {
        var gegevens = new Validatiebron(Duration.ofSeconds(2)).verzamel(List.of(pki.ca()));
        assertThat(gegevens.metIntrekkingsstatus()).isFalse();
        assertThat(Validatiebron.adressen(pki.ca(), true)).isEmpty();
        assertThat(Validatiebron.adressen(pki.zegel(), true)).hasSize(1);
        assertThat(Validatiebron.adressen(pki.zegel(), false)).hasSize(1);
    }

    /** The file up to the end of what the seal covers. */
    static byte[] ondertekendeRevisie(byte[] verzegeld) throws Exception {
        var reader = new PdfReader(verzegeld);
        var velden = reader.getAcroFields();
        var naam = velden.getSignedFieldNames().getFirst();
        var bereik = velden.getSignatureDictionary(naam).getAsArray(PdfName.BYTERANGE);
        reader.close();
        int einde = bereik.getAsNumber(2).intValue() + bereik.getAsNumber(3).intValue();
        return Arrays.copyOf(verzegeld, einde);
    }

    /**
     * A DSS update as another PDF library writes it (with a new modification date and producer), and if asked, with
     * a text written on the first page in the same update.
     */
    private static byte[] metDss(byte[] pdf, boolean ookOpDePagina) throws Exception {
        var uit = new ByteArrayOutputStream();
        var reader = new PdfReader(pdf);
        var stamper = new PdfStamper(reader, uit, (String) null, true);
        var dss = new PdfDictionary();
        dss.put(new PdfName("Certs"), new PdfArray(stamper.getWriter()
                .addToBody(new PdfStream(pki.ca().getEncoded())).getIndirectReference()));
        reader.getCatalog().put(DssToevoeging.DSS, stamper.getWriter().addToBody(dss).getIndirectReference());
        stamper.markUsed(reader.getCatalog());
        if (ookOpDePagina) {
            ColumnText.showTextAligned(stamper.getOverContent(1), Element.ALIGN_LEFT, new Phrase("NIET ONDERTEKEND"),
                    100, 100, 0);
        }
        stamper.close();
        reader.close();
        return uit.toByteArray();
    }

    private static List<byte[]> stromen(PdfReader reader, PdfArray lijst) throws Exception {
        var inhoud = new ArrayList<byte[]>();
        for (int i = 0; i < lijst.size(); i++) {
            inhoud.add(PdfReader.getStreamBytes((PRStream) PdfReader.getPdfObject(lijst.getPdfObject(i))));
        }
        return inhoud;
    }

    private static List<X509Certificate> certificaten(PdfReader reader, PdfArray lijst) throws Exception {
        var fabriek = CertificateFactory.getInstance("X.509");
        var certificaten = new ArrayList<X509Certificate>();
        for (var bytes : stromen(reader, lijst)) {
            certificaten.add((X509Certificate) fabriek.generateCertificate(new ByteArrayInputStream(bytes)));
        }
        return certificaten;
    }
}
