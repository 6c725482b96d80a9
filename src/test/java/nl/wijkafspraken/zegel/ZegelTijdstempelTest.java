package nl.wijkafspraken.zegel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import nl.wijkafspraken.support.IntegratieTest;
import nl.wijkafspraken.support.Testgegevens;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.tsp.TimeStampToken;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The seal's trusted time (issue 13, part 5): an RFC 3161 timestamp from the TSA in the test JVM ({@link TestTsa})
 * over the signature value, read back by our own check, by BouncyCastle straight from the bytes, and by poppler's
 * {@code pdfsig} and OpenSSL as outside tools.
 */
@IntegratieTest
class ZegelTijdstempelTest {

    private static final Pattern BYTE_RANGE =
            Pattern.compile("/ByteRange\\s*\\[\\s*(\\d+)\\s+(\\d+)\\s+(\\d+)\\s+(\\d+)\\s*]");

    @Autowired
    ZegelService zegel;
    @Autowired
    VerzegeldeDocumenten register;
    @Autowired
    TestTsa tsa;
    @Autowired
    Testgegevens gegevens;
    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path map;

    @AfterEach
    void tsaWeerAan() {
        tsa.aan();
    }

    @Test
    void hetZegelKrijgtEenTijdstempelOverDeHandtekeningwaarde() throws Exception {
        var voor = Instant.now().minusSeconds(1);
        var verzegeld = zegel.verzegel(Testpdf.maak(), "Ondertekende samenwerkingsafspraken", "Aalsmeer");

        var controle = zegel.controleer(verzegeld);
        assertThat(controle.geldig()).isTrue();
        assertThat(controle.tijdstempel().status()).isEqualTo(Tijdstempel.Status.GELDIG);
        assertThat(controle.tijdstempel().uitgever()).isEqualTo("Wijkafspraken test-TSA (Wijkafspraken (test))");
        assertThat(controle.tijdstempel().tijd()).isBetween(voor, Instant.now().plusSeconds(1));

        // Independently of the app's check: the token's imprint is the SHA-256 of the signature value beside it.
        var ondertekenaar = ondertekenaar(verzegeld);
        var token = token(ondertekenaar);
        assertThat(token.getTimeStampInfo().getMessageImprintDigest())
                .isEqualTo(Tijdstempeldienst.sha256(ondertekenaar.getSignature()));
        assertThat(token.getTimeStampInfo().getGenTime().toInstant()).isEqualTo(controle.tijdstempel().tijd());
    }

    @Test
    void eenTijdstempelVanAndereGegevensTeltNiet() throws Exception {
        var token = token(ondertekenaar(zegel.verzegel(Testpdf.maak(), "Proef", "Aalsmeer")));

        assertThat(Tijdstempelcontrole.controleer(token, "iets anders".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(Tijdstempel.ONGELDIG);
    }

    /**
     * pdfsig 22.12 reports the signature but prints nothing about a signature-time-stamp; so it dumps the CMS it
     * found in the PDF, and OpenSSL (an outside implementation of RFC 3161) reads the token out of it and checks that
     * it stamps exactly that signature value, signed by the test TSA.
     */
    @Test
    void pdfsigEnOpensslZienDeTijdstempel() throws Exception {
        var verzegeld = zegel.verzegel(Testpdf.maak(), "Ondertekende samenwerkingsafspraken", "Aalsmeer");

        assertThat(Pdfsig.controleer(verzegeld, map)).contains("Signature is Valid", "ETSI.CAdES.detached",
                "Total document signed");
        var bestand = Files.write(map.resolve("gestempeld.pdf"), verzegeld);
        var pdfsig = voerUit(map, "pdfsig", "-dump", bestand.toString());
        assertThat(pdfsig).contains("Signature #0");
        var dump = map.resolve("gestempeld.pdf.sig0");
        assertThat(dump).exists();

        var ondertekenaar = ondertekenaar(Files.readAllBytes(dump));
        var tokenBestand = Files.write(map.resolve("token.der"), token(ondertekenaar).getEncoded());
        var handtekening = Files.write(map.resolve("handtekening.bin"), ondertekenaar.getSignature());
        var tsaCertificaat = Files.writeString(map.resolve("tsa.pem"), "-----BEGIN CERTIFICATE-----\n"
                + java.util.Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(tsa.certificaat().getEncoded()) + "\n-----END CERTIFICATE-----\n");
        assertThat(voerUit(map, "openssl", "ts", "-reply", "-token_in", "-in", tokenBestand.toString(), "-text"))
                .contains("Hash Algorithm: sha256", "Time stamp:",
                        HexFormat.ofDelimiter(" ").formatHex(Tijdstempeldienst.sha256(ondertekenaar.getSignature()),
                                0, 4));
        assertThat(voerUit(map, "openssl", "ts", "-verify", "-token_in", "-in", tokenBestand.toString(), "-data",
                handtekening.toString(), "-CAfile", tsaCertificaat.toString())).contains("Verification: OK");
    }

    @Test
    void zonderTsaHeeftHetZegelGeenVertrouwdeTijd() {
        tsa.uit();
        var gemeente = gegevens.gemeente();
        var document = register.verzegelEnBewaar(gemeente.id(), "ronde/1/wijkoverleg/1", UUID.randomUUID(),
                Verzegeling.pdf("Wijkoverleg Zonder Tijd"), Verzegeling.beschrijving("Wijkoverleg Zonder Tijd"));

        assertThat(register.metTijdstempel()).isFalse();
        assertThat(document.tijdstempel()).isEqualTo(Tijdstempel.GEEN);
        var pdf = register.pdf(gemeente.id(), document.id());
        assertThat(zegel.controleer(pdf).geldig()).isTrue();
        assertThat(zegel.controleer(pdf).tijdstempel().status()).isEqualTo(Tijdstempel.Status.GEEN);
    }

    @Test
    void metTsaBewaartHetRegisterDeVertrouwdeTijd() {
        var gemeente = gegevens.gemeente();
        var document = register.verzegelEnBewaar(gemeente.id(), "ronde/1/wijkoverleg/1", UUID.randomUUID(),
                Verzegeling.pdf("Wijkoverleg Met Tijd"), Verzegeling.beschrijving("Wijkoverleg Met Tijd"));

        assertThat(register.metTijdstempel()).isTrue();
        assertThat(document.tijdstempel().geldig()).isTrue();
        assertThat(register.opIdentificatie(document.identificatie())).contains(document);
        assertThat(zegel.controleer(register.pdf(gemeente.id(), document.id())).tijdstempel())
                .isEqualTo(document.tijdstempel());
        assertThat(jdbc.queryForObject("select samenvatting from audit_regel where gemeente_id = ? and actie = ?",
                String.class, gemeente.id(), VerzegeldeDocumenten.VERZEGELD))
                .contains("tijdstempel", "Wijkafspraken test-TSA", document.identificatie().toString());
    }

    /** With a TSA configured, a seal without trusted time is not made: nothing is stored, the caller tries later. */
    @Test
    void alsDeTsaNietAntwoordtWordtNietsVerzegeldOfBewaard() {
        tsa.stil();
        var gemeente = gegevens.gemeente();
        var vragen = tsa.vragen();

        assertThatThrownBy(() -> register.verzegelEnBewaar(gemeente.id(), "ronde/1/wijkoverleg/1", UUID.randomUUID(),
                Verzegeling.pdf("Wijkoverleg Stil"), Verzegeling.beschrijving("Wijkoverleg Stil")))
                .isInstanceOf(TijdstempelMisluktException.class)
                .hasMessageContaining("tijdstempeldienst").hasMessageContaining("503");
        assertThat(tsa.vragen()).isEqualTo(vragen + 1);
        assertThat(jdbc.queryForObject("select count(*) from verzegeld_document where gemeente_id = ?",
                Integer.class, gemeente.id())).isZero();

        tsa.aan();
        var document = register.verzegelEnBewaar(gemeente.id(), "ronde/1/wijkoverleg/1", UUID.randomUUID(),
                Verzegeling.pdf("Wijkoverleg Stil"), Verzegeling.beschrijving("Wijkoverleg Stil"));
        assertThat(document.tijdstempel().geldig()).isTrue();
    }

    @Test
    void eenOnzinAntwoordVanDeTsaWordtGeweigerd() {
        tsa.onzin();

        assertThatThrownBy(() -> zegel.verzegel(Testpdf.maak(), "Proef", "Aalsmeer"))
                .isInstanceOf(TijdstempelMisluktException.class).hasMessageContaining("ongeldig antwoord");
    }

    @Test
    void deInloggegevensVoorDeTsaGaanMeeAlsHttpBasic() {
        var metInlog = new Tijdstempeldienst(java.util.Optional.of(tsa.url()), "gemeente", "geheim wachtwoord",
                Duration.ofSeconds(2));

        var token = metInlog.stempel(new byte[] {1, 2, 3});

        assertThat(Tijdstempelcontrole.controleer(token, new byte[] {1, 2, 3}).geldig()).isTrue();
        assertThat(tsa.autorisatie()).isEqualTo("Basic " + java.util.Base64.getEncoder()
                .encodeToString("gemeente:geheim wachtwoord".getBytes(StandardCharsets.UTF_8)));
        zegel.verzegel(Testpdf.maak(), "Proef", "Aalsmeer");
        assertThat(tsa.autorisatie()).as("without credentials, no header").isNull();
    }

    @Test
    void eenTsaDieNietBestaatGeeftEenDuidelijkeFout() {
        var nergens = new Tijdstempeldienst(java.util.Optional.of(java.net.URI.create("http://127.0.0.1:9/tsa")),
                "gebruiker", "geheim", Duration.ofSeconds(2));

        assertThatThrownBy(() -> nergens.stempel(new byte[] {1, 2, 3}))
                .isInstanceOf(TijdstempelMisluktException.class).hasMessageContaining("antwoordde niet");
    }

    /** The signer of the last CMS in the PDF, or of a CMS as pdfsig dumped it. */
    private static SignerInformation ondertekenaar(byte[] pdfOfCms) throws Exception {
        byte[] cms = pdfOfCms;
        var tekst = new String(pdfOfCms, StandardCharsets.ISO_8859_1);
        if (tekst.startsWith("%PDF-")) {
            var bereik = BYTE_RANGE.matcher(tekst).results().reduce((a, b) -> b).orElseThrow();
            cms = HexFormat.of().parseHex(tekst, Integer.parseInt(bereik.group(2)) + 1,
                    Integer.parseInt(bereik.group(3)) - 1);
        }
        try (var asn1 = new ASN1InputStream(cms)) {
            return new CMSSignedData(ContentInfo.getInstance(asn1.readObject())).getSignerInfos().getSigners()
                    .iterator().next();
        }
    }

    private static TimeStampToken token(SignerInformation ondertekenaar) throws Exception {
        var attribuut = ondertekenaar.getUnsignedAttributes().get(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken);
        assertThat(attribuut).as("signature-time-stamp attribute").isNotNull();
        return new TimeStampToken(ContentInfo.getInstance(attribuut.getAttrValues().getObjectAt(0)));
    }

    private static String voerUit(Path map, String... opdracht) throws Exception {
        var proces = new ProcessBuilder(opdracht).directory(map.toFile()).redirectErrorStream(true).start();
        var uitvoer = new String(proces.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(proces.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return uitvoer;
    }
}
