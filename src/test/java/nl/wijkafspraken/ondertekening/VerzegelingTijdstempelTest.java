package nl.wijkafspraken.ondertekening;

import static nl.wijkafspraken.support.AfsprakenGegevens.als;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import nl.wijkafspraken.afspraken.Versieteksten;
import nl.wijkafspraken.ondertekening.Ondertekeningsgegevens.Situatie;
import nl.wijkafspraken.opmaak.OpmaakOndertekendeAfsprakenPdfTest;
import nl.wijkafspraken.support.IntegratieTest;
import nl.wijkafspraken.support.TestKlok;
import nl.wijkafspraken.zegel.TestTsa;
import nl.wijkafspraken.zegel.VerzegeldDocument;
import nl.wijkafspraken.zegel.VerzegeldeDocumenten;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * The sealed afspraken of a completed party through the real signing flow (issue 13, parts 5 and 6): the QR code
 * opens the document's own verification page, the seal has a trusted time from the TSA (or, without one, the round
 * page and the verification page say it has none), and when the TSA does not answer nothing is sealed until the job
 * tries again.
 */
@IntegratieTest
class VerzegelingTijdstempelTest {

    private static final Herkomst HERKOMST = new Herkomst("203.0.113.9", "Mozilla/5.0 (test)");

    @Autowired
    Ondertekeningsgegevens og;
    @Autowired
    RondeService rondes;
    @Autowired
    OndertekeningService ondertekening;
    @Autowired
    GemeenteOndertekening gemeenteOndertekening;
    @Autowired
    Versieteksten versieteksten;
    @Autowired
    VerzegeldeDocumenten documenten;
    @Autowired
    VerzegelingHerhaling herhaling;
    @Autowired
    TestTsa tsa;
    @Autowired
    TestKlok klok;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MockMvcTester mvc;

    Situatie s;

    @BeforeEach
    void situatie() {
        s = og.situatie();
    }

    @AfterEach
    void tsaWeerAan() {
        tsa.aan();
    }

    /** Noord signs, the wethouder signs: Noord's party is complete and its document is sealed. */
    private long rondeOndertekend() {
        var wethouder = og.wethouderMetMandaat(s.id());
        var ronde = als(s.ambtenaar(), () -> rondes.start(s.afspraken().id(), null));
        var token = og.token(s.id(), s.noor());
        ondertekening.vraagCodeAan(token);
        ondertekening.onderteken(token, og.code(s.id(), s.noor()), "Noor Getypt", true, true, HERKOMST);
        als(wethouder.login(), () -> {
            gemeenteOndertekening.onderteken(ronde, wethouder.naam(), true, false, HERKOMST);
            return null;
        });
        return ronde;
    }

    private VerzegeldDocument verzegeld(long ronde) {
        var kenmerk = Verzegeling.kenmerk(ronde, s.noord());
        return await().atMost(Duration.ofSeconds(20))
                .until(() -> documenten.opKenmerk(s.id(), kenmerk), Optional::isPresent).orElseThrow();
    }

    @Test
    void deQrCodeOpenDeEigenControlepaginaEnHetZegelHeeftEenVertrouwdeTijd() throws Exception {
        var ronde = rondeOndertekend();
        var verzegeld = verzegeld(ronde);
        var pdf = documenten.pdf(s.id(), verzegeld.id());
        var tekst = versieteksten.tekst(s.id(), s.afspraken().versieId());

        var adres = documenten.verificatieUrl(verzegeld.identificatie());
        assertThat(adres).endsWith("/verifieren/" + verzegeld.identificatie());
        assertThat(OpmaakOndertekendeAfsprakenPdfTest.qrCodes(pdf)).containsExactly(adres);
        assertThat(verzegeld.beschrijving().tekstSha256()).isEqualTo(tekst.sha256());
        assertThat(verzegeld.tijdstempel().geldig()).isTrue();

        assertThat(mvc.get().uri("/verifieren/" + verzegeld.identificatie())).hasStatusOk().bodyText()
                .contains(tekst.titel(), "volgens de tijdstempeldienst", "Noor")
                .doesNotContain(s.noor(), "203.0.113.9");
        assertThat(mvc.get().uri("/verifieren").param("sha256", tekst.sha256())).hasStatusOk().bodyText()
                .contains("Herkend: dit is de vingerafdruk van een ondertekende tekst.",
                        "/verifieren/" + verzegeld.identificatie());
        assertThat(mvc.get().uri("/ondertekening/rondes/" + ronde).with(user(s.ambtenaar()))).hasStatusOk()
                .bodyText().contains("Vertrouwde tijd van het zegel", "Wijkafspraken test-TSA",
                        "/verifieren/" + verzegeld.identificatie());
    }

    @Test
    void zonderTsaZeggenDeRondeEnDeControlepaginaDatErGeenVertrouwdeTijdIs() {
        tsa.uit();
        var ronde = rondeOndertekend();
        var verzegeld = verzegeld(ronde);

        assertThat(verzegeld.tijdstempel().geldig()).isFalse();
        assertThat(mvc.get().uri("/ondertekening/rondes/" + ronde).with(user(s.ambtenaar()))).hasStatusOk()
                .bodyText().contains("Het zegel heeft geen vertrouwde tijd").doesNotContain("Vertrouwde tijd van het");
        assertThat(mvc.get().uri("/verifieren/" + verzegeld.identificatie())).hasStatusOk().bodyText()
                .contains("Geen. Bij het verzegelen was geen tijdstempeldienst ingesteld.")
                .doesNotContain("volgens de tijdstempeldienst");
    }

    @Test
    void alsDeTsaNietAntwoordtWordtLaterAlsnogVerzegeld() throws Exception {
        tsa.stil();
        var vragen = tsa.vragen();
        var ronde = rondeOndertekend();
        var kenmerk = Verzegeling.kenmerk(ronde, s.noord());

        await().atMost(Duration.ofSeconds(20)).until(() -> tsa.vragen() > vragen);
        Thread.sleep(500);
        assertThat(documenten.opKenmerk(s.id(), kenmerk)).as("no seal without trusted time").isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from uitgaand_bericht where gemeente_id = ? and onderwerp "
                + "like 'Ondertekend document%'", Integer.class, s.id())).isZero();

        tsa.aan();
        klok.op(LocalDate.now().plusDays(2), () -> herhaling.probeerOpnieuw());

        var verzegeld = verzegeld(ronde);
        assertThat(verzegeld.tijdstempel().geldig()).isTrue();
    }
}
