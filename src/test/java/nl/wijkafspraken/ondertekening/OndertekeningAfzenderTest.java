package nl.wijkafspraken.ondertekening;

import static nl.wijkafspraken.support.AfsprakenGegevens.als;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.regex.Pattern;
import nl.wijkafspraken.ondertekening.Ondertekeningsgegevens.Situatie;
import nl.wijkafspraken.support.IntegratieTest;
import nl.wijkafspraken.support.TestKlok;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * The board member knows who sends the link and whom to ask (issue 10): the gemeente in the header of the signing
 * pages, without a link to the login, and the civil servant who started the round as contact on the page and in the
 * invitation and reminder. A link that no longer works names them too, without saying why it stopped; an unknown
 * link gets one and the same page, naming no gemeente.
 */
@IntegratieTest
class OndertekeningAfzenderTest {

    private static final LocalDate START = LocalDate.of(2026, 6, 1);
    /** A link to the app's start page, which is a login for anyone without an account. */
    private static final Pattern NAAR_START = Pattern.compile("href=\"/(login)?\"");

    @Autowired
    MockMvcTester mvc;
    @Autowired
    Ondertekeningsgegevens og;
    @Autowired
    RondeService rondes;
    @Autowired
    OndertekeningHerinnering herinnering;
    @Autowired
    TestKlok klok;
    @Autowired
    JdbcTemplate jdbc;

    Situatie s;
    long ronde;
    String contactnaam;
    String contactemail;

    @BeforeEach
    void ronde() {
        s = og.situatie();
        ronde = klok.op(START, () -> als(s.ambtenaar(), () -> rondes.start(s.afspraken().id(), null)));
        var account = jdbc.queryForMap("select naam, email from account where gebruikersnaam = ?", s.ambtenaar());
        contactnaam = (String) account.get("naam");
        contactemail = (String) account.get("email");
        assertThat(contactemail).isNotBlank();
    }

    private String pagina(String token, int status) {
        var antwoord = mvc.get().uri("/ondertekenen/" + token).exchange();
        assertThat(antwoord).hasStatus(status);
        return new String(antwoord.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
    }

    private String contactregel() {
        return "Neem contact op met " + contactnaam + " van de gemeente " + s.gemeente().naam() + ".";
    }

    @Test
    void deTekenpaginaNoemtDeGemeenteEnDeContactpersoonEnLinktNietNaarHetInloggen() {
        var pagina = klok.op(START, () -> pagina(og.token(s.id(), s.noor()), 200));

        assertThat(pagina).contains("<span class=\"kop__merk\">Gemeente " + s.gemeente().naam() + "</span>",
                contactregel(), "mailto:" + contactemail);
        assertThat(NAAR_START.matcher(pagina).find()).as("no link to the start page or the login").isFalse();
        assertThat(pagina).doesNotContain("Vingerafdruk", "tekenbevoegd", "Ondertekenregel", "Vastgesteld bij ");
    }

    @Test
    void deUitnodigingEnDeHerinneringNoemenDeContactpersoon() {
        var uitnodiging = og.mailsAan(s.id(), s.noor()).getFirst();
        assertThat(uitnodiging.tekst()).contains("De gemeente " + s.gemeente().naam() + " vraagt u",
                "Heeft u vragen? " + contactregel(), "E-mail: " + contactemail, "Met vriendelijke groet,\nGemeente "
                        + s.gemeente().naam());

        klok.op(START.plusDays(5), herinnering::herinner);
        var herinneringsmail = og.mailsAan(s.id(), s.noor()).getLast();
        assertThat(herinneringsmail.onderwerp()).startsWith("Herinnering");
        assertThat(herinneringsmail.tekst()).contains("Heeft u vragen? " + contactregel(),
                "E-mail: " + contactemail, "/ondertekenen/");
    }

    @Test
    void eenOnbekendeLinkKrijgtAltijdDezelfdePaginaZonderGemeente() {
        var onbekend = pagina("A".repeat(43), 404);
        assertThat(pagina("kort", 404)).isEqualTo(onbekend);
        var echt = og.token(s.id(), s.noor());
        var verzonnen = echt.substring(0, 42) + (echt.endsWith("A") ? "B" : "A");
        assertThat(pagina(verzonnen, 404)).isEqualTo(onbekend);
        assertThat(onbekend).contains("Deze link werkt niet (meer)",
                        "Neem contact op met de gemeente die u de e-mail stuurde.")
                .doesNotContain(s.gemeente().naam(), contactnaam, "Gemeente ");
        assertThat(NAAR_START.matcher(onbekend).find()).isFalse();
    }

    @Test
    void eenLinkDieNietMeerWerktNoemtDeContactpersoonMaarNietDeOorzaak() {
        var verlopen = klok.op(START.plusDays(15), () -> pagina(og.token(s.id(), s.noor()), 404));
        assertThat(verlopen).contains("Deze link werkt niet (meer)", "Gemeente " + s.gemeente().naam(),
                contactregel(), "mailto:" + contactemail);

        var zara = og.token(s.id(), s.zara());
        var uitnodiging = jdbc.queryForObject("select id from ondertekening_uitnodiging where email = ?", Long.class,
                s.zara());
        var vervangen = klok.op(START.plusDays(1), () -> {
            als(s.ambtenaar(), () -> {
                rondes.stuurOpnieuw(ronde, uitnodiging);
                return null;
            });
            return pagina(zara, 404);
        });
        var zeno = og.token(s.id(), s.zeno());
        var ingetrokken = klok.op(START.plusDays(1), () -> {
            als(s.ambtenaar(), () -> {
                rondes.trekIn(ronde, "Fout in de tekst.");
                return null;
            });
            return pagina(zeno, 404);
        });

        assertThat(vervangen).as("replaced and withdrawn look the same").isEqualTo(ingetrokken)
                .isEqualTo(verlopen);
    }
}
