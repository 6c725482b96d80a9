package nl.wijkafspraken.ondertekening;

import static nl.wijkafspraken.support.AfsprakenGegevens.als;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.file.Path;
import java.time.Duration;
import nl.wijkafspraken.afspraken.Versieteksten;
import nl.wijkafspraken.ondertekening.Ondertekeningsgegevens.Situatie;
import nl.wijkafspraken.opmaak.PdfTekst;
import nl.wijkafspraken.support.IntegratieTest;
import nl.wijkafspraken.zegel.Pdfsig;
import nl.wijkafspraken.zegel.Verificatie.Uitkomst;
import nl.wijkafspraken.zegel.VerzegeldeDocumenten;
import nl.wijkafspraken.zegel.ZegelService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * From the last signature to the sealed document: once a wijkoverleg and the gemeente have both signed, the
 * afspraken with that party are printed with their signature page, sealed, kept in the register and mailed to the
 * signers; once only, also when the event comes again.
 */
@IntegratieTest
class VerzegelingTest {

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
    Verzegeling verzegeling;
    @Autowired
    VerzegeldeDocumenten documenten;
    @Autowired
    ZegelService zegel;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MockMvcTester mvc;

    Situatie s;

    @BeforeEach
    void situatie() {
        s = og.situatie();
    }

    private int mailsMetBijlage(String aan) {
        return jdbc.queryForObject("select count(*) from uitgaand_bericht b join uitgaand_bericht_bijlage a "
                + "on a.bericht_id = b.id where b.gemeente_id = ? and b.aan = ? and a.mime = 'application/pdf'",
                Integer.class, s.id(), aan);
    }

    @TempDir
    Path map;

    @Test
    void eenVolledigOndertekendePartijKrijgtEenVerzegeldDocumentDatDeVerificatieHerkent() throws Exception {
        var wethouder = og.wethouderMetMandaat(s.id());
        var ronde = als(s.ambtenaar(), () -> rondes.start(s.afspraken().id(), null));
        var token = og.token(s.id(), s.noor());
        ondertekening.vraagCodeAan(token);
        ondertekening.onderteken(token, og.code(s.id(), s.noor()), "Noor Getypt", true, true, HERKOMST);
        als(wethouder.login(), () -> {
            gemeenteOndertekening.onderteken(ronde, wethouder.naam(), true, false, HERKOMST);
            return null;
        });

        var kenmerk = Verzegeling.kenmerk(ronde, s.noord());
        var verzegeld = await().atMost(Duration.ofSeconds(20))
                .until(() -> documenten.opKenmerk(s.id(), kenmerk), java.util.Optional::isPresent).orElseThrow();
        var pdf = documenten.pdf(s.id(), verzegeld.id());
        var tekst = versieteksten.tekst(s.id(), s.afspraken().versieId());

        assertThat(zegel.controleer(pdf).geldig()).isTrue();
        assertThat(Pdfsig.controleer(pdf, map)).contains("Signature is Valid");
        var gewijzigd = pdf.clone();
        gewijzigd[gewijzigd.length / 3] ^= 1;
        assertThat(documenten.verifieer(gewijzigd).uitkomst()).isNotEqualTo(Uitkomst.HERKEND);
        assertThat(documenten.verifieer(pdf).uitkomst()).isEqualTo(Uitkomst.HERKEND);
        assertThat(PdfTekst.van(pdf).geheel()).contains(tekst.titel(), wethouder.naam(), tekst.sha256(),
                "/verifieren");
        assertThat(verzegeld.beschrijving().ondertekenaars()).hasSize(2);
        assertThat(documenten.opKenmerk(s.id(), Verzegeling.kenmerk(ronde, s.zuid())))
                .as("the other wijkoverleg has not signed").isEmpty();

        // Every signer of the two parties gets the document.
        await().atMost(Duration.ofSeconds(10)).until(() -> mailsMetBijlage(s.noor()) == 1);
        assertThat(og.mailsAan(s.id(), s.noor())).filteredOn(m -> m.onderwerp().startsWith("Ondertekend document"))
                .singleElement().satisfies(m -> assertThat(m.tekst())
                        .contains("/verifieren/" + verzegeld.sha256() + ".pdf",
                                "/verifieren/" + verzegeld.identificatie() + "\n"));

        // The event again (a redelivery): nothing is sealed or sent twice.
        verzegeling.bij(new PartijOndertekend(s.id(), ronde, s.afspraken().id(), s.afspraken().versieId(),
                s.noord()));
        assertThat(jdbc.queryForObject("select count(*) from verzegeld_document where gemeente_id = ?",
                Integer.class, s.id())).isEqualTo(1);
        assertThat(mailsMetBijlage(s.noor())).isEqualTo(1);

        assertThat(mvc.get().uri("/ondertekening/rondes/" + ronde).with(user(s.ambtenaar()))).hasStatusOk()
                .bodyText().contains("/verifieren/" + verzegeld.sha256() + ".pdf");
        assertThat(mvc.get().uri("/verifieren/" + verzegeld.sha256() + ".pdf")).hasStatusOk()
                .hasContentType("application/pdf");

        // The public register names who signed (names and functions only) and offers the sealed document.
        var code = jdbc.queryForObject("select code from gemeente where id = ?", String.class, s.id());
        assertThat(mvc.get().uri("/openbaar/" + code + "/afspraken/" + s.afspraken().id())).hasStatusOk().bodyText()
                .contains(wethouder.naam(), "/verifieren/" + verzegeld.sha256() + ".pdf")
                .doesNotContain(s.noor(), "203.0.113.9");
        assertThat(mvc.get().uri("/api/v1/gemeenten/" + code + "/afspraken/" + s.afspraken().id())).hasStatusOk()
                .bodyText().contains(wethouder.naam(), "\"verzegeldDocument\":\"/verifieren/" + verzegeld.sha256()
                        + ".pdf\"").doesNotContain(s.noor());
    }
}
