package nl.wijkafspraken.ondertekening;

import static nl.wijkafspraken.support.AfsprakenGegevens.als;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import nl.wijkafspraken.afspraken.Versietekst;
import nl.wijkafspraken.afspraken.Versieteksten;
import nl.wijkafspraken.ondertekening.Ondertekeningsgegevens.Situatie;
import nl.wijkafspraken.support.IntegratieTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * After signing or refusing, the personal link is a receipt (issue 10): when, where the signatures of the wijkoverleg
 * and the gemeente stand, the signed text to download (byte for byte the text whose hash was recorded) and, once
 * sealed, the document with all signatures. It never allows a second signature and names no one but co-signers.
 * Through the real web layer, as the board member's browser would.
 */
@IntegratieTest
class OndertekeningOntvangstbewijsTest {

    private static final Herkomst HERKOMST = new Herkomst("203.0.113.7", "Mozilla/5.0 (test)");
    private static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.of("nl"));
    private static final DateTimeFormatter TIJD = DateTimeFormatter.ofPattern("HH:mm", Locale.of("nl"));

    @Autowired
    MockMvcTester mvc;
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
    Clock clock;
    @Autowired
    JdbcTemplate jdbc;

    Situatie s;
    long ronde;

    @BeforeEach
    void ronde() {
        s = og.situatie();
        ronde = als(s.ambtenaar(), () -> rondes.start(s.afspraken().id(), null));
    }

    /** Asks for a code and signs through the web page; returns the link. */
    private String tekenViaDePagina(String email) {
        var token = og.token(s.id(), email);
        assertThat(mvc.post().uri("/ondertekenen/" + token + "/code").with(csrf())).hasStatus3xxRedirection();
        assertThat(mvc.post().uri("/ondertekenen/" + token).with(csrf()).param("code", og.code(s.id(), email))
                .param("naam", "Getypte naam").param("akkoord", "true").param("afwijkendeNaam", "true"))
                .hasStatus3xxRedirection().redirectedUrl().isEqualTo("/ondertekenen/" + token);
        return token;
    }

    private String pagina(String token) {
        var antwoord = mvc.get().uri("/ondertekenen/" + token).exchange();
        assertThat(antwoord).hasStatusOk();
        return new String(antwoord.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
    }

    private int handtekeningen() {
        return jdbc.queryForObject("select count(*) from handtekening where ronde_id = ?", Integer.class, ronde);
    }

    private String naamVan(long wijkoverlegId) {
        return jdbc.queryForObject("select naam from wijkoverleg where id = ?", String.class, wijkoverlegId);
    }

    @Test
    void naHetOndertekenenToontDeLinkWanneerUOndertekendeEnHoeHetErvoorStaat() {
        var token = tekenViaDePagina(s.noor());

        var tijdstip = jdbc.queryForObject("select tijdstip from handtekening where ronde_id = ? and email = ?",
                Instant.class, ronde, s.noor()).atZone(clock.getZone());
        var bewijs = pagina(token);
        assertThat(bewijs).contains("U heeft ondertekend", "U heeft op " + DATUM.format(tijdstip) + " om "
                        + TIJD.format(tijdstip) + " ondertekend namens " + naamVan(s.noord()),
                naamVan(s.noord()) + " heeft ondertekend.", "Noor Voorzitter (voorzitter)",
                "De gemeente " + s.gemeente().naam() + " moet nog ondertekenen.",
                "/ondertekenen/" + token + "/tekst", "Technische gegevens", og.documentHash(ronde))
                .doesNotContain("Deze link werkt niet", "Stuur mij een code", "/verifieren/");
        // Nothing of the evidence beyond names and functions, nothing of the other wijkoverleg.
        assertThat(bewijs).doesNotContain(s.noor(), "203.0.113.7", "Mozilla", "Getypte naam", "Zara", "Zeno",
                naamVan(s.zuid()));
    }

    @Test
    void deGedownloadeTekstIsPreciesDeOndertekendeTekst() {
        var token = tekenViaDePagina(s.noor());

        var antwoord = mvc.get().uri("/ondertekenen/" + token + "/tekst").exchange();
        assertThat(antwoord).hasStatusOk().hasContentType("text/plain;charset=UTF-8");
        assertThat(antwoord.getResponse().getHeader("Content-Disposition")).startsWith("attachment")
                .contains("-versie-1.txt");
        var inhoud = antwoord.getResponse().getContentAsByteArray();
        var getekend = jdbc.queryForObject("select document_hash from handtekening where ronde_id = ? and email = ?",
                String.class, ronde, s.noor());
        assertThat(Versietekst.sha256(new String(inhoud, StandardCharsets.UTF_8))).isEqualTo(getekend);
        assertThat(new String(inhoud, StandardCharsets.UTF_8))
                .isEqualTo(versieteksten.tekst(s.id(), s.afspraken().versieId()).canoniek());
    }

    @Test
    void alsDeGemeenteHeeftOndertekendKomtHetVerzegeldeDocumentErbij() {
        var wethouder = og.wethouderMetMandaat(s.id());
        var token = tekenViaDePagina(s.noor());
        als(wethouder.login(), () -> {
            gemeenteOndertekening.onderteken(ronde, wethouder.naam(), true, false, HERKOMST);
            return null;
        });

        await().atMost(Duration.ofSeconds(15)).until(() -> pagina(token).contains("/verifieren/"));
        var bewijs = pagina(token);
        assertThat(bewijs).contains("De gemeente " + s.gemeente().naam() + " heeft ondertekend op",
                wethouder.naam() + ", wethouder", "Het document met alle handtekeningen (pdf)");
        var document = jdbc.queryForMap("select sha256, identificatie from verzegeld_document"
                + " where gemeente_id = ? and kenmerk = ?", s.id(), Verzegeling.kenmerk(ronde, s.noord()));
        var sha256 = (String) document.get("sha256");
        assertThat(bewijs).contains("/verifieren/" + sha256 + ".pdf");
        assertThat(mvc.get().uri("/verifieren/" + sha256 + ".pdf")).hasStatusOk().hasContentType("application/pdf");
        // And the document's own verification page, what its QR code opens.
        var eigenPagina = "/verifieren/" + document.get("identificatie");
        assertThat(bewijs).contains(eigenPagina, "Het zegel van dit document controleren");
        assertThat(mvc.get().uri(eigenPagina)).hasStatusOk().bodyText().contains(naamVan(s.noord()));
    }

    @Test
    void metDeLinkVanHetOntvangstbewijsKanNietNogEensWordenOndertekend() {
        var token = tekenViaDePagina(s.noor());
        var mails = og.mails(s.id()).size();

        // A second click, a replayed form, a new code: each leads back to the receipt and changes nothing.
        assertThat(mvc.post().uri("/ondertekenen/" + token).with(csrf()).param("code", og.code(s.id(), s.noor()))
                .param("naam", "Nog eens").param("akkoord", "true"))
                .hasStatus3xxRedirection().redirectedUrl().isEqualTo("/ondertekenen/" + token);
        assertThat(mvc.post().uri("/ondertekenen/" + token + "/code").with(csrf()))
                .hasStatus3xxRedirection().redirectedUrl().isEqualTo("/ondertekenen/" + token);
        assertThat(mvc.post().uri("/ondertekenen/" + token + "/weigeren").with(csrf()).param("weigercode", "123456")
                .param("reden", "Toch niet")).hasStatus3xxRedirection();
        assertThatThrownBy(() -> ondertekening.onderteken(token, og.code(s.id(), s.noor()), "Noor", true, true, HERKOMST))
                .isInstanceOf(LinkGebruiktException.class);

        assertThat(handtekeningen()).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from ondertekening_weigering where uitnodiging_id in (select "
                + "id from ondertekening_uitnodiging where email = ?)", Integer.class, s.noor())).isZero();
        assertThat(og.mails(s.id())).as("no code, no second confirmation").hasSize(mails);
        assertThat(pagina(token)).contains("U heeft ondertekend").doesNotContain("<form method=\"post\"");
    }

    @Test
    void bijTweeHandtekeningenZietElkeOndertekenaarWieErAlTekendeEnWatErNogOntbreekt() {
        var zara = tekenViaDePagina(s.zara());
        assertThat(pagina(zara)).contains("Namens " + naamVan(s.zuid()) + " ondertekenen 2 bestuursleden. "
                + "Er ontbreekt nog een handtekening.", "Zara Voorzitter (voorzitter)")
                .doesNotContain("Zeno", "Noor");

        tekenViaDePagina(s.zeno());
        assertThat(pagina(zara)).contains(naamVan(s.zuid()) + " heeft ondertekend.", "Zara Voorzitter (voorzitter)",
                "Zeno Secretaris (secretaris)").doesNotContain(s.zeno(), "Noor");
    }

    @Test
    void wieWeigerdeZietDatHijWeigerdeEnKanNietsDownloaden() {
        var token = og.token(s.id(), s.zara());
        mvc.post().uri("/ondertekenen/" + token + "/code").with(csrf()).exchange();
        assertThat(mvc.post().uri("/ondertekenen/" + token + "/weigeren").with(csrf())
                .param("weigercode", og.code(s.id(), s.zara())).param("reden", "Artikel 2 klopt niet."))
                .hasStatus3xxRedirection().redirectedUrl().isEqualTo("/ondertekenen/" + token);

        assertThat(pagina(token)).contains("U heeft geweigerd te ondertekenen", "geweigerd om te ondertekenen namens "
                        + naamVan(s.zuid()), "Uw reden: Artikel 2 klopt niet.")
                .doesNotContain("/tekst", "U heeft ondertekend", "Stuur mij een code");
        assertThat(mvc.get().uri("/ondertekenen/" + token + "/tekst")).hasStatus(404);
        assertThat(handtekeningen()).isZero();
    }

    @Test
    void eenOngebruikteLinkGeeftGeenTekstOmTeDownloaden() {
        var token = og.token(s.id(), s.noor());
        assertThat(mvc.get().uri("/ondertekenen/" + token + "/tekst")).hasStatus(404).bodyText()
                .contains("Deze link werkt niet (meer)");
        assertThat(mvc.get().uri("/ondertekenen/" + "A".repeat(43) + "/tekst")).hasStatus(404);
    }

    @Test
    void naIntrekkenZegtHetOntvangstbewijsDatDeHandtekeningNietMeeTelt() {
        var zara = tekenViaDePagina(s.zara());
        als(s.ambtenaar(), () -> {
            rondes.trekIn(ronde, "Fout in artikel 2.");
            return null;
        });
        assertThat(pagina(zara)).contains("De gemeente heeft deze ondertekening gestopt.")
                .doesNotContain("moet nog ondertekenen");
        assertThat(mvc.get().uri("/ondertekenen/" + og.token(s.id(), s.zeno()))).hasStatus(404);
    }
}
