package nl.wijkafspraken.ondertekening;

import static nl.wijkafspraken.support.AfsprakenGegevens.als;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.wijkafspraken.ondertekening.Ondertekeningsgegevens.Situatie;
import nl.wijkafspraken.opmaak.PdfTekst;
import nl.wijkafspraken.support.Eigenaar;
import nl.wijkafspraken.support.IntegratieTest;
import nl.wijkafspraken.support.TestKlok;
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
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Issue 13, part 7: the events of a signing round are recorded through the real flow (the link opened, a code sent
 * and accepted, signed or refused, re-invited) and the sealed PDF ends with an evidence page per party that lists
 * them in UTC to the second, with the method and the document hash, but without e-mail or IP address.
 */
@IntegratieTest
class BewijspaginaTest {

    private static final String IP = "203.0.113.77";
    /** Noon in Amsterdam in summer: the events of these days are at 10:00:00 UTC. */
    private static final LocalDate UITNODIGING = LocalDate.of(2026, 7, 1);
    private static final LocalDate ONDERTEKENING = LocalDate.of(2026, 7, 2);

    @Autowired
    Ondertekeningsgegevens og;
    @Autowired
    RondeService rondes;
    @Autowired
    GemeenteOndertekening gemeenteOndertekening;
    @Autowired
    VerzegeldeDocumenten documenten;
    @Autowired
    ZegelService zegel;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MockMvcTester mvc;
    @Autowired
    TestKlok klok;
    @Autowired
    Eigenaar eigenaar;

    @TempDir
    Path map;

    Situatie s;

    @BeforeEach
    void situatie() {
        s = og.situatie();
    }

    private static RequestPostProcessor vanaf(String ip) {
        return verzoek -> {
            verzoek.setRemoteAddr(ip);
            return verzoek;
        };
    }

    private List<String> gebeurtenissen(long ronde, String email) {
        return jdbc.queryForList("select soort from ondertekening_gebeurtenis where ronde_id = ? and email = ? "
                + "order by id", String.class, ronde, email);
    }

    private long geopend(String email) {
        return jdbc.queryForObject("select count(*) from ondertekening_gebeurtenis where email = ? and soort = "
                + "'GEOPEND'", Long.class, email);
    }

    @Test
    void hetVerzegeldeDocumentEindigtMetDeGebeurtenissenPerPartijInUtcZonderEmailOfIp() throws Exception {
        var wethouder = og.wethouderMetMandaat(s.id());
        long ronde = klok.op(UITNODIGING, () -> {
            return als(s.ambtenaar(), () -> rondes.start(s.afspraken().id(), null));
        });
        var token = og.token(s.id(), s.noor());

        // Opening the link again and again in one minute records one opening; the next day is a new one.
        klok.op(UITNODIGING, () -> {
            for (int i = 0; i < 25; i++) {
                assertThat(mvc.get().uri("/ondertekenen/" + token).with(vanaf(IP))).hasStatusOk();
            }
        });
        assertThat(geopend(s.noor())).isEqualTo(1);
        klok.op(ONDERTEKENING, () -> {
            assertThat(mvc.get().uri("/ondertekenen/" + token).with(vanaf(IP))).hasStatusOk();
            assertThat(mvc.post().uri("/ondertekenen/" + token + "/code").with(csrf()).with(vanaf(IP)))
                    .hasStatus3xxRedirection();
            assertThat(mvc.post().uri("/ondertekenen/" + token).with(csrf()).with(vanaf(IP))
                    .param("code", og.code(s.id(), s.noor())).param("naam", "Noor Voorzitter")
                    .param("akkoord", "true")).hasStatus3xxRedirection();
            // The used link shows the receipt: that is no opening of the signing page.
            assertThat(mvc.get().uri("/ondertekenen/" + token).with(vanaf(IP))).hasStatusOk();
        });
        assertThat(gebeurtenissen(ronde, s.noor())).containsExactly("UITGENODIGD", "GEOPEND", "GEOPEND",
                "CODE_VERSTUURD", "CODE_AANVAARD", "ONDERTEKEND");
        assertThat(jdbc.queryForObject("select count(*) from ondertekening_gebeurtenis where email = ? and ip_adres = ?",
                Long.class, s.noor(), IP)).as("the database keeps the evidence").isEqualTo(4);

        als(wethouder.login(), () -> {
            gemeenteOndertekening.onderteken(ronde, wethouder.naam(), true, false, new Herkomst(IP, "test"));
            return null;
        });
        var verzegeld = await().atMost(Duration.ofSeconds(30))
                .until(() -> documenten.opKenmerk(s.id(), Verzegeling.kenmerk(ronde, s.noord())), Optional::isPresent)
                .orElseThrow();
        var pdf = documenten.pdf(s.id(), verzegeld.id());
        Files.write(Path.of("target", "bewijspagina-voorbeeld.pdf"), pdf);

        var tekst = PdfTekst.van(pdf);
        var bewijs = tekst.paginas().subList(tekst.paginas().size() - 2, tekst.paginas().size());
        assertThat(bewijs.getFirst()).contains("Bewijs van ondertekening: Wijkoverleg Noord",
                "Ronde " + ronde + " (kenmerk " + Verzegeling.kenmerk(ronde, s.noord()) + ")",
                og.documentHash(ronde));
        assertThat(bewijs.getLast()).contains("Bewijs van ondertekening: Gemeente", wethouder.naam(),
                "Ingelogd in Wijkafspraken met een eigen account", "Tweede factor bij het", "Code uit de authenticator-app, bevestigd op", "Mandaat:", "Geldigheid van het mandaat:",
                "1 januari 2026", og.documentHash(ronde));
        var volgorde = PdfTekst.inSchrijfvolgorde(pdf);
        assertThat(volgorde).contains(
                "2026-07-01 10:00:00 UTC Uitgenodigd: persoonlijke link per e-mail verstuurd Noor Voorzitter "
                        + "(voorzitter)",
                "2026-07-01 10:00:00 UTC Link geopend Noor Voorzitter (voorzitter)",
                "2026-07-02 10:00:00 UTC Link geopend Noor Voorzitter (voorzitter)",
                "2026-07-02 10:00:00 UTC Eenmalige code per e-mail verstuurd",
                "2026-07-02 10:00:00 UTC Eenmalige code aanvaard",
                "2026-07-02 10:00:00 UTC Ondertekend Noor Voorzitter (voorzitter)",
                "Persoonlijke link per e-mail en een eenmalige code per e-mail", "Getypte naam: Noor Voorzitter",
                "Afwijkende schrijfwijze van de naam bevestigd: Nee");
        var wethouderEmail = jdbc.queryForObject("select email from handtekening where ronde_id = ? and soort = "
                + "'GEMEENTE'", String.class, ronde);
        assertThat(tekst.geheel()).as("privacy: no addresses in the public PDF, no other party's events")
                .doesNotContain(s.noor(), IP, "Zara Voorzitter", "Zeno Secretaris");
        if (wethouderEmail != null) {
            assertThat(tekst.geheel()).doesNotContain(wethouderEmail);
        }

        // Still the sealed document the register knows.
        assertThat(zegel.controleer(pdf).geldig()).isTrue();
        assertThat(documenten.verifieer(pdf).uitkomst()).isEqualTo(Uitkomst.HERKEND);
        assertThat(Pdfsig.controleer(pdf, map)).contains("Signature is Valid");
    }

    @Test
    void weigerenMetCodeEnOpnieuwUitnodigenWordenVastgelegdEenFouteCodeNiet() {
        long ronde = als(s.ambtenaar(), () -> rondes.start(s.afspraken().id(), null));
        var token = og.token(s.id(), s.zara());
        assertThat(mvc.post().uri("/ondertekenen/" + token + "/code").with(csrf()).with(vanaf(IP)))
                .hasStatus3xxRedirection();
        var code = og.code(s.id(), s.zara());
        var fout = code.equals("000000") ? "111111" : "000000";
        assertThat(mvc.post().uri("/ondertekenen/" + token + "/weigeren").with(csrf()).with(vanaf(IP))
                .param("weigercode", fout).param("reden", "Artikel 3 klopt niet")).hasStatusOk();
        assertThat(gebeurtenissen(ronde, s.zara())).containsExactly("UITGENODIGD", "CODE_VERSTUURD");
        assertThat(mvc.post().uri("/ondertekenen/" + token + "/weigeren").with(csrf()).with(vanaf(IP))
                .param("weigercode", code).param("reden", "Artikel 3 klopt niet")).hasStatus3xxRedirection();

        var uitnodiging = jdbc.queryForObject("select id from ondertekening_uitnodiging where email = ?", Long.class,
                s.zara());
        als(s.ambtenaar(), () -> {
            rondes.stuurOpnieuw(ronde, uitnodiging);
            return null;
        });
        assertThat(gebeurtenissen(ronde, s.zara())).containsExactly("UITGENODIGD", "CODE_VERSTUURD",
                "CODE_AANVAARD", "GEWEIGERD", "OPNIEUW_UITGENODIGD");
        assertThat(jdbc.queryForObject("select ip_adres from ondertekening_gebeurtenis where email = ? and soort = "
                + "'GEWEIGERD'", String.class, s.zara())).isEqualTo(IP);
    }

    @Test
    void intrekkenLegtVastDatDeOpenUitnodigingenVervallen() {
        long ronde = als(s.ambtenaar(), () -> rondes.start(s.afspraken().id(), null));
        als(s.ambtenaar(), () -> {
            rondes.trekIn(ronde, "De tekst bevat een fout in artikel 2.");
            return null;
        });
        for (var email : List.of(s.noor(), s.zara(), s.zeno())) {
            assertThat(gebeurtenissen(ronde, email)).containsExactly("UITGENODIGD", "INGETROKKEN");
        }
    }

    @Test
    void eenOnbekendeLinkLegtNietsVast() {
        als(s.ambtenaar(), () -> rondes.start(s.afspraken().id(), null));
        long voor = jdbc.queryForObject("select count(*) from ondertekening_gebeurtenis", Long.class);
        assertThat(mvc.get().uri("/ondertekenen/" + "A".repeat(43)).with(vanaf(IP))).hasStatus(404);
        assertThat(mvc.get().uri("/ondertekenen/kort").with(vanaf(IP))).hasStatus(404);
        assertThat(jdbc.queryForObject("select count(*) from ondertekening_gebeurtenis", Long.class)).isEqualTo(voor);
    }

    @Test
    void deGebeurtenissenZijnAlleenToevoegenVoorDeRolVanDeAppEnVoorDeEigenaar() {
        long ronde = als(s.ambtenaar(), () -> rondes.start(s.afspraken().id(), null));
        assertThat(gebeurtenissen(ronde, s.noor())).containsExactly("UITGENODIGD");
        for (var db : List.of(jdbc, eigenaar.jdbc())) {
            assertThatThrownBy(() -> db.update("update ondertekening_gebeurtenis set naam = 'Piet Puk' "
                    + "where ronde_id = ?", ronde)).hasMessageContaining("ondertekening_gebeurtenis");
            assertThatThrownBy(() -> db.update("delete from ondertekening_gebeurtenis where ronde_id = ?", ronde))
                    .hasMessageContaining("ondertekening_gebeurtenis");
            assertThatThrownBy(() -> db.execute("truncate ondertekening_gebeurtenis"))
                    .hasMessageContaining("ondertekening_gebeurtenis");
        }
        // The app's role lacks the right itself; the owner is stopped by the triggers.
        assertThat(jdbc.queryForObject("select has_table_privilege(current_user, 'ondertekening_gebeurtenis', "
                + "'UPDATE') or has_table_privilege(current_user, 'ondertekening_gebeurtenis', 'DELETE')",
                Boolean.class)).isFalse();
        assertThatThrownBy(() -> eigenaar.jdbc().update("delete from ondertekening_gebeurtenis where ronde_id = ?",
                ronde)).hasMessageContaining("bewijs");
        assertThat(gebeurtenissen(ronde, s.noor())).containsExactly("UITGENODIGD");
    }
}
